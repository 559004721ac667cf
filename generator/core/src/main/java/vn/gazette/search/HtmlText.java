package vn.gazette.search;

/**
 * The text of an article body as a reader sees it: the cleaned HTML without its tags (each tag counts as a space),
 * without the contents of {@code script} and {@code style}, with character references decoded and white space
 * collapsed. The body is already well-formed HTML made by the build, so a scan is enough; it runs over the
 * characters as an array (every article's body goes through it once a build), in buffers each thread keeps.
 * Thread-safe.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        return read(html).toString();
    }

    /** Bodies up to this many characters are read in the thread's own buffers, kept from body to body. */
    static final int KEPT_BUFFER = 1 << 20;

    /** A thread's buffers: the HTML's characters, and the text's. */
    private static final ThreadLocal<char[][]> BUFFERS = ThreadLocal.withInitial(() -> new char[][] {new char[0],
        new char[0]});

    /**
     * The text, as characters (an article's body need not be a string: only its start is shown). They are the
     * calling thread's own buffer, kept for its next body: use them before reading another one on that thread.
     */
    static Chars read(String html) {
        int length = html.length();
        char[][] buffers = BUFFERS.get();
        char[] in = buffers[0];
        char[] out = buffers[1];
        if (in.length < length) {
            int room = Math.max(length, Math.min(KEPT_BUFFER, in.length * 2));
            in = new char[room];
            out = new char[room];
            if (length <= KEPT_BUFFER) {
                buffers[0] = in;
                buffers[1] = out;
            }
        }
        html.getChars(0, length, in, 0);
        Out text = new Out(out);
        int i = 0;
        while (i < length) {
            char c = in[i];
            if (c == '<') {
                int end = i + 1;
                while (end < length && in[end] != '>') {
                    end++;
                }
                if (end == length) {
                    break;
                }
                char first = i + 1 < length ? in[i + 1] : ' ';
                boolean s = first == 's' || first == 'S'; // most tags are not: no case-blind comparison for them
                boolean script = s && html.regionMatches(true, i + 1, "script", 0, 6);
                boolean style = s && !script && html.regionMatches(true, i + 1, "style", 0, 5);
                i = end + 1;
                if (script || style) {
                    i = closing(html, i, script ? "</script" : "</style");
                }
                text.space();
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                if (end > i && end - i <= 10) {
                    reference(text, html.substring(i + 1, end));
                    i = end + 1;
                } else {
                    text.add(c);
                    i++;
                }
            } else if (isWhitespace(c)) {
                text.space();
                i++;
            } else {
                int run = i + 1;
                // copied with the characters after it up to a tag, a reference or white space (isWhitespace,
                // written out: this loop sees every character of every body)
                for (char d; run < length; run++) {
                    d = in[run];
                    if (d <= ' ' || d == '<' || d == '&'
                            || (d >= 0x1680 && (d < 0x1E00 || d >= 0x1F00) && Character.isWhitespace(d))) {
                        break;
                    }
                }
                text.add(in, i, run);
                i = run;
            }
        }
        return text.chars();
    }

    /** Where the first {@code close} tag (in any case) from {@code from} on starts; the end when there is none. */
    private static int closing(String html, int from, String close) {
        for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
            if (html.regionMatches(true, at, close, 0, close.length())) {
                return at;
            }
        }
        return html.length();
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without a look-up for the ASCII range (the space, tab to carriage
     * return, and the four separators U+001C–U+001F), for everything below U+1680 (the first white space past it)
     * and for Latin Extended Additional, where most Vietnamese letters are.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001C';
        }
        return c >= 0x1680 && (c < 0x1E00 || c >= 0x1F00) && Character.isWhitespace(c);
    }

    private static void reference(Out text, String name) {
        switch (name) {
            case "amp" -> text.add('&');
            case "lt" -> text.add('<');
            case "gt" -> text.add('>');
            case "quot" -> text.add('"');
            case "apos" -> text.add('\'');
            case "nbsp" -> text.space();
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
                    for (char unit : Character.toChars(code)) {
                        text.add(unit);
                    }
                } else {
                    text.space();
                }
            }
        }
    }

    /**
     * Characters of a text: {@code chars[0..length)}.
     *
     * @param chars  the characters (not to be changed)
     * @param length how many of them are the text
     */
    record Chars(char[] chars, int length) {

        /** The first {@code count} characters, or all when there are fewer. */
        String start(int count) {
            return new String(chars, 0, Math.min(count, length));
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /**
     * The text made so far, with single spaces between its words and none at the start: the only white space in it
     * is the spaces {@link #space} writes, so its end is stripped by dropping a last space. A reference never makes
     * more characters than it was written with, so the HTML's length is room enough.
     */
    private static final class Out {
        private final char[] chars;
        private int size;

        /** @param room at least as long as the HTML */
        Out(char[] room) {
            this.chars = room;
        }

        void add(char c) {
            chars[size++] = c;
        }

        void add(char[] from, int start, int end) {
            System.arraycopy(from, start, chars, size, end - start);
            size += end - start;
        }

        void space() {
            if (size > 0 && chars[size - 1] != ' ') {
                chars[size++] = ' ';
            }
        }

        Chars chars() {
            return new Chars(chars, size > 0 && chars[size - 1] == ' ' ? size - 1 : size);
        }
    }
}
