package vn.gazette.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import vn.gazette.BuildResult;

/**
 * Checks a Gazette site without publishing it: the Maven face of {@code java -jar gazette.jar check}. Everything a
 * build checks (front matter, provinces, slugs, templates, links) is checked; the site is made in a temporary
 * folder and deleted, so no output folder is ever touched. Problems are logged as
 * {@code path:line:column: error: message}; any error fails the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public final class CheckMojo extends AbstractGazetteMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("Skipping the Gazette site check.");
            return;
        }
        // the output is never written: a check publishes into a temporary folder of its own
        BuildResult result = run(request(java.nio.file.Path.of("site-output")).withCheckOnly(true));
        log(result);
        if (result.hasErrors()) {
            throw new MojoFailureException(result.summary() + " (listed above)");
        }
        getLog().info("Checked " + result.pages() + " pages: " + result.summary());
    }
}
