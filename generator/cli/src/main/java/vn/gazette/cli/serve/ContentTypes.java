package vn.gazette.cli.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a served file, from its extension. Text types say {@code charset=utf-8}: Gazette
 * writes every text file in UTF-8, and a browser guessing otherwise would garble Vietnamese. Immutable.
 */
final class ContentTypes {

    /** For extensions not listed: the browser downloads rather than guesses (RFC 2046). */
    static final String UNKNOWN = "application/octet-stream";

    private static final String UTF_8 = "; charset=utf-8";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html" + UTF_8),
            Map.entry("htm", "text/html" + UTF_8),
            Map.entry("css", "text/css" + UTF_8),
            Map.entry("js", "text/javascript" + UTF_8),
            Map.entry("mjs", "text/javascript" + UTF_8),
            Map.entry("svg", "image/svg+xml" + UTF_8),
            Map.entry("xml", "application/xml" + UTF_8),
            Map.entry("json", "application/json" + UTF_8),
            Map.entry("csv", "text/csv" + UTF_8),
            Map.entry("ics", "text/calendar" + UTF_8),
            Map.entry("txt", "text/plain" + UTF_8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    /** The type for a file name such as {@code index.html}; {@link #UNKNOWN} when the extension is not known. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return UNKNOWN;
        }
        return TYPES.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    static boolean isHtml(String contentType) {
        return contentType.startsWith("text/html");
    }
}
