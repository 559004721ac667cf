package vn.gazette.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import vn.gazette.internal.Aside;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Writes a build into a fresh sibling of the output folder and puts it in place only when the build succeeded, so
 * a failed build never destroys or half-writes the site that is already there.
 *
 * <p>Two ways of putting it in place. The first build of a folder (or one whose last build is not known) writes the
 * whole site into the sibling and swaps the two folders. When the last build's {@link Manifest} is known, the
 * sibling receives only the files whose bytes change; {@link #commit} then moves each of them over its old copy
 * (one atomic rename per file) and deletes the files the site no longer has. Unchanged files are never touched, so
 * a one-article edit costs a few renames instead of a copy of the whole site.
 *
 * <p>Every path is checked to stay inside the folder. The folder carries a marker file; a folder that exists,
 * is not empty and has no marker was not made by Gazette and is never replaced. One build at a time writes into a
 * folder: from {@link #open} to {@link #close} a build holds a lock on {@code .NAME.lock} beside it (the file stays;
 * the lock goes with the process), and a second build is refused, where it would take the first one's staging folder
 * for the leftovers of a killed build and delete it. Thread-safe: workers write
 * concurrently; {@link #commit} and {@link #abort} are called once, after them.
 */
public final class OutputFolder implements AutoCloseable {

    /** Marks a folder as Gazette's own output, safe to replace as a whole. */
    public static final String MARKER = ".gazette-output";

    private static final String MARKER_TEXT = "This folder is written by Gazette and replaced on every build.\n";

    /** Before the list of files the last build wrote, in the marker: the files no build wrote are never deleted. */
    private static final String LIST_HEADING = "Files the last build wrote (any other file here is kept):\n";

    private final Path target;
    private final Path staging;
    /** Holds the folder's lock until {@link #close}. */
    private final FileChannel lock;
    private final ConcurrentHashMap<Path, Boolean> madeFolders = new ConcurrentHashMap<>();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger trusted = new AtomicInteger();
    private final Manifest previous;
    private final Manifest current;
    /** Whether only changed files are staged and moved in one by one (see the class comment). */
    private final boolean update;
    private final Queue<String> staged = new ConcurrentLinkedQueue<>();
    private final ForeignFiles foreignFiles;
    /** The files the last build wrote into the folder, from its marker, known even when the manifest is not. */
    private final Set<String> writtenBefore;
    /** Whether the marker lists exactly the paths of {@link #previous}, as a build writes it. */
    private final boolean markerListsPrevious;
    /** Whether the marker is one a build writes: its text, then the list of {@link #writtenBefore}. */
    private final boolean markerAsWritten;
    private List<ForeignFiles.Entry> foreign = List.of();
    /**
     * A look at the folders of the last build's files, taken while this build goes on ({@link #looksAhead}); null
     * when none was asked for.
     */
    private Aside<ForeignFiles.Look> look;
    /** A folder changed before this time (milliseconds since the epoch) is trusted to hold what the last build left. */
    private long trustedBefore;
    /** What the file system called the output folder when the last build left it ({@code fileKey}). */
    private Object trustedFolder;
    /** Where the last look for files no build wrote is kept, so that the next one looks only where things changed. */
    private Optional<Path> scans = Optional.empty();
    private boolean finished;

    private OutputFolder(Path target, Path staging, Manifest previous, Predicate<String> keep, FileChannel lock) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
        this.previous = previous;
        this.update = previous.size() > 0;
        this.current = Manifest.sizedFor(previous.size());
        current.orderLike(previous);
        this.foreignFiles = new ForeignFiles(target, keep);
        String marker = markerText(target);
        this.markerListsPrevious = listsExactly(marker, previous.sortedPaths());
        this.writtenBefore = markerListsPrevious ? previous.paths() : writtenBefore(marker);
        this.markerAsWritten = !writtenBefore.isEmpty() && marker.startsWith(MARKER_TEXT + LIST_HEADING);
    }

    /**
     * Whether a marker's text is the one a build writes for exactly these sorted paths, told by comparing it with
     * them in place (no set of 25,000 paths made and compared at each rebuild of the preview).
     */
    static boolean listsExactly(String marker, String[] sorted) {
        String heading = MARKER_TEXT + LIST_HEADING;
        if (sorted == null || sorted.length == 0 || !marker.startsWith(heading)) {
            return false;
        }
        int at = heading.length();
        for (String path : sorted) {
            if (!marker.startsWith(path, at) || marker.length() <= at + path.length()
                    || marker.charAt(at + path.length()) != '\n') {
                return false;
            }
            at += path.length() + 1;
        }
        return at == marker.length();
    }

    /** The text of the marker of {@code folder}; empty if it has none or it cannot be read. */
    private static String markerText(Path folder) {
        try {
            return Files.readString(folder.resolve(MARKER), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return ""; // no marker, or not readable: every file there is treated as one no build wrote
        }
    }

    /** The files a marker's text lists as written by the last build; none if it has no list. */
    private static Set<String> writtenBefore(String text) {
        int list = text.indexOf(LIST_HEADING);
        if (list < 0) {
            return Set.of();
        }
        Set<String> paths = new HashSet<>();
        for (String line : text.substring(list + LIST_HEADING.length()).split("\n")) {
            if (!line.isEmpty()) {
                paths.add(line);
            }
        }
        return paths;
    }

    /** Writes the marker with the list of files this build wrote into {@code folder}, atomically. */
    private void writeMarker(Path folder) throws IOException {
        StringBuilder text = new StringBuilder(MARKER_TEXT).append(LIST_HEADING);
        new TreeSet<>(current.paths()).forEach(path -> text.append(path).append('\n'));
        Path temporary = folder.resolve(MARKER + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
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
        return open(target, source, previous, path -> false);
    }

    /**
     * As {@link #open(Path, Path, Manifest)}; files of the output no build wrote are never deleted (see
     * {@link #reportForeign}), and those {@code keep} accepts (paths relative to the output) are kept without a word.
     */
    public static OutputFolder open(Path target, Path source, Manifest previous, Predicate<String> keep)
            throws IOException {
        Path out = realPath(target);
        Path in = realPath(source);
        if (out.equals(in) || in.startsWith(out) || out.startsWith(in)) {
            throw new UnsafeOutputException(Message.of("publish.output.inside-content", target, source));
        }
        if (out.getParent() == null) {
            throw new UnsafeOutputException(Message.of("publish.output.root", target));
        }
        if (Files.isSymbolicLink(target.toAbsolutePath().normalize())) {
            throw new UnsafeOutputException(Message.of("publish.output.symlink", target));
        }
        if (Files.exists(out) && !isOurs(out)) {
            throw new UnsafeOutputException(Message.of("publish.output.not-ours", target));
        }
        Files.createDirectories(out.getParent());
        FileChannel lock = lock(out, target);
        try {
            sweepLeftovers(out);
            Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".tmp-");
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            boolean known = Files.isDirectory(out) && Files.exists(out.resolve(MARKER)) && previous.size() > 0;
            return new OutputFolder(out, staging, known ? previous : Manifest.empty(), keep, lock);
        } catch (IOException | RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Takes the lock of the output folder {@code out} ({@code .NAME.lock} beside it, never followed if it is a
     * link), or refuses when another build holds it, in this process or another.
     */
    private static FileChannel lock(Path out, Path target) throws IOException {
        Path file = out.resolveSibling("." + out.getFileName() + ".lock");
        if (Files.isSymbolicLink(file)) {
            throw new UnsafeOutputException(Message.of("publish.output.lock-link", file));
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS); // a link made since the look above is refused here
        boolean taken = false;
        try {
            taken = channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            // a build of this process holds it
        } finally {
            if (!taken) {
                channel.close();
            }
        }
        if (!taken) {
            throw new UnsafeOutputException(Message.of("publish.output.busy", target));
        }
        return channel;
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

    /**
     * Trusts this process's own record of the last build, which began at {@code began} (milliseconds since the epoch)
     * and left the output folder called {@code folder} by the file system: a file it published is kept without being
     * asked its size when the folder it is in has not changed since before that build began (no name in it added,
     * removed or replaced: a file deleted or put there by hand is seen), and the output folder is the same. The
     * folders are looked at once, on a thread of their own, as the build begins, and the same look then serves the
     * search for files no build wrote ({@link ForeignFiles}): at 10,000 articles a rebuild of the preview asks 23,000
     * folders instead of 23,000 folders and 25,000 files. A file rewritten in place by hand, keeping its name, is not
     * seen until its page changes; a build in a process of its own asks every file.
     */
    public void trustsItsLastBuild(long began, Object folder) {
        if (!update || folder == null) {
            return;
        }
        trustedBefore = began - ForeignFiles.MARGIN_MILLIS;
        trustedFolder = folder;
        looksAhead();
    }

    /**
     * Looks at the folders of the last build's files now, on a thread of its own, while the build goes on: when the
     * build changes no file's path, the search for files no build wrote then starts from this look instead of
     * asking 23,000 folders (at 10,000 articles) as the new site is put in place. What is put into the output by
     * hand during the build is found by the next build, which looks again at every folder changed since this look
     * began (see {@link ForeignFiles}). Nothing to do for a first build.
     */
    public void looksAhead() {
        if (update && look == null) {
            look = Aside.start("gazette-output-look", () -> foreignFiles.look(previous.folders()));
        }
    }

    /** Waits for the look {@link #looksAhead} began, if it did (for tests, which then change the output). */
    void awaitLook() throws IOException {
        if (look != null) {
            look.get();
        }
    }

    /** What the file system calls the output folder ({@code fileKey}), once it is in place; empty if it cannot say. */
    public Optional<Object> identity() {
        try {
            return Optional.ofNullable(Files.readAttributes(target, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a file the last build published is trusted to be there as it left it, without asking ({@link
     * #trustsItsLastBuild}): the look found its folder a real folder, unchanged since before that build began.
     */
    private boolean trusted(String relative) throws IOException {
        if (look == null || trustedFolder == null) {
            return false;
        }
        ForeignFiles.Look seen = look.get();
        if (seen.top() == null || !trustedFolder.equals(seen.top().fileKey())) {
            return false;
        }
        BasicFileAttributes folder = seen.folderOf(relative);
        return folder != null && folder.isDirectory() && folder.lastModifiedTime().toMillis() < trustedBefore;
    }

    /**
     * Checks that an output path such as {@code articles/x/index.html} is plain and relative: no empty, {@code .} or
     * {@code ..} segment, no backslash or NUL, not absolute.
     */
    private static void check(String relative) {
        int length = relative.length();
        if (length == 0 || relative.charAt(0) == '/') {
            throw new IllegalArgumentException("not a relative output path: " + relative);
        }
        boolean leaves = false;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? relative.charAt(i) : '/';
            if (c == '\0' || c == '\\') {
                throw new IllegalArgumentException("not a relative output path: " + relative);
            }
            if (c == '/') {
                int segment = i - start;
                leaves |= segment == 0 || segment == 1 && relative.charAt(start) == '.'
                        || segment == 2 && relative.charAt(start) == '.' && relative.charAt(start + 1) == '.';
                start = i + 1;
            }
        }
        if (leaves) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relative);
        }
    }

    /** The staging folder's path for an output path such as {@code articles/x/index.html}, checked to stay inside. */
    public Path resolve(String relative) {
        check(relative);
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
        Manifest.Entry entry = new Manifest.Entry(bytes.length, Manifest.hash(bytes), fingerprint);
        current.put(relative, entry);
        files.incrementAndGet();
        Optional<Manifest.Entry> before = previous.get(relative);
        if (before.isPresent() && before.get().size() == entry.size() && before.get().hash() == entry.hash()) {
            if (!update) {
                makeParent(path);
            }
            if (keep(relative, path)) {
                return;
            }
        }
        makeParent(path);
        Files.write(path, bytes);
        if (update) {
            staged.add(relative);
        }
    }

    /**
     * Carries the published file over unchanged when the last build made it from inputs with the same
     * {@code fingerprint}; the caller then need not make it at all.
     *
     * @return whether the file was carried over
     */
    public boolean keep(String relative, long fingerprint) throws IOException {
        return keep(relative, fingerprint, fingerprint);
    }

    /**
     * Carries the published file over unchanged, as {@link #keep(String, long)} does, when the last build made it
     * from inputs with {@code fingerprint}, and records it as made from inputs with {@code now}: the caller knows
     * that those make the same bytes.
     *
     * @return whether the file was carried over
     */
    public boolean keep(String relative, long fingerprint, long now) throws IOException {
        Optional<Manifest.Entry> before = previous.get(relative);
        if (fingerprint == 0 || before.isEmpty() || before.get().fingerprint() != fingerprint) {
            return false;
        }
        if (update && trusted(relative)) {
            check(relative);
            unchanged.incrementAndGet();
            trusted.incrementAndGet();
        } else {
            Path path = resolve(relative);
            if (!update) {
                makeParent(path);
            }
            if (!keep(relative, path)) {
                return false;
            }
        }
        Manifest.Entry was = before.get();
        // the last build's entry itself when nothing about it changed: the collector then copies one record, not two
        current.put(relative, now == fingerprint ? was : new Manifest.Entry(was.size(), was.hash(), now));
        files.incrementAndGet();
        return true;
    }

    /**
     * Keeps the published copy of an unchanged file: left where it is when updating, else linked into the staging
     * folder; false if that is not possible (the file has gone or changed size since).
     */
    private boolean keep(String relative, Path staged) {
        Path published = target.resolve(relative);
        try {
            BasicFileAttributes attributes = Files.readAttributes(published, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile() && attributes.size() == previous.get(relative).orElseThrow().size()) {
                if (!update) {
                    Files.createLink(staged, published);
                }
                unchanged.incrementAndGet();
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without hard links: the file is written again
        }
        return false;
    }

    /** Where a file kept by {@link #keep} can be read during the build. */
    public Path kept(String relative) {
        Path staged = resolve(relative); // checks the path
        return update ? target.resolve(relative) : staged;
    }

    /** Files that kept the bytes (and the identity) they had in the previous build. */
    public int filesUnchanged() {
        return unchanged.get();
    }

    /** Of {@link #filesUnchanged}, those kept without being asked, as the last build left them (see {@link #trustsItsLastBuild}). */
    public int filesTrusted() {
        return trusted.get();
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

    /**
     * Keeps, in {@code file} of the build cache, what each update of this folder finds of the files no build wrote,
     * and when it looked: the next update lists only the folders changed since ({@link ForeignFiles}); a rebuild of
     * the preview, or a build after one edit, then does not list 23,000 folders at 10,000 articles.
     */
    public void remembersScansIn(Path file) {
        scans = Optional.of(file);
    }

    /** Puts the new site in place of the old one. */
    public void commit() throws IOException {
        finished = true;
        if (update) {
            update();
            return;
        }
        Path old = null;
        Set<String> ours = new HashSet<>(writtenBefore);
        ours.addAll(current.paths());
        foreign = foreignFiles.find(ours);
        if (scans.isPresent()) {
            Files.deleteIfExists(scans.get()); // another folder takes this one's place: the look of the old is void
        }
        writeMarker(staging);
        // the new folder holds nothing this build did not write but what is carried into it from the old one: a
        // scan that began now, before anyone else can reach it, says so (see below)
        long swapped = System.currentTimeMillis();
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
        List<ForeignFiles.Entry> carried = List.of();
        if (old != null) {
            carried = foreignFiles.carry(foreign, old);
            deleteTree(old);
        }
        // the next update then lists only the folders changed since the swap (those the carried files went into
        // among them) instead of every folder of the site: 23,000 at 10,000 articles
        Optional<Object> root = identity();
        if (scans.isPresent() && root.isPresent()) {
            try {
                new ForeignFiles.Scan(swapped, root.get().toString(), carried).write(scans.get());
            } catch (IOException e) {
                Files.deleteIfExists(scans.get()); // the next update looks at every folder
            }
        }
    }

    /**
     * Warns about each file or folder of the output that no build wrote and that is neither under {@code .git} nor
     * listed under {@code keep:}: it was kept, and the warning says how to publish it or silence the warning. Call
     * after {@link #commit}.
     */
    public void reportForeign(Problems problems) {
        for (ForeignFiles.Entry entry : foreign) {
            if (!entry.listed()) {
                problems.warning(SourcePosition.of(target.resolve(entry.path())), "publish", entry.folder()
                        ? Message.of("publish.foreign.folder.kept", entry.path() + "/", entry.files())
                        : Message.of("publish.foreign.kept", entry.path()));
            }
        }
    }

    /**
     * Deletes the files the new site no longer has, then moves each changed file over its old copy. The folders
     * written into are checked to be real folders inside the output (a symbolic link put there by hand is not
     * followed).
     */
    private void update() throws IOException {
        // a rebuild that changed no file's path (most of them) has every set of paths equal: nothing is gone, the
        // folders are the last build's, and the marker lists them already
        boolean samePaths = current.listsSamePaths() && (markerListsPrevious
                || writtenBefore.size() == current.size() && current.paths().containsAll(writtenBefore));
        Set<String> ours = samePaths ? current.paths() : union(current.paths(), previous.paths(), writtenBefore);
        ForeignFiles.Folders folders = samePaths ? current.folders() : ForeignFiles.Folders.of(ours);
        // the look taken as the build began serves when it looked at the same folders
        ForeignFiles.Look seen = look != null && look.get().folders() == folders ? look.get()
                : foreignFiles.look(folders);
        ForeignFiles.Scan scan = foreignFiles.find(ours, seen, scans.flatMap(ForeignFiles.Scan::read));
        foreign = scan.entries();
        List<String> gone = new ArrayList<>();
        if (!samePaths) {
            for (String path : union(previous.paths(), writtenBefore, Set.of())) {
                if (current.get(path).isEmpty()) {
                    gone.add(path);
                }
            }
        }
        gone.sort(null);
        Set<Path> emptied = new TreeSet<>(Comparator.reverseOrder());
        for (String path : gone) {
            Path file = target.resolve(path);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && inside(file.getParent())) {
                Files.delete(file);
                for (Path folder = file.getParent(); !folder.equals(target); folder = folder.getParent()) {
                    emptied.add(folder);
                }
            }
        }
        // deepest first, so a folder emptied by removing its empty subfolders goes too
        for (Path folder : emptied) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) {
                    continue;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.delete(folder);
        }
        List<String> moves = new ArrayList<>(staged);
        moves.sort(null);
        Set<Path> checked = new HashSet<>();
        for (String path : moves) {
            Path destination = target.resolve(path);
            Path folder = destination.getParent();
            if (checked.add(folder)) {
                Files.createDirectories(folder);
                if (!inside(folder)) {
                    throw new UnsafeOutputException(Message.of("publish.output.link-out", target, folder));
                }
            }
            if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(destination);
            }
            Files.move(resolve(path), destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        // a marker that lists the files this build leaves already is not written again (a rebuild of the preview
        // that changes files but not which ones: a megabyte at 10,000 articles)
        if (!markerAsWritten || !samePaths && !writtenBefore.equals(current.paths())) {
            writeMarker(target);
        }
        deleteTree(staging);
        if (scans.isPresent()) {
            try {
                scan.write(scans.get());
            } catch (IOException e) {
                Files.deleteIfExists(scans.get()); // the next update looks at every folder
            }
        }
    }

    /**
     * Every path of three sets: the first itself when it holds the others (a rebuild that changed no file's path:
     * no copy of 25,000 paths), else a new set.
     */
    static Set<String> union(Set<String> first, Set<String> second, Set<String> third) {
        if (first.size() >= second.size() && first.size() >= third.size() && first.containsAll(second)
                && first.containsAll(third)) {
            return first;
        }
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    /** Whether a folder of the output is really inside it, symbolic links resolved. */
    private boolean inside(Path folder) throws IOException {
        return folder.toRealPath().startsWith(target.toRealPath());
    }

    /** Throws the staging folder away; the previous site stays as it was. */
    public void abort() throws IOException {
        finished = true;
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        try {
            if (!finished) {
                abort();
            }
        } finally {
            lock.close(); // which lets the lock go
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
