package vn.gazette.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** More changed paths than this, and a {@link #rescan} scans the whole folder instead. */
    static final int MOST_CHANGES = 2_000;

    private final Path root;
    private final List<SourceFile> files;
    private final Map<String, Long> stamps;
    /**
     * What the walk found, by its path relative to the folder as the file system spells it (two spellings of one
     * name are two files), before names that clash were taken out; null after {@link #select}.
     */
    private final Map<String, SourceFile> walked;
    /** The symbolic links the walk found (not followed, each warned about), as {@link #walked}; null after select. */
    private final Map<String, Path> links;
    /** The folders the walk went into, as {@link #walked}, the top one as {@code ""}; null after select. */
    private final Set<String> folders;

    private SourceTree(Path root, List<SourceFile> files, Map<String, Long> stamps) {
        this(root, files, stamps, null, null, null);
    }

    private SourceTree(Path root, List<SourceFile> files, Map<String, Long> stamps, Map<String, SourceFile> walked,
            Map<String, Path> links, Set<String> folders) {
        this.root = root;
        this.files = List.copyOf(files);
        this.stamps = stamps;
        this.walked = walked;
        this.links = links;
        this.folders = folders;
    }

    public static SourceTree scan(Path root, Problems problems) throws IOException {
        Walk walk = new Walk(root, Map.of(), Map.of(), Map.of(), Set.of());
        walk.walk(root);
        return walk.tree(problems);
    }

    /**
     * The tree as it is now, given every path under the folder that was created, written or deleted since this
     * tree was scanned (as a file watcher reports them, in any order, paths outside the folder ignored): only those
     * are looked at again, and a folder among them is walked whole. Files whose stamp was not known at the scan
     * (written just before it) are looked at again too. Gives what {@link #scan} would, with the same problems;
     * with more than {@value #MOST_CHANGES} changes, or for a tree {@link #select} made, it is a scan.
     */
    public SourceTree rescan(java.util.Collection<Path> changed, Problems problems) throws IOException {
        if (walked == null || changed.size() > MOST_CHANGES) {
            return scan(root, problems);
        }
        Walk walk = new Walk(root, walked, stamps, links, folders);
        Set<String> again = new java.util.TreeSet<>();
        Path top = root.toAbsolutePath().normalize();
        for (Path path : changed) {
            Path absolute = path.toAbsolutePath().normalize();
            if (absolute.startsWith(top) && !absolute.equals(top)) {
                again.add(top.relativize(absolute).toString().replace('\\', '/'));
            }
        }
        walked.forEach((name, file) -> {
            Long stamp = stamps.get(file.relative());
            if (stamp == null || stamp == 0) {
                again.add(name);
            }
        });
        for (String relative : again) {
            walk.forget(relative);
        }
        for (String relative : again) {
            // what an earlier one of them walked (a folder is walked before what is in it) is not walked again
            if (!hiddenOnTheWay(relative) && !walk.knows(relative)) {
                Path path = root.resolve(relative);
                if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && walk.folders.contains(parentOf(relative))) {
                    walk.walk(path);
                }
            }
        }
        return walk.tree(problems);
    }

    /** The folder a relative path is in: {@code ""} for the top one. */
    private static String parentOf(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /** Whether a walk from the top never gets to the path: a name on the way is hidden. */
    private static boolean hiddenOnTheWay(String relative) {
        for (String name : relative.split("/")) {
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** One walk of the folder, or of parts of it into copies of what an earlier walk found. */
    private static final class Walk {
        private final Path root;
        private final Map<String, SourceFile> walked;
        private final Map<String, Long> stamps;
        private final Map<String, Path> links;
        private final Set<String> folders;
        private final long started = System.currentTimeMillis();

        Walk(Path root, Map<String, SourceFile> walked, Map<String, Long> stamps, Map<String, Path> links,
                Set<String> folders) {
            this.root = root;
            this.walked = new java.util.LinkedHashMap<>(walked); // in the order walked: nearly sorted
            this.stamps = new HashMap<>(stamps);
            this.links = new HashMap<>(links);
            this.folders = new HashSet<>(folders);
            this.folders.add("");
        }

        /** Whether the walk found a file, link or folder at the path (as the file system spells it). */
        boolean knows(String name) {
            return walked.containsKey(name) || links.containsKey(name) || folders.contains(name);
        }

        /** A path relative to the folder as the file system spells it. */
        private String name(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }

        /** Forgets what the walk knew at a path (as the file system spells it) and below it. */
        void forget(String name) {
            SourceFile file = walked.remove(name);
            if (file != null) {
                stamps.remove(file.relative());
            }
            links.remove(name);
            if (folders.remove(name)) {
                String below = name + "/";
                walked.entrySet().removeIf(entry -> {
                    boolean inside = entry.getKey().startsWith(below);
                    if (inside) {
                        stamps.remove(entry.getValue().relative());
                    }
                    return inside;
                });
                links.keySet().removeIf(path -> path.startsWith(below));
                folders.removeIf(path -> path.startsWith(below));
            }
        }

        /**
         * Walks the top folder or one below it, or looks at one file. Names are taken as a folder lists them and
         * joined to the folder's own; each folder's names are looked at in sorted order, so that what is found comes
         * nearly sorted (see {@link #tree}).
         */
        void walk(Path start) throws IOException {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(start, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return; // deleted while walked: it is not there
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + start, e);
            }
            if (start.equals(root) && attrs.isDirectory()) {
                folder(start, "");
            } else if (start.equals(root)) {
                visit(start, "", attrs); // a link in place of the folder is not followed
            } else {
                visit(start, name(start), attrs);
            }
        }

        private void visit(Path path, String name, BasicFileAttributes attrs) throws IOException {
            if (isHidden(name.substring(name.lastIndexOf('/') + 1))) {
                return;
            }
            if (attrs.isDirectory()) {
                folders.add(name);
                folder(path, name + "/");
            } else if (attrs.isSymbolicLink()) {
                links.put(name, path);
            } else if (attrs.isRegularFile()) {
                String relative = Texts.nfc(name);
                walked.put(name, new SourceFile(path, relative, kindOf(relative)));
                stamps.put(relative, stampOf(attrs, started));
            }
        }

        /** What a folder holds, by name; {@code prefix} is its name with a slash ({@code ""} for the top one). */
        private void folder(Path folder, String prefix) throws IOException {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            } catch (NoSuchFileException e) {
                return; // deleted while walked
            } catch (DirectoryIteratorException e) {
                throw e.getCause();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
            names.sort(null);
            for (String entry : names) {
                Path path = folder.resolve(entry);
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // deleted while walked
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path, e);
                }
                visit(path, prefix + entry, attrs);
            }
        }

        SourceTree tree(Problems problems) {
            new java.util.TreeMap<>(links).values().forEach(link -> problems.warning(SourcePosition.of(link), STAGE,
                    Message.of("source.symlink.content")));
            // collisions are looked for in sorted order, not in the file system's order: the same file is kept and
            // the same one reported on every machine
            List<SourceFile> sorted = new ArrayList<>(walked.values());
            sorted.sort(Comparator.<SourceFile>naturalOrder().thenComparing(f -> f.path().toString()));
            List<SourceFile> found = new ArrayList<>();
            Map<String, String> folded = new HashMap<>();
            for (SourceFile file : sorted) {
                String other = folded.putIfAbsent(Texts.fold(file.relative()), file.relative());
                if (other != null) {
                    problems.error(SourcePosition.of(file.path()), STAGE,
                            Message.of("source.name.clash", file.relative(), other));
                    continue;
                }
                found.add(file);
            }
            return new SourceTree(root, found, stamps, walked, links, folders);
        }
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

    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
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
