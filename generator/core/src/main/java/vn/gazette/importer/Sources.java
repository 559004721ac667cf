package vn.gazette.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Finds the captures in the sources an editor names: saved HTML pages, plain-text captures, folders of them (with
 * the images saved beside them) and WARC files. Files are taken in path order so that a run is repeatable; links
 * and symbolic links never lead outside the folder given. Stateless and thread-safe.
 */
final class Sources {

    static final String STAGE = "importer";
    /** A captured page larger than this is refused (no real article is; a hostile one may be). */
    static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;
    static final int MAX_IMAGE_BYTES = 20 * 1024 * 1024;
    private static final int MAX_DEPTH = 16;
    private static final int MAX_FILES = 200_000;

    private Sources() {
    }

    /** The captures of every source, in order; problems for the sources that cannot be read. */
    static List<Capture> captures(List<Path> sources, Problems problems) {
        List<Capture> captures = new ArrayList<>();
        for (Path source : sources) {
            Path base = Optional.ofNullable(source.toAbsolutePath().normalize().getParent()).orElse(Path.of("/"));
            if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                problems.error(SourcePosition.of(source, 1, 1), STAGE, Message.of("importer.source.missing", source));
            } else if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                folder(source, base, captures, problems);
            } else {
                file(source, source.toAbsolutePath().normalize().getParent(), base, captures, problems);
            }
        }
        return captures;
    }

    private static void folder(Path folder, Path base, List<Capture> captures, Problems problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> kind(p).isPresent())
                    .filter(p -> !insideSavedFiles(folder, p))
                    .limit(MAX_FILES).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(SourcePosition.of(folder, 1, 1), STAGE, Message.of("importer.source.unreadable", folder));
            return;
        }
        Path root = folder.toAbsolutePath().normalize();
        for (Path file : files) {
            file(file, root, base, captures, problems);
        }
    }

    /** Pages inside a browser's "page_files" folder are frames of their page, not articles. */
    private static boolean insideSavedFiles(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().endsWith("_files")) {
                return true;
            }
        }
        return false;
    }

    private static void file(Path file, Path root, Path base, List<Capture> captures, Problems problems) {
        Optional<String> kind = kind(file);
        if (kind.isEmpty()) {
            problems.error(SourcePosition.of(file, 1, 1), STAGE, Message.of("importer.source.kind", file.getFileName()));
            return;
        }
        if (kind.get().equals("warc")) {
            WarcSource.read(file, base, captures, problems);
            return;
        }
        String name = base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        Optional<byte[]> bytes = read(file, MAX_PAGE_BYTES, problems);
        bytes.ifPresent(b -> captures.add(new Capture(name, file, Optional.empty(), b, kind.get().equals("html"),
                Optional.empty(), new FolderAssets(root, file.toAbsolutePath().normalize().getParent()))));
    }

    /** "html", "text" or "warc" by the file name; empty for files that are not captures. */
    static Optional<String> kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
            return Optional.of("html");
        }
        if (name.endsWith(".txt")) {
            return Optional.of("text");
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Optional.of("warc");
        }
        return Optional.empty();
    }

    static Optional<byte[]> read(Path file, int limit, Problems problems) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            Optional<byte[]> bytes = Bounded.read(in, limit);
            if (bytes.isEmpty()) {
                problems.error(SourcePosition.of(file, 1, 1), STAGE, Message.of("importer.page.too-large", file.getFileName(),
                        limit / (1024 * 1024)));
            }
            return bytes;
        } catch (IOException e) {
            problems.error(SourcePosition.of(file, 1, 1), STAGE, Message.of("importer.source.unreadable", file));
            return Optional.empty();
        }
    }

    /** The images and links of a page saved in a folder: relative addresses resolved inside the folder only. */
    record FolderAssets(Path root, Path folder) implements Capture.Assets {
        @Override
        public Optional<Capture.Image> image(String src, Optional<URI> page) {
            return Links.localFile(root, folder, src)
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .flatMap(p -> {
                        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
                            return Bounded.read(in, MAX_IMAGE_BYTES);
                        } catch (IOException e) {
                            return Optional.empty();
                        }
                    })
                    .flatMap(Images::recognise);
        }

        @Override
        public List<String> linkKeys(String href, Optional<URI> page) {
            List<String> keys = new ArrayList<>();
            Links.localFile(root, folder, href).map(Links::fileKey).ifPresent(keys::add);
            Links.resolve(page, href).map(Links::urlKey).ifPresent(keys::add);
            return keys;
        }
    }
}
