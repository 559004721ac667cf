package vn.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole small site written inline, in the txtar style of Hugo's integration tests:
 * <pre>
 * -- site.yaml --
 * title: Thử
 * -- articles/a.md --
 * ---
 * ...
 * </pre>
 * Paths are relative to the site's folder; content files go under {@code content/}, and files under
 * {@code content/_theme/} override the theme.
 */
public final class MiniSite {

    private final Path root;

    private MiniSite(Path root) {
        this.root = root;
    }

    /** Writes {@code files} under {@code root/content/}. */
    public static MiniSite of(Path root, String files) {
        MiniSite site = new MiniSite(root);
        site.write(files);
        return site;
    }

    /** Adds or replaces files, in the same format. */
    public MiniSite write(String files) {
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null) {
                    put(current, text.toString());
                }
                current = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            put(current, text.toString());
        }
        return this;
    }

    private void put(String relative, String text) {
        try {
            Path file = content().resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("out");
    }

    /** A request for this site with the project's default theme. */
    public BuildRequest request() {
        return BuildRequest.of(content(), output()).withTheme(ProjectFiles.defaultTheme()).withThreads(2);
    }

    public BuildResult build() {
        try {
            return Generator.create().build(request());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A published file's text. */
    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    /** Every published file, relative, sorted. */
    public List<String> outputFiles() {
        try (Stream<Path> walk = Files.walk(output())) {
            List<String> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(p -> files.add(output().relativize(p).toString().replace('\\', '/')));
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build's problems formatted relative to the site's folder: {@code content/articles/a.md:3:7: error: ...}. */
    public static List<String> messages(BuildResult result, Path base) {
        return result.problems().stream().map(p -> p.format(base.toAbsolutePath())).toList();
    }

    public List<String> messages(BuildResult result) {
        return messages(result, root);
    }

    /** Replaces {@code from} by {@code to} in a content file, which must hold it. */
    public void edit(String relative, String from, String to) {
        try {
            Path file = content().resolve(relative);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(text).as(relative).contains(from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives every content file written in the last minute a modification time well in the past, distinct for each
     * {@code step}, so a build session trusts its stamps (files written within the last two seconds never are).
     */
    public void age(int step) throws IOException {
        java.nio.file.attribute.FileTime recent = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(60));
        try (Stream<Path> files = Files.walk(content())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(file).compareTo(recent) > 0) {
                    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                            java.time.Instant.parse("2020-01-01T00:00:00Z").plusSeconds(60L * step)));
                }
            }
        }
    }
}
