package vn.gazette.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogs and the code agree: every key the main sources of every module create a message from
 * ({@code Message.of("area.thing", ...)}, always with the key written out, so this test can read it) has its
 * wordings, and every wording in the catalogs is used by some code. Reads the sources beside this module.
 */
class MessageKeysTest {

    private static final Pattern KEY = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");

    @Test
    void everyKeyTheCodeUsesHasItsWordings() {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(Catalog.of("en").keys());
        assertThat(missing).as("keys used in the code but written in no catalog").isEmpty();
    }

    @Test
    void everyWordingOfTheCatalogsIsUsedByTheCode() {
        Set<String> unused = new TreeSet<>(Catalog.of("en").keys());
        unused.removeAll(usedKeys());
        assertThat(unused).as("wordings no code uses (remove them, or use the key)").isEmpty();
    }

    @Test
    void theScanFindsTheSourcesOfEveryModule() {
        List<Path> roots = sourceRoots();
        assertThat(roots).extracting(p -> p.getParent().getParent().getParent().getFileName().toString())
                .contains("core", "cli", "maven-plugin");
        assertThat(usedKeys()).contains("source.symlink.content", "config.yaml.kind.list");
    }

    /** Every key written as {@code Message.of("...")} in the main sources of the generator's modules. */
    static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Path root : sourceRoots()) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    Matcher m = KEY.matcher(read(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    /** {@code generator/MODULE/src/main/java} of every module; the tests run in {@code generator/core}. */
    private static List<Path> sourceRoots() {
        Path generator = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(generator)) {
            return modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
