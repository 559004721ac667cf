package vn.gazette.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Untimed preparation of the Hugo side of the benchmark: copies a corpus's articles into a Hugo site's
 * {@code content/articles/} (same folders, so the same URLs), adding the {@code year} taxonomy value Hugo cannot
 * derive from the date, and writes the conference table page. Hugo reads the YAML front matter as it is.
 *
 * <pre>java -cp ... vn.gazette.bench.HugoSite CORPUS SITE</pre>
 *
 * <p>SITE already holds generator/bench/hugo (hugo.toml and layouts); its content/ folder is replaced.
 */
public final class HugoSite {

    static final String CONFERENCES = """
            ---
            title: "Hội nghị, tập huấn, khảo sát"
            layout: conferences
            url: /conferences/
            ---
            """;

    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HugoSite CORPUS SITE");
            System.exit(2);
        }
        int count = convert(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Laid out " + count + " articles as a Hugo site in " + args[1] + ".");
    }

    /** Writes SITE/content from CORPUS/articles; returns the number of articles. */
    static int convert(Path corpus, Path site) throws IOException {
        Path articles = corpus.resolve("articles");
        Path content = site.resolve("content");
        deleteTree(content);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(articles)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Path target = content.resolve("articles").resolve(articles.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, withYear(Files.readString(file, StandardCharsets.UTF_8), file),
                            StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(content.resolve("conferences.md"), CONFERENCES, StandardCharsets.UTF_8);
        return files.size();
    }

    /** The article with {@code year: "YYYY"} added as the last front-matter line (the year of its date). */
    static String withYear(String text, Path file) {
        int dateAt = text.indexOf("\ndate: ");
        int end = text.indexOf("\n---\n", 3);
        if (!text.startsWith("---\n") || dateAt < 0 || end < 0 || dateAt > end) {
            throw new IllegalArgumentException(file + ": no front matter with a date line");
        }
        String year = text.substring(dateAt + 7, dateAt + 11);
        return text.substring(0, end + 1) + "year: \"" + year + "\"" + text.substring(end);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
