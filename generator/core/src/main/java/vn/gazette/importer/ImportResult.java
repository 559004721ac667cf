package vn.gazette.importer;

import java.util.List;
import vn.gazette.problem.Problem;

/**
 * What an import did: one line per capture (the least sure first) and the problems found. Immutable.
 *
 * @param language the site's language, the one problems and the table are worded in
 */
public record ImportResult(List<ImportedArticle> articles, List<Problem> problems, String language) {

    public ImportResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The summary table printed at the end of an import. */
    public String table() {
        return ReportTable.format(articles, language);
    }

    /** How many captures had each outcome. */
    public long count(ImportedArticle.Outcome outcome) {
        return articles.stream().filter(a -> a.outcome() == outcome).count();
    }
}
