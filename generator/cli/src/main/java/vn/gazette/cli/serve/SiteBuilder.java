package vn.gazette.cli.serve;

import java.io.IOException;
import java.time.Instant;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.Generator;

/**
 * How the preview server makes the site, once at start and again after every change. Today each build is a
 * full one; an incremental builder that redoes only the pages depending on a changed article can take its place
 * without the server changing. The server calls {@link #build} from one thread at a time.
 */
@FunctionalInterface
public interface SiteBuilder {

    /**
     * Builds the site into the request's output folder. On content errors the result lists them and the folder
     * keeps the previous site.
     *
     * @throws vn.gazette.BuildRequestException when the request cannot be carried out (the message says why)
     * @throws IOException                      when reading or writing fails for reasons outside the content
     */
    BuildResult build() throws IOException;

    /**
     * A builder that runs a complete build with the engine each time, as of the time it starts: an article whose
     * date comes while the preview runs appears with the next rebuild.
     */
    static SiteBuilder full(BuildRequest request) {
        Generator generator = Generator.create();
        return () -> generator.build(request.withNow(Instant.now()));
    }
}
