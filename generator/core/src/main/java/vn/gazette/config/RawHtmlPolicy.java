package vn.gazette.config;

/** What happens to HTML written inside Markdown ({@code rawHtml} in site.yaml). */
public enum RawHtmlPolicy {
    /** Kept, but cleaned with a safelist: no scripts, event handlers or {@code javascript:} URLs (default). */
    SANITIZE("sanitize"),
    /** Shown as text, so readers see the tags the editor typed. */
    ESCAPE("escape"),
    /** Passed through unchanged: only for sites whose every editor is trusted. */
    ALLOW("allow");

    private final String word;

    RawHtmlPolicy(String word) {
        this.word = word;
    }

    /** The value written in site.yaml. */
    public String word() {
        return word;
    }
}
