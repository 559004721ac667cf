package vn.gazette.publish;

import java.io.IOException;

/** The output folder given is one Gazette must not write to; the message says why and what to do. */
public final class UnsafeOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message);
    }
}
