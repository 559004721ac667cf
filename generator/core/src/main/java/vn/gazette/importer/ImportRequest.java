package vn.gazette.importer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import and where: the entry point's request, made by the command line and the Maven plugin.
 *
 * @param sources     saved HTML pages, plain-text captures, folders of them, WARC files
 * @param into        the folder the articles are written in (nothing is written outside it)
 * @param report      where to write the JSON report, if anywhere
 * @param update      whether articles imported before are updated (only when the editor has not changed them)
 * @param recipes     a YAML file of extra per-portal recipes
 * @param contentRoot the content folder (site.yaml, provinces.yaml); by default the nearest folder above
 *                    {@code into} that holds a site.yaml
 * @param clock       the clock the import date is read from
 */
public record ImportRequest(List<Path> sources, Path into, Optional<Path> report, boolean update,
        Optional<Path> recipes, Optional<Path> contentRoot, Clock clock) {

    public ImportRequest {
        sources = List.copyOf(sources);
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(recipes, "recipes");
        Objects.requireNonNull(contentRoot, "contentRoot");
        Objects.requireNonNull(clock, "clock");
    }

    /** A request with no report, no update, no extra recipes and the content folder found above {@code into}. */
    public static ImportRequest of(List<Path> sources, Path into, Clock clock) {
        return new ImportRequest(sources, into, Optional.empty(), false, Optional.empty(), Optional.empty(), clock);
    }

    public ImportRequest withReport(Path file) {
        return new ImportRequest(sources, into, Optional.of(file), update, recipes, contentRoot, clock);
    }

    public ImportRequest withUpdate(boolean value) {
        return new ImportRequest(sources, into, report, value, recipes, contentRoot, clock);
    }

    public ImportRequest withRecipes(Path file) {
        return new ImportRequest(sources, into, report, update, Optional.of(file), contentRoot, clock);
    }

    public ImportRequest withContentRoot(Path folder) {
        return new ImportRequest(sources, into, report, update, recipes, Optional.of(folder), clock);
    }
}
