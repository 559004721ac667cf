package vn.gazette.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import vn.gazette.BuildRequest;
import vn.gazette.BuildRequestException;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.problem.Problem;

/**
 * What the goals share: the content and theme folders, which articles to let in, and how problems are logged
 * ({@code path:line:column: error: message}, in the site's language). Maven makes one instance per execution; it
 * is not shared between threads.
 */
abstract class AbstractGazetteMojo extends AbstractMojo {

    /**
     * The content folder: {@code site.yaml} and the Markdown articles.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.sourceDirectory", defaultValue = "${basedir}/content", required = true)
    private File sourceDirectory;

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
     * Also publish articles dated after the time of the build (scheduled articles).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.future", defaultValue = "false")
    private boolean future;

    /**
     * Also publish articles whose {@code expires} date has passed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.expired", defaultValue = "false")
    private boolean expired;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gazette.skip", defaultValue = "false")
    private boolean skip;

    boolean skip() {
        return skip;
    }

    /** A request for the configured folders and articles, publishing into {@code output}, as of now. */
    BuildRequest request(Path output) {
        return new BuildRequest(sourceDirectory.toPath().normalize(), output,
                Optional.ofNullable(theme).map(f -> f.toPath().normalize()),
                Optional.ofNullable(baseUrl).filter(s -> !s.isBlank()), drafts, 0)
                .withFuture(future).withExpired(expired).withNow(Instant.now());
    }

    /** Runs the engine; a request it refuses or a failure to read or write is a {@code BUILD ERROR}. */
    BuildResult run(BuildRequest request) throws MojoExecutionException {
        try {
            return Generator.create().build(request);
        } catch (BuildRequestException e) {
            throw new MojoExecutionException(e.localized(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("Cannot read or write a file: " + e.getMessage(), e);
        }
    }

    /** Logs every problem, errors as errors and warnings as warnings, relative to the working directory. */
    void log(BuildResult result) {
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                getLog().error(problem.format(base, result.language()));
            } else {
                getLog().warn(problem.format(base, result.language()));
            }
        }
    }
}
