package vn.gazette.cli.serve;

import java.io.IOException;
import java.time.Instant;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.BuildSession;
import vn.gazette.Generator;

/**
 * How the preview server makes the site, once at start and again after every change. The server calls
 * {@link #build} from one thread at a time.
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
     * Told before the first build that from now on every changed path is reported ({@link #changed}); a builder
     * that keeps a session then looks again only at those paths ({@link BuildSession#watching}). By default nothing.
     */
    default void watching() {
    }

    /** A path was created, written or deleted (see {@link #watching}). */
    default void changed(java.nio.file.Path path) {
    }

    /** Changes were lost: the next build looks at every file. */
    default void changesLost() {
    }

    /**
     * A builder that keeps what each build read and made in memory ({@link BuildSession}), so that after an edit
     * it reads only the files that changed and makes only the pages whose inputs changed; what it publishes is the
     * same as a complete build's. Each build is as of the time it starts: an article whose date comes while the
     * preview runs appears with the next rebuild.
     */
    static SiteBuilder incremental(BuildRequest request) {
        Generator generator = Generator.create();
        BuildSession session = BuildSession.create();
        return new SiteBuilder() {
            @Override
            public BuildResult build() throws IOException {
                return generator.build(request.withNow(Instant.now()), session);
            }

            @Override
            public void watching() {
                session.watching();
            }

            @Override
            public void changed(java.nio.file.Path path) {
                session.changed(path);
            }

            @Override
            public void changesLost() {
                session.changesLost();
            }
        };
    }
}
