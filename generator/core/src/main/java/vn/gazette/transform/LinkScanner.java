package vn.gazette.transform;

import java.nio.charset.StandardCharsets;

/**
 * Finds the link, image and asset references in an HTML page: the {@code href} of {@code a} and {@code link}, the
 * {@code src} of {@code img}, {@code script} and {@code source}. A single pass over the page's UTF-8 bytes, without
 * building a tree: a site of ten thousand pages is scanned in well under a second, where parsing each page with
 * jsoup would take several. Comments and the content of {@code script} and {@code style} elements are skipped, so
 * JSON-LD and inline code never count as links. Stateless and thread-safe.
 */
public final class LinkScanner {

    /** What kind of element a reference was found on. */
    public enum Element {
        /** {@code <a href>}: a link to follow. */
        ANCHOR,
        /** {@code <img src>}. */
        IMAGE,
        /** {@code <link href>}, {@code <script src>}, {@code <source src>}: a file the page loads. */
        RESOURCE
    }

    /** What the last safety pass looks for in every page (see {@link Visitor#unsafe}). */
    public enum Unsafe {
        /** An attribute named {@code on...}: {@code onerror}, {@code onclick}... */
        EVENT_HANDLER,
        /** An attribute whose value is a {@code javascript:} or {@code vbscript:} URL. */
        SCRIPT_URL,
        /** A {@code <script>} element that is not JSON-LD; its range is its {@code src} value, empty for inline code. */
        SCRIPT
    }

    /** Receives each reference found. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param element the element it is on
         * @param start   where the attribute's value starts in the page's bytes (after any quote)
         * @param end     where it ends (exclusive)
         */
        void found(Element element, int start, int end);

        /**
         * Markup that runs script, found in the same pass.
         *
         * @param at    where its tag starts in the page's bytes
         * @param start where the attribute (name, value, or the script's {@code src} value) starts
         * @param end   where it ends (exclusive)
         */
        default void unsafe(Unsafe what, int at, int start, int end) {
            // most visitors only want references
        }
    }

    private LinkScanner() {
    }

    /** Calls {@code visitor} for each reference in {@code html}, in document order. */
    public static void scan(byte[] html, Visitor visitor) {
        int length = html.length;
        int i = 0;
        while (i < length) {
            if (html[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(html, i + 1, COMMENT_OPEN)) {
                i = indexOf(html, i + 4, COMMENT_CLOSE);
                i = i < 0 ? length : i + 3;
                continue;
            }
            int nameStart = i + 1;
            int nameEnd = nameStart;
            while (nameEnd < length && isNameChar(html[nameEnd])) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                i = nameStart; // an end tag, a doctype or a lone '<'
                continue;
            }
            Tag tag = tag(html, nameStart, nameEnd);
            i = attributes(html, i, nameEnd, tag, visitor);
            if (tag == Tag.SCRIPT || tag == Tag.STYLE) {
                int close = indexOfIgnoreCase(html, i, tag == Tag.SCRIPT ? SCRIPT_CLOSE : STYLE_CLOSE);
                i = close < 0 ? length : close;
            }
        }
    }

    /** The decoded text of a value found by {@link #scan}: UTF-8, with character references resolved. */
    public static String value(byte[] html, int start, int end) {
        return decodeEntities(new String(html, start, end - start, StandardCharsets.UTF_8));
    }

    private enum Tag {
        A, IMG, LINK, SCRIPT, SOURCE, STYLE, OTHER
    }

    private static Tag tag(byte[] html, int start, int end) {
        return switch (end - start) {
            case 1 -> (html[start] | 0x20) == 'a' ? Tag.A : Tag.OTHER;
            case 3 -> equalsIgnoreCase(html, start, IMG) ? Tag.IMG : Tag.OTHER;
            case 4 -> equalsIgnoreCase(html, start, LINK) ? Tag.LINK : Tag.OTHER;
            case 5 -> equalsIgnoreCase(html, start, STYLE) ? Tag.STYLE : Tag.OTHER;
            case 6 -> equalsIgnoreCase(html, start, SCRIPT) ? Tag.SCRIPT
                    : equalsIgnoreCase(html, start, SOURCE) ? Tag.SOURCE : Tag.OTHER;
            default -> Tag.OTHER;
        };
    }

    /** Reads the attributes of a start tag, reporting the wanted one; returns the index after the tag's {@code >}. */
    private static int attributes(byte[] html, int at, int from, Tag tag, Visitor visitor) {
        int length = html.length;
        int i = from;
        ScriptTag script = tag == Tag.SCRIPT ? new ScriptTag() : null;
        while (i < length) {
            while (i < length && isSpace(html[i])) {
                i++;
            }
            if (i >= length) {
                return length;
            }
            if (html[i] == '>') {
                if (script != null && !script.jsonLd) {
                    visitor.unsafe(Unsafe.SCRIPT, at, script.srcStart, script.srcEnd);
                }
                return i + 1;
            }
            if (html[i] == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < length && !isSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') {
                i++;
            }
            int nameEnd = i;
            if (nameEnd - nameStart > 2 && (html[nameStart] | 0x20) == 'o' && (html[nameStart + 1] | 0x20) == 'n') {
                visitor.unsafe(Unsafe.EVENT_HANDLER, at, nameStart, nameEnd);
            }
            while (i < length && isSpace(html[i])) {
                i++;
            }
            if (i >= length || html[i] != '=') {
                continue; // an attribute without a value
            }
            i++;
            while (i < length && isSpace(html[i])) {
                i++;
            }
            int valueStart;
            int valueEnd;
            if (i < length && (html[i] == '"' || html[i] == '\'')) {
                byte quote = html[i];
                valueStart = i + 1;
                valueEnd = valueStart;
                while (valueEnd < length && html[valueEnd] != quote) {
                    valueEnd++;
                }
                i = Math.min(length, valueEnd + 1);
            } else {
                valueStart = i;
                while (i < length && !isSpace(html[i]) && html[i] != '>') {
                    i++;
                }
                valueEnd = i;
            }
            Element element = wanted(tag, html, nameStart, nameEnd);
            if (element != null) {
                visitor.found(element, valueStart, valueEnd);
            }
            if (isScriptUrl(html, valueStart, valueEnd)) {
                visitor.unsafe(Unsafe.SCRIPT_URL, at, valueStart, valueEnd);
            }
            if (script != null) {
                script.attribute(html, nameStart, nameEnd, valueStart, valueEnd);
            }
        }
        return length;
    }

    /** The attributes of a {@code <script>} tag that decide whether it is JSON-LD or the theme's own file. */
    private static final class ScriptTag {
        private boolean jsonLd;
        private int srcStart;
        private int srcEnd;

        void attribute(byte[] html, int nameStart, int nameEnd, int valueStart, int valueEnd) {
            if (nameEnd - nameStart == 4 && equalsIgnoreCase(html, nameStart, TYPE)) {
                jsonLd = value(html, valueStart, valueEnd).strip().equalsIgnoreCase("application/ld+json");
            } else if (nameEnd - nameStart == 3 && equalsIgnoreCase(html, nameStart, SRC)) {
                srcStart = valueStart;
                srcEnd = valueEnd;
            }
        }
    }

    /**
     * Whether a value is a {@code javascript:} or {@code vbscript:} URL as a browser reads it: character references
     * resolved, leading spaces and control characters, and tabs and line breaks anywhere, ignored. Cheap for the
     * values that cannot be one (no colon).
     */
    static boolean isScriptUrl(byte[] html, int start, int end) {
        boolean colon = false;
        for (int k = start; k < end && k < start + 256; k++) {
            if (html[k] == ':' || html[k] == '&') {
                colon = true;
                break;
            }
        }
        if (!colon) {
            return false;
        }
        String value = value(html, start, Math.min(end, start + 512));
        StringBuilder scheme = new StringBuilder(12);
        for (int k = 0; k < value.length() && scheme.length() < 11; k++) {
            char c = value.charAt(k);
            if (c <= ' ' && scheme.length() == 0 || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            scheme.append(Character.toLowerCase(c));
            String sofar = scheme.toString();
            if (sofar.equals("javascript:") || sofar.equals("vbscript:")) {
                return true;
            }
            if (!"javascript:".startsWith(sofar) && !"vbscript:".startsWith(sofar)) {
                return false;
            }
        }
        return false;
    }

    private static Element wanted(Tag tag, byte[] html, int start, int end) {
        int length = end - start;
        if (length == 4 && equalsIgnoreCase(html, start, HREF)) {
            return tag == Tag.A ? Element.ANCHOR : tag == Tag.LINK ? Element.RESOURCE : null;
        }
        if (length == 3 && equalsIgnoreCase(html, start, SRC)) {
            return tag == Tag.IMG ? Element.IMAGE : tag == Tag.SCRIPT || tag == Tag.SOURCE ? Element.RESOURCE : null;
        }
        return null;
    }

    private static boolean isNameChar(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f';
    }

    /** The ASCII words the scanner compares with, as bytes (a string's charAt is checked each time under C1). */
    private static final byte[] COMMENT_OPEN = ascii("!--");
    private static final byte[] COMMENT_CLOSE = ascii("-->");
    private static final byte[] IMG = ascii("img");
    private static final byte[] LINK = ascii("link");
    private static final byte[] STYLE = ascii("style");
    private static final byte[] SCRIPT = ascii("script");
    private static final byte[] SOURCE = ascii("source");
    private static final byte[] TYPE = ascii("type");
    private static final byte[] SRC = ascii("src");
    private static final byte[] HREF = ascii("href");
    private static final byte[] SCRIPT_CLOSE = ascii("</script");
    private static final byte[] STYLE_CLOSE = ascii("</style");

    private static byte[] ascii(String word) {
        return word.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] html, int at, byte[] ascii) {
        if (at + ascii.length > html.length) {
            return false;
        }
        for (int k = 0; k < ascii.length; k++) {
            if (html[at + k] != ascii[k]) {
                return false;
            }
        }
        return true;
    }

    /** Compares with a lower-case ASCII word. */
    private static boolean equalsIgnoreCase(byte[] html, int at, byte[] lowerAscii) {
        if (at + lowerAscii.length > html.length) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length; k++) {
            int b = html[at + k];
            if (b >= 'A' && b <= 'Z') {
                b |= 0x20;
            }
            if (b != lowerAscii[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] html, int from, byte[] ascii) {
        for (int i = from; i + ascii.length <= html.length; i++) {
            if (startsWith(html, i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(byte[] html, int from, byte[] lowerAscii) {
        for (int i = from; i + lowerAscii.length <= html.length; i++) {
            if (html[i] == '<' && equalsIgnoreCase(html, i, lowerAscii)) {
                return i;
            }
        }
        return -1;
    }

    /** Resolves {@code &amp;}, {@code &quot;}, {@code &lt;}, {@code &gt;}, {@code &apos;} and numeric references. */
    static String decodeEntities(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp);
            String decoded = semi < 0 || semi - amp > 10 ? null : entity(text.substring(amp + 1, semi));
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = text.indexOf('&', i);
        }
        return out.append(text, i, text.length()).toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "apos":
                return "'";
            default:
                break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return null;
        }
        try {
            boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
