package vn.gazette.importer;

import java.util.ArrayList;
import java.util.List;
import vn.gazette.problem.Message;

/**
 * The summary table printed at the end of an import: one row per capture, the least sure first, with what was found
 * and how sure the importer is of it (h = high, m = medium, l = low, - = not found). Stateless and thread-safe.
 */
final class ReportTable {

    private static final int MAX_CELL = 48;

    private ReportTable() {
    }

    static String format(List<ImportedArticle> articles, String language) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Message.of("importer.table.confidence").text(language),
                Message.of("importer.table.outcome").text(language), Message.of("importer.table.date").text(language),
                Message.of("importer.table.province").text(language), Message.of("importer.table.author").text(language),
                Message.of("importer.table.conference").text(language), Message.of("importer.table.file").text(language)});
        for (ImportedArticle a : articles) {
            rows.add(new String[] {a.confidence(), a.outcome().word(), cell(a.date()), cell(a.province()),
                    cell(a.author()), a.conference().flatMap(ImportedArticle.Field::value).orElse("-"),
                    a.file().orElse(a.capture())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = cut(row[i], i == row.length - 1 ? 80 : MAX_CELL);
                widths[i] = Math.max(widths[i], length(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(row[i]);
                if (i < row.length - 1) {
                    out.append(" ".repeat(widths[i] - length(row[i]) + 2));
                }
            }
            out.append('\n');
        }
        out.append(Message.of("importer.table.total", articles.size(),
                count(articles, ImportedArticle.Outcome.WRITTEN), count(articles, ImportedArticle.Outcome.UPDATED),
                count(articles, ImportedArticle.Outcome.BESIDE), count(articles, ImportedArticle.Outcome.SKIPPED),
                count(articles, ImportedArticle.Outcome.FAILED)).text(language)).append('\n');
        return out.toString();
    }

    private static String cell(ImportedArticle.Field field) {
        return field.value().map(v -> v + " (" + field.confidence().charAt(0) + ")").orElse("-");
    }

    private static long count(List<ImportedArticle> articles, ImportedArticle.Outcome outcome) {
        return articles.stream().filter(a -> a.outcome() == outcome).count();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String cut(String s, int max) {
        return length(s) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
