package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison: the expected output is a file in the test resources, compared whole. Run the tests
 * with {@code -Dgolden.update=true} to rewrite the files from the actual output, then review the diff in git.
 */
public final class Golden {

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    public static void assertMatches(String actual, Path golden) throws IOException {
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file (create or refresh it with -Dgolden.update=true)").isRegularFile();
        assertThat(actual).as("output differs from " + golden + " (if the change is intended, rerun with "
                + "-Dgolden.update=true and review the diff)").isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
