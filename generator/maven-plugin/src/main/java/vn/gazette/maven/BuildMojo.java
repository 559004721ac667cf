package vn.gazette.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.gazette.BuildRequest;
import vn.gazette.BuildRequestException;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.problem.Problem;

/**
 * Builds a Gazette site: the Maven face of {@code java -jar gazette.jar build}. Content problems are logged as
 * {@code path:line:column: error: message} and fail the build; the previous output folder is then left as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public final class BuildMojo extends AbstractMojo {

    /**
     * The content folder: {@code site.yaml} and the Markdown articles.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.sourceDirectory", defaultValue = "${basedir}/content", required = true)
    private File sourceDirectory;

    /**
     * Where the site is written. The folder is replaced as a whole when the build succeeds, so it must be a folder
     * Gazette made (or an empty or missing one).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.outputDirectory", defaultValue = "${basedir}/site-output", required = true)
    private File outputDirectory;

    /**
     * The theme folder. When not set, {@code themes/default} beside the content folder is used if it exists, else
     * the theme built into Gazette.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.theme")
    private File theme;

    /**
     * The address the site is published at, overriding {@code baseUrl} in site.yaml (e.g. for a staging server).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.baseUrl")
    private String baseUrl;

    /**
     * Also publish articles marked {@code draft: true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.drafts", defaultValue = "false")
    private boolean drafts;

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

    /**
     * Skips the build of the site.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Gazette site build.");
            return;
        }
        BuildRequest request = new BuildRequest(sourceDirectory.toPath().normalize(), outputDirectory.toPath().normalize(),
                Optional.ofNullable(theme).map(f -> f.toPath().normalize()), Optional.ofNullable(baseUrl).filter(s -> !s.isBlank()),
                drafts, 0, useCache && cacheDirectory != null ? Optional.of(cacheDirectory.toPath().normalize())
                        : Optional.empty());
        BuildResult result;
        try {
            result = Generator.create().build(request);
        } catch (BuildRequestException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("Cannot read or write a file: " + e.getMessage(), e);
        }
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                getLog().error(problem.format(base));
            } else {
                getLog().warn(problem.format(base));
            }
        }
        if (result.hasErrors()) {
            throw new MojoFailureException(result.errorCount() + " error(s) in the content or theme (listed above); "
                    + "nothing was published and " + request.output() + " is unchanged");
        }
        getLog().info("Built " + result.pages() + " pages (" + result.files() + " files, " + result.unchanged()
                + " unchanged) into " + request.output()
                + " in " + String.format(java.util.Locale.ROOT, "%.2f s", result.total().toNanos() / 1e9));
    }
}
