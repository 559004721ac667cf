package vn.gazette.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a build into a fresh sibling of the output folder and swaps it in only when the build succeeded, so a
 * failed build never destroys or half-writes the site that is already there.
 *
 * <p>Every path is checked to stay inside the folder. The folder carries a marker file; a folder that exists,
 * is not empty and has no marker was not made by Gazette and is never replaced. Thread-safe: workers write
 * concurrently; {@link #commit} and {@link #abort} are called once, after them.
 */
public final class OutputFolder implements AutoCloseable {

    /** Marks a folder as Gazette's own output, safe to replace as a whole. */
    public static final String MARKER = ".gazette-output";

    private final Path target;
    private final Path staging;
    private final ConcurrentHashMap<Path, Boolean> madeFolders = new ConcurrentHashMap<>();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final Manifest previous;
    private final Manifest current = Manifest.empty();
    private boolean finished;

    private OutputFolder(Path target, Path staging, Manifest previous) {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
    }

    /**
     * Prepares a staging folder beside {@code target}.
     *
     * @throws UnsafeOutputException if {@code target} is not a folder Gazette may replace
     */
    public static OutputFolder open(Path target, Path source) throws IOException {
        return open(target, source, Manifest.empty());
    }

    /**
     * Prepares a staging folder beside {@code target}; files whose bytes match {@code previous} (what the last
     * build published into {@code target}) are carried over as hard links to the published files, so they keep
     * their identity and modification time.
     */
    public static OutputFolder open(Path target, Path source, Manifest previous) throws IOException {
        Path out = realPath(target);
        Path in = realPath(source);
        if (out.equals(in) || in.startsWith(out) || out.startsWith(in)) {
            throw new UnsafeOutputException("the output folder " + target + " must be outside the content folder "
                    + source + " (and must not contain it)");
        }
        if (out.getParent() == null) {
            throw new UnsafeOutputException("the output folder cannot be a file-system root: " + target);
        }
        if (Files.isSymbolicLink(target.toAbsolutePath().normalize())) {
            throw new UnsafeOutputException("the output folder " + target + " is a symbolic link: give the real folder");
        }
        if (Files.exists(out) && !isOurs(out)) {
            throw new UnsafeOutputException("the output folder " + target + " holds files Gazette did not write: "
                    + "empty it or choose another folder");
        }
        Files.createDirectories(out.getParent());
        sweepLeftovers(out);
        Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".tmp-");
        Files.writeString(staging.resolve(MARKER), "This folder is written by Gazette and replaced on every build.\n",
                StandardCharsets.UTF_8);
        return new OutputFolder(out, staging, Files.isDirectory(out) ? previous : Manifest.empty());
    }

    /** The real path of a folder that may not exist yet: its nearest existing parent resolved, the rest appended. */
    private static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static boolean isOurs(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /**
     * Cleans up after a build that was killed half-way (its folders carry the marker). If it died between moving
     * the old site aside and moving the new one in, the old site is put back rather than deleted.
     */
    private static void sweepLeftovers(Path out) throws IOException {
        String prefix = "." + out.getFileName();
        List<Path> leftovers = new ArrayList<>();
        // no glob filter: a folder name may hold glob characters such as '[' or '{'
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent())) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if ((name.startsWith(prefix + ".tmp-") || name.startsWith(prefix + ".old-"))
                        && Files.exists(sibling.resolve(MARKER))) {
                    leftovers.add(sibling);
                }
            }
        }
        leftovers.sort(null);
        for (Path leftover : leftovers) {
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)
                    && leftover.getFileName().toString().startsWith(prefix + ".old-")) {
                move(leftover, out);
            } else {
                deleteTree(leftover);
            }
        }
    }

    /** The staging folder's path for an output path such as {@code articles/x/index.html}, checked to stay inside. */
    public Path resolve(String relative) {
        if (relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.startsWith("/") || relative.contains("\\")) {
            throw new IllegalArgumentException("not a relative output path: " + relative);
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("output path leaves the output folder: " + relative);
            }
        }
        Path path = staging.resolve(relative).normalize();
        if (!path.startsWith(staging)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relative);
        }
        return path;
    }

    public void write(String relative, byte[] bytes) throws IOException {
        write(relative, bytes, 0);
    }

    /** Writes a file made from inputs with the given fingerprint (see {@link #keep}). */
    public void write(String relative, byte[] bytes, long fingerprint) throws IOException {
        Path path = resolve(relative);
        makeParent(path);
        Manifest.Entry entry = new Manifest.Entry(bytes.length, Manifest.hash(bytes), fingerprint);
        current.put(relative, entry);
        files.incrementAndGet();
        Optional<Manifest.Entry> before = previous.get(relative);
        if (before.isPresent() && before.get().size() == entry.size() && before.get().hash() == entry.hash()
                && keep(relative, path)) {
            return;
        }
        Files.write(path, bytes);
    }

    /**
     * Carries the published file over unchanged when the last build made it from inputs with the same
     * {@code fingerprint}; the caller then need not make it at all.
     *
     * @return whether the file was carried over
     */
    public boolean keep(String relative, long fingerprint) throws IOException {
        Optional<Manifest.Entry> before = previous.get(relative);
        if (fingerprint == 0 || before.isEmpty() || before.get().fingerprint() != fingerprint) {
            return false;
        }
        Path path = resolve(relative);
        makeParent(path);
        if (!keep(relative, path)) {
            return false;
        }
        current.put(relative, before.get());
        files.incrementAndGet();
        return true;
    }

    /** Links the published copy of an unchanged file into the staging folder; false if that is not possible. */
    private boolean keep(String relative, Path staged) {
        Path published = target.resolve(relative);
        try {
            if (Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS) && Files.size(published)
                    == previous.get(relative).orElseThrow().size()) {
                Files.createLink(staged, published);
                unchanged.incrementAndGet();
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without hard links: the file is written again
        }
        return false;
    }

    /** Files that kept the bytes (and the identity) they had in the previous build. */
    public int filesUnchanged() {
        return unchanged.get();
    }

    /** What this build published, for the next build to compare against. */
    public Manifest manifest() {
        return current;
    }

    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, String text, long fingerprint) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8), fingerprint);
    }

    public void copy(Path from, String relative) throws IOException {
        write(relative, Files.readAllBytes(from));
    }

    /** Creates a file's folder once; other workers writing into it wait until it exists. */
    private void makeParent(Path file) throws IOException {
        Path parent = file.getParent();
        if (madeFolders.containsKey(parent)) {
            return;
        }
        try {
            madeFolders.computeIfAbsent(parent, folder -> {
                try {
                    Files.createDirectories(folder);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public int filesWritten() {
        return files.get();
    }

    /** Puts the new site in place of the old one. */
    public void commit() throws IOException {
        finished = true;
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName().toString()
                    .substring(("." + target.getFileName() + ".tmp-").length()));
            move(target, old);
            if (!Files.exists(old.resolve(MARKER))) {
                Files.writeString(old.resolve(MARKER), "", StandardCharsets.UTF_8);
            }
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Throws the staging folder away; the previous site stays as it was. */
    public void abort() throws IOException {
        finished = true;
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            abort();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links; a missing folder is fine. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
