package vn.gazette;

import java.io.IOException;

/**
 * The request itself cannot be built (a missing content folder, an output folder Gazette must not replace): a
 * usage mistake, not a content problem. The message says what to give instead.
 */
public final class BuildRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    public BuildRequestException(String message) {
        super(message);
    }
}
