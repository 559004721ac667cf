package vn.gazette.cli.serve;

import java.util.List;
import java.util.Objects;

/**
 * Where the preview stands: how many builds have completed, whether the last one succeeded, and its problems as
 * printed ({@code path:line:column: error: message}). Published as JSON at {@code /_gazette/status} and sent to
 * open pages. Immutable and thread-safe.
 *
 * @param build    completed builds, counting the first; 0 before the first one ends
 * @param ok       whether the last build succeeded (so the site served is the one it made)
 * @param problems the last build's errors and warnings, formatted
 * @param hasSite  whether any build has succeeded yet, i.e. there is a site to serve
 */
record BuildStatus(int build, boolean ok, List<String> problems, boolean hasSite) {

    BuildStatus {
        if (build < 0) {
            throw new IllegalArgumentException("build " + build);
        }
        problems = List.copyOf(problems);
    }

    /** Before the first build has finished. */
    static BuildStatus starting() {
        return new BuildStatus(0, true, List.of(), false);
    }

    /** The status after one more build. */
    BuildStatus next(boolean succeeded, List<String> newProblems) {
        return new BuildStatus(build + 1, succeeded, newProblems, hasSite || succeeded);
    }

    /** {@code {"build": 3, "ok": false, "problems": ["content/x.md:3:7: error: ..."]}} */
    String toJson() {
        return "{\"build\": " + build + ", \"ok\": " + ok + ", \"problems\": " + jsonArray(problems) + "}";
    }

    static String jsonArray(List<String> texts) {
        StringBuilder json = new StringBuilder("[");
        for (String text : texts) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(jsonString(text));
        }
        return json.append(']').toString();
    }

    /**
     * A JSON string. {@code <}, {@code >} and {@code &} are escaped too, so that the text can never close an HTML
     * element if a page ever embeds it.
     */
    static String jsonString(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04X", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
