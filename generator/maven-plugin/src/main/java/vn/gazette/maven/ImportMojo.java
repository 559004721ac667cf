package vn.gazette.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.gazette.importer.ImportRequest;
import vn.gazette.importer.ImportResult;
import vn.gazette.importer.Importer;
import vn.gazette.problem.Problem;

/**
 * Imports captured pages as draft articles: the Maven face of {@code java -jar gazette.jar import}. Run it by hand,
 * e.g. {@code mvn gazette:import -Dgazette.import.sources=old-portal -Dgazette.import.into=content/articles/imported};
 * it is bound to no phase. Problems and the summary table are logged; a capture that could not be imported fails
 * the goal after all the others were imported.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public final class ImportMojo extends AbstractMojo {

    /** Saved pages, folders of them, plain-text captures, WARC files. */
    @Parameter(property = "gazette.import.sources", required = true)
    private List<File> sources;

    /** The folder the articles are written in. */
    @Parameter(property = "gazette.import.into", required = true)
    private File into;

    /** Where to write the JSON report, if anywhere. */
    @Parameter(property = "gazette.import.report")
    private File report;

    /** Update articles imported before, unless an editor has changed them. */
    @Parameter(property = "gazette.import.update", defaultValue = "false")
    private boolean update;

    /** A YAML file of per-portal recipes. */
    @Parameter(property = "gazette.import.recipes")
    private File recipes;

    /** The content folder whose provinces.yaml and site.yaml are used. */
    @Parameter(property = "gazette.import.content")
    private File content;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ImportRequest request = ImportRequest.of(sources.stream().map(File::toPath).toList(), into.toPath(),
                Clock.systemUTC()).withUpdate(update);
        request = report == null ? request : request.withReport(report.toPath());
        request = recipes == null ? request : request.withRecipes(recipes.toPath());
        request = content == null ? request : request.withContentRoot(content.toPath());
        ImportResult result;
        try {
            result = Importer.run(request);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read or write a file during the import: " + e.getMessage());
        }
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                getLog().error(problem.format(base, result.language()));
            } else {
                getLog().warn(problem.format(base, result.language()));
            }
        }
        result.table().lines().forEach(getLog()::info);
        if (result.hasErrors()) {
            throw new MojoFailureException("some captures could not be imported (listed above)");
        }
    }
}
