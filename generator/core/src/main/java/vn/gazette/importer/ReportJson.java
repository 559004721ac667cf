package vn.gazette.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code --report FILE}: the import's report as JSON, one object per capture, the least sure first, each with what
 * was found (title, date, province, author, tags, images, conference) and how sure the importer is. Written by hand
 * (the few shapes it has need no library); deterministic for a given clock. Stateless and thread-safe.
 */
final class ReportJson {

    private ReportJson() {
    }

    static void write(ImportResult result, Path file, Clock clock) throws IOException {
        StringBuilder j = new StringBuilder("{\n  \"imported\": ").append(str(clock.instant().toString()))
                .append(",\n  \"articles\": [");
        List<ImportedArticle> articles = result.articles();
        for (int i = 0; i < articles.size(); i++) {
            ImportedArticle a = articles.get(i);
            j.append(i == 0 ? "\n" : ",\n").append("    {");
            j.append("\"capture\": ").append(str(a.capture()));
            j.append(", \"url\": ").append(opt(a.url()));
            j.append(", \"file\": ").append(opt(a.file()));
            j.append(", \"outcome\": ").append(str(a.outcome().word()));
            j.append(", \"confidence\": ").append(str(a.confidence()));
            j.append(", \"encoding\": ").append(str(a.encoding()));
            j.append(", \"recipe\": ").append(opt(a.recipe()));
            j.append(",\n      \"title\": ").append(field(a.title()));
            j.append(",\n      \"date\": ").append(field(a.date()));
            j.append(",\n      \"province\": ").append(field(a.province()));
            j.append(",\n      \"author\": ").append(field(a.author()));
            j.append(",\n      \"tags\": ").append(list(a.tags()));
            j.append(", \"images\": ").append(a.images());
            j.append(", \"missingImages\": ").append(list(a.missingImages()));
            j.append(",\n      \"conference\": ").append(a.conference().map(ReportJson::field).orElse("null"));
            j.append(",\n      \"notes\": ").append(list(a.notes())).append('}');
        }
        j.append("\n  ],\n  \"problems\": ").append(list(result.problems().stream()
                .map(p -> p.format(Path.of("").toAbsolutePath(), result.language())).toList())).append("\n}\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, j, StandardCharsets.UTF_8);
    }

    private static String field(ImportedArticle.Field f) {
        return "{\"value\": " + opt(f.value()) + ", \"confidence\": " + str(f.confidence()) + ", \"how\": "
                + str(f.how()) + "}";
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(ReportJson::str).toList()) + "]";
    }

    private static String opt(Optional<String> value) {
        return value.map(ReportJson::str).orElse("null");
    }

    static String str(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
