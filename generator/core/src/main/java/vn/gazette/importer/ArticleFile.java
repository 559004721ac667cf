package vn.gazette.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes an imported article's file: front matter (always {@code draft: true}, with the {@code source:} record and
 * the proposed {@code conference:} block) and the Markdown body. Text values are written in double quotes, so no
 * captured text can change the YAML's shape. {@code source.written} holds the SHA-256 of the file as written
 * (without that line), by which a later {@code --update} tells whether an editor has changed it. Stateless.
 */
final class ArticleFile {

    /** The front matter values of an imported article. */
    record Fields(String title, String date, Optional<String> province, List<String> tags, Optional<String> author,
            Optional<String> summary, Optional<String> url, String capture, String sha256, LocalDate imported,
            Optional<ConferenceFacts> conference) {
    }

    private static final Pattern WRITTEN = Pattern.compile("(?m)^  written: \"[0-9a-f]{64}\"\\n");

    private ArticleFile() {
    }

    static String render(Fields f, String body) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("title: ").append(quote(f.title())).append('\n');
        y.append("date: ").append(f.date()).append('\n');
        f.province().ifPresent(p -> y.append("province: ").append(quote(p)).append('\n'));
        if (!f.tags().isEmpty()) {
            y.append("tags: ").append(list(f.tags())).append('\n');
        }
        f.author().ifPresent(a -> y.append("author: ").append(quote(a)).append('\n'));
        f.summary().ifPresent(s -> y.append("summary: ").append(quote(s)).append('\n'));
        y.append("draft: true\n");
        y.append("source:\n");
        f.url().ifPresent(u -> y.append("  url: ").append(quote(u)).append('\n'));
        y.append("  capture: ").append(quote(f.capture())).append('\n');
        y.append("  sha256: \"").append(f.sha256()).append("\"\n");
        y.append("  imported: ").append(f.imported()).append('\n');
        f.conference().ifPresent(c -> conference(y, c));
        y.append("---\n");
        String text = y + body;
        String written = MarkdownMaker.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return text.replace("  imported: " + f.imported() + "\n",
                "  imported: " + f.imported() + "\n  written: \"" + written + "\"\n");
    }

    /** The SHA-256 a file's text had when written: compare with {@link #writtenHash} to see edits. */
    static String currentHash(String text) {
        return MarkdownMaker.sha256(WRITTEN.matcher(text).replaceFirst("")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void conference(StringBuilder y, ConferenceFacts c) {
        y.append("conference:\n");
        y.append("  kind: ").append(c.kind()).append('\n');
        y.append("  start: ").append(c.start()).append('\n');
        c.end().ifPresent(e -> y.append("  end: ").append(e).append('\n'));
        c.organizer().ifPresent(o -> y.append("  organizer: ").append(quote(o)).append('\n'));
        if (!c.partners().isEmpty()) {
            y.append("  partners: ").append(list(c.partners())).append('\n');
        }
        if (!c.locations().isEmpty()) {
            y.append("  locations: ").append(list(c.locations())).append('\n');
        }
        y.append("  format: ").append(c.format()).append('\n');
        c.sites().ifPresent(s -> y.append("  sites: ").append(s).append('\n'));
        c.participants().ifPresent(p -> y.append("  participants: ").append(p).append('\n'));
        if (!c.speakers().isEmpty()) {
            y.append("  speakers:\n");
            for (ConferenceFacts.Speaker s : c.speakers()) {
                y.append("    - name: ").append(quote(s.name())).append('\n');
                y.append("      role: ").append(quote(s.role())).append('\n');
            }
        }
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(ArticleFile::quote).toList()) + "]";
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
