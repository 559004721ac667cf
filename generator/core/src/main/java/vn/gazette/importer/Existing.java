package vn.gazette.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The articles an earlier import wrote in the import folder, found by the SHA-256 of their capture
 * ({@code source.sha256}) and by their original address ({@code source.url}). Read once per run; not thread-safe.
 */
final class Existing {

    /** An earlier article: its file, and whether it is still exactly as the importer wrote it. */
    record Earlier(Path file, boolean unchanged) {
    }

    private static final Pattern SHA = Pattern.compile("(?m)^  sha256: \"?([0-9a-f]{64})\"?\\s*$");
    private static final Pattern URL = Pattern.compile("(?m)^  url: \"([^\"]+)\"\\s*$");
    private static final Pattern WRITTEN = Pattern.compile("(?m)^  written: \"([0-9a-f]{64})\"\\s*$");

    private final Map<String, Earlier> bySha = new HashMap<>();
    private final Map<String, Earlier> byUrl = new HashMap<>();

    static Existing scan(Path into) throws IOException {
        Existing existing = new Existing();
        if (!Files.isDirectory(into)) {
            return existing;
        }
        try (Stream<Path> walk = Files.walk(into, 8)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue; // not an article the importer wrote
                }
                int end = text.indexOf("\n---", 3);
                String front = end > 0 ? text.substring(0, end + 1) : "";
                Matcher sha = SHA.matcher(front);
                if (!sha.find()) {
                    continue;
                }
                Matcher written = WRITTEN.matcher(front);
                boolean unchanged = written.find() && written.group(1).equals(ArticleFile.currentHash(text));
                Earlier earlier = new Earlier(file, unchanged);
                existing.bySha.putIfAbsent(sha.group(1), earlier);
                Matcher url = URL.matcher(front);
                if (url.find()) {
                    existing.byUrl.putIfAbsent(url.group(1), earlier);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
        return existing;
    }

    Optional<Earlier> bySha(String sha) {
        return Optional.ofNullable(bySha.get(sha));
    }

    Optional<Earlier> byUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }
}
