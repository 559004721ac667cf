package vn.gazette.search;

/**
 * The text of an article body as a reader sees it: the cleaned HTML without its tags (each tag counts as a space),
 * without the contents of {@code script} and {@code style}, with character references decoded and white space
 * collapsed. The body is already well-formed HTML made by the build, so a scan is enough. Stateless and thread-safe.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        int length = html.length();
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = html.substring(i + 1, Math.min(end, i + 8)).toLowerCase(java.util.Locale.ROOT);
                i = end + 1;
                if (tag.startsWith("script") || tag.startsWith("style")) {
                    int close = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + (tag.startsWith("script")
                            ? "script" : "style"), i);
                    i = close < 0 ? length : close;
                }
                space(text);
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                if (end > i && end - i <= 10) {
                    appendReference(text, html.substring(i + 1, end));
                    i = end + 1;
                } else {
                    text.append(c);
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                space(text);
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString().strip();
    }

    private static void space(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    private static void appendReference(StringBuilder text, String name) {
        switch (name) {
            case "amp" -> text.append('&');
            case "lt" -> text.append('<');
            case "gt" -> text.append('>');
            case "quot" -> text.append('"');
            case "apos" -> text.append('\'');
            case "nbsp" -> space(text);
            default -> {
                int code = -1;
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        code = Integer.parseInt(name.substring(2), 16);
                    } else if (name.startsWith("#")) {
                        code = Integer.parseInt(name.substring(1));
                    }
                } catch (NumberFormatException e) {
                    code = -1;
                }
                if (code > 0 && Character.isValidCodePoint(code) && !Character.isWhitespace(code)) {
                    text.appendCodePoint(code);
                } else {
                    space(text);
                }
            }
        }
    }
}
