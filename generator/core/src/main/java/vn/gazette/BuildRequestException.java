package vn.gazette;

import java.io.IOException;
import vn.gazette.problem.Message;

/**
 * The request itself cannot be built (a missing content folder, an output folder Gazette must not replace): a
 * usage mistake, not a content problem. The message says what to give instead ({@link #getMessage} in English,
 * {@link #text} in any language). Immutable.
 */
public final class BuildRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Message text;

    public BuildRequestException(Message text) {
        super(text.english());
        this.text = text;
    }

    /** What is wrong, as a message to print in the site's language. */
    public Message text() {
        return text;
    }
}
