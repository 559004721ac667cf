package vn.gazette.publish;

import java.io.IOException;
import vn.gazette.problem.Message;

/**
 * The output folder given is one Gazette must not write to; the message says why and what to do ({@link #getMessage}
 * in English, {@link #text} in any language). Immutable.
 */
public final class UnsafeOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Message text;

    public UnsafeOutputException(Message text) {
        super(text.english());
        this.text = text;
    }

    /** What is wrong, as a message to print in the site's language. */
    public Message text() {
        return text;
    }
}
