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
import vn.gazette.config.FileRules;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
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
    private final Map<String, Long> stamps;

    private SourceTree(Path root, List<SourceFile> files, Map<String, Long> stamps) {
        this.root = root;
        this.files = List.copyOf(files);
        this.stamps = stamps;
    }

    public static SourceTree scan(Path root, Problems problems) throws IOException {
        List<SourceFile> walked = new ArrayList<>();
        Map<String, Long> stamps = new HashMap<>();
        long started = System.currentTimeMillis();
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
                    problems.warning(SourcePosition.of(file), STAGE, Message.of("source.symlink.content"));
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = Texts.nfc(root.relativize(file).toString().replace('\\', '/'));
                walked.add(new SourceFile(file, relative, kindOf(relative)));
                stamps.put(relative, stampOf(attrs, started));
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
                problems.error(SourcePosition.of(file.path()), STAGE,
                        Message.of("source.name.clash", file.relative(), other));
                continue;
            }
            found.add(file);
        }
        return new SourceTree(root, found, stamps);
    }

    /**
     * How long before a scan a file must have been written for its stamp to be trusted: on file systems that keep
     * modification times in whole seconds, a file written twice within a second can keep its time (and its size).
     */
    static final long RACY_MILLIS = 2_000;

    /** Size, modification time and identity: changes whenever the file is written or replaced; 0 for a racy file. */
    private static long stampOf(BasicFileAttributes attrs, long scanned) {
        if (attrs.lastModifiedTime().toMillis() > scanned - RACY_MILLIS) {
            return 0;
        }
        long stamp = attrs.size();
        stamp = stamp * 31 + attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        stamp = stamp * 31 + java.util.Objects.hashCode(attrs.fileKey());
        return stamp;
    }

    /**
     * A number that changes whenever the file is written (its size, modification time and identity as they were
     * when the tree was scanned): a file with the same stamp as in an earlier scan has not been written since.
     * 0 means "not known": the file was written just before the scan (too recently to be sure a later write
     * changes its time), or was not scanned.
     */
    public long stamp(SourceFile file) {
        Long stamp = stamps.get(file.relative());
        return stamp == null || stamp == 0 ? 0 : stamp | 1;
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
        return FileRules.DEFAULT.isArticle(relative) ? SourceFile.Kind.ARTICLE : SourceFile.Kind.ASSET;
    }

    /**
     * The files the site publishes, as articles or static files, by the site's rule (see {@link PublishingRule});
     * the others are left out, with a warning where the editor may have meant to publish one.
     */
    public SourceTree select(PublishingRule rule, Problems problems) throws IOException {
        List<SourceFile> selected = new ArrayList<>();
        for (SourceFile file : files) {
            rule.decide(file, problems).ifPresent(selected::add);
        }
        return new SourceTree(root, selected, stamps);
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
