package vn.gazette.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * The files of a content folder, in a stable order.
 *
 * <p>Names starting with {@code .} or {@code _} are not content (editor and git files, and the site's
 * {@code _theme/} overrides). Symbolic links are never followed: a link could lead out of the archive or
 * round in a loop. Two names that differ only by Unicode normalisation or case would publish to the same
 * URL on some file systems, so they are refused. Immutable after {@link #scan}; thread-safe.
 */
public final class SourceTree {

    public static final String STAGE = "source";

    private final Path root;
    private final List<SourceFile> files;

    private SourceTree(Path root, List<SourceFile> files) {
        this.root = root;
        this.files = List.copyOf(files);
    }

    public static SourceTree scan(Path root, Problems problems) throws IOException {
        List<SourceFile> walked = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && isHidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isHidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    problems.warning(SourcePosition.of(file), STAGE,
                            "symbolic link skipped: copy the file into the content folder instead");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = Texts.nfc(root.relativize(file).toString().replace('\\', '/'));
                walked.add(new SourceFile(file, relative, kindOf(relative)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e != null) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // collisions are looked for in sorted order, not in the file system's order: the same file is kept and
        // the same one reported on every machine
        walked.sort(Comparator.<SourceFile>naturalOrder().thenComparing(f -> f.path().toString()));
        List<SourceFile> found = new ArrayList<>();
        Map<String, String> folded = new HashMap<>();
        for (SourceFile file : walked) {
            String other = folded.putIfAbsent(Texts.fold(file.relative()), file.relative());
            if (other != null) {
                problems.error(SourcePosition.of(file.path()), STAGE, "'" + file.relative() + "' and '" + other
                        + "' differ only in case or accents encoding and would overwrite each other: rename one");
                continue;
            }
            found.add(file);
        }
        return new SourceTree(root, found);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        return text.startsWith(".") || text.startsWith("_");
    }

    static SourceFile.Kind kindOf(String relative) {
        if (relative.equals("site.yaml")) {
            return SourceFile.Kind.SITE_CONFIG;
        }
        if (relative.equals("provinces.yaml")) {
            return SourceFile.Kind.PROVINCES;
        }
        return relative.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? SourceFile.Kind.ARTICLE : SourceFile.Kind.ASSET;
    }

    public Path root() {
        return root;
    }

    public List<SourceFile> files() {
        return files;
    }

    public List<SourceFile> files(SourceFile.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }
}
