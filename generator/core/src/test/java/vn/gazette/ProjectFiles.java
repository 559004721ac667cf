package vn.gazette;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own folders, for tests that build the sample archive with the real theme. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("gazette.projectRoot");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("themes/default"))) {
            throw new IllegalStateException("cannot find the project root from " + root);
        }
        return root;
    }

    public static Path defaultTheme() {
        return root().resolve("themes/default");
    }

    public static Path sampleContent() {
        return root().resolve("content");
    }

    /** The core module's test resources, where golden files live. */
    public static Path testResources() {
        return root().resolve("generator/core/src/test/resources");
    }
}
