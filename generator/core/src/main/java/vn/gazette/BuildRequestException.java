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
    private final String language;

    /** A request refused before the site's settings were read: said in English. */
    public BuildRequestException(Message text) {
        this(text, "en");
    }

    /** A request refused once the site's settings were read: said in the site's {@code language}. */
    public BuildRequestException(Message text, String language) {
        super(text.english());
        this.text = text;
        this.language = language;
    }

    /** What is wrong, as a message to print in the site's language. */
    public Message text() {
        return text;
    }

    /** What is wrong, in the site's language when the request got as far as its settings, else in English. */
    public String localized() {
        return text.text(language);
    }
}
