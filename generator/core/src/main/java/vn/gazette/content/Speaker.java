package vn.gazette.content;

import java.util.Objects;
import java.util.Optional;

/** A speaker (báo cáo viên) of a conference, with the role written beside the name. Immutable. */
public record Speaker(String name, Optional<String> role) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
