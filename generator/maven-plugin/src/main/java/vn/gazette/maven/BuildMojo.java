package vn.gazette.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.gazette.BuildListener;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.StageReport;

/**
 * Builds a Gazette site: the Maven face of {@code java -jar gazette.jar build}. Content problems are logged as
 * {@code path:line:column: error: message} and fail the build; the previous output folder is then left as it was.
 * Each stage logs a line as it finishes ({@code content: 10000 articles in 1.80 s}).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public final class BuildMojo extends AbstractGazetteMojo {

    /**
     * Where the site is written. The folder is replaced as a whole when the build succeeds, so it must be a folder
     * Gazette made (or an empty or missing one).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.outputDirectory", defaultValue = "${basedir}/site-output", required = true)
    private File outputDirectory;

    /**
     * The build cache: converted articles and what the last build published, so that the next build converts only
     * changed articles and leaves unchanged files untouched. Always safe to delete.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.cacheDirectory", defaultValue = "${project.build.directory}/gazette-cache")
    private File cacheDirectory;

    /**
     * Whether to use the build cache; {@code false} builds everything from scratch.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.useCache", defaultValue = "true")
    private boolean useCache;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("Skipping the Gazette site build.");
            return;
        }
        BuildRequest request = request(outputDirectory.toPath().normalize()).withListener(new BuildListener() {
            @Override
            public void stageFinished(StageReport report) {
                getLog().info(report.line());
            }
        });
        if (useCache && cacheDirectory != null) {
            request = request.withCache(cacheDirectory.toPath().normalize());
        }
        BuildResult result = run(request);
        log(result);
        if (result.hasErrors()) {
            throw new MojoFailureException(result.summary() + " (listed above); nothing was published and "
                    + request.output() + " is unchanged");
        }
        getLog().info("Built " + result.pages() + " pages (" + result.files() + " files, " + result.unchanged()
                + " unchanged) into " + request.output() + " in " + StageReport.seconds(result.total())
                + (result.problems().isEmpty() ? "" : "; " + result.summary()));
    }
}
