package vn.gazette.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One provincial-level unit of the vocabulary in {@code provinces.yaml}: a current province or city, or one
 * that was merged into another (Vietnam's 2025 reorganisation turned 63 units into 34). Immutable.
 *
 * @param name       the display name, as articles of its time wrote it
 * @param slug       its URL segment
 * @param city       whether it is a centrally-run city (thành phố trực thuộc trung ương)
 * @param aliases    other spellings editors use
 * @param mergedInto the unit it was merged into, for units that no longer exist
 * @param until      its last day, for units that no longer exist
 */
public record Province(String name, String slug, boolean city, List<String> aliases, Optional<String> mergedInto,
        Optional<LocalDate> until) {

    public Province {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(mergedInto, "mergedInto");
        Objects.requireNonNull(until, "until");
    }

    /** Whether the unit still exists. */
    public boolean current() {
        return mergedInto.isEmpty();
    }

    /** Whether the unit existed on {@code day}. */
    public boolean existedOn(LocalDate day) {
        return until.isEmpty() || !day.isAfter(until.get());
    }
}
