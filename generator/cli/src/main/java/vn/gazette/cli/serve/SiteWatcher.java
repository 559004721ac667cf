package vn.gazette.cli.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches folders and everything below them, folders created later included, and reports a change once a burst
 * of file events has settled (an editor saving, a {@code git checkout}). Hidden names and editor backup files
 * ({@code .x.swp}, {@code x~}, {@code #x#}) do not count; symbolic links are not followed, as the build does not
 * follow them either.
 *
 * <p>Thread-safe: folders are registered on the starting thread, then only on the watch thread; {@link #close}
 * may be called from any thread and ends the watch thread.
 */
final class SiteWatcher implements AutoCloseable {

    /** However busy the folders stay, a change is reported at least this often. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final WatchService service;
    private final List<Path> roots;
    private final Predicate<Path> ignored;
    private final Duration quiet;
    private final Runnable onChange;
    private final Consumer<String> warn;
    private final Journal journal;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * Told of every path that changed, noise included (what counts as a change is decided apart), and of changes
     * lost, so that a build can look again only at those paths ({@link vn.gazette.BuildSession#watching}).
     */
    interface Journal {
        Journal NONE = new Journal() {
            @Override
            public void changed(Path path) {
            }

            @Override
            public void lost() {
            }
        };

        void changed(Path path);

        void lost();
    }

    private SiteWatcher(List<Path> roots, Predicate<Path> ignored, Duration quiet, Runnable onChange,
            Consumer<String> warn, Journal journal) throws IOException {
        this.journal = journal;
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = List.copyOf(roots);
        this.ignored = ignored;
        this.quiet = quiet;
        this.onChange = onChange;
        this.warn = warn;
        this.thread = PreviewServer.daemonThreads("gazette-watch").newThread(this::watch);
    }

    /**
     * Starts watching.
     *
     * @param ignored  paths whose changes do not count (the output folder, when it lies inside a watched one)
     * @param quiet    how long the folders must stay quiet before a change is reported
     * @param onChange called on the watch thread after each settled burst
     * @param warn     told when a new folder cannot be watched
     */
    static SiteWatcher start(List<Path> roots, Predicate<Path> ignored, Duration quiet, Runnable onChange,
            Consumer<String> warn) throws IOException {
        return start(roots, ignored, quiet, onChange, warn, Journal.NONE);
    }

    /** As {@link #start(List, Predicate, Duration, Runnable, Consumer)}, telling {@code journal} of every path. */
    static SiteWatcher start(List<Path> roots, Predicate<Path> ignored, Duration quiet, Runnable onChange,
            Consumer<String> warn, Journal journal) throws IOException {
        SiteWatcher watcher = new SiteWatcher(roots, ignored, quiet, onChange, warn, journal);
        try {
            for (Path root : watcher.roots) {
                watcher.registerTree(root);
            }
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    int folderCount() {
        return folders.size();
    }

    private void registerTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) throws IOException {
                // a folder an editor's backup name marks is still content to a build: only hidden ones are not
                if (!folder.equals(top) && (isHidden(folder) || ignored.test(folder))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted while walked: its deletion is an event of its own
                }
                throw e;
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                boolean changed = handle(service.take());
                long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(next);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed by close(): the server is stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes a key's events; true when one of them counts as a change. */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // events were lost: whatever changed, a build sees it; folders made meanwhile need watching
                changed = true;
                journal.lost();
                roots.forEach(this::registerQuietly);
            } else if (folder != null && event.context() instanceof Path name) {
                Path path = folder.resolve(name);
                if (ignored.test(path)) {
                    continue;
                }
                journal.changed(path);
                if (event.kind() == ENTRY_CREATE && !isHidden(path) && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    // files may already be in it: they are found by the build this change triggers (the journal
                    // names the folder: a build walks it whole)
                    registerQuietly(path);
                }
                if (isNoise(path)) {
                    continue;
                }
                changed = true;
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            journal.lost();
            warn.accept("gazette: cannot watch " + folder + " for changes (" + e.getMessage() + "); restart the server "
                    + "after changing files in it");
        }
    }

    /** Hidden files and folders: a build does not read them (nor the files in them). */
    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Hidden files and the backups editors write beside the file being saved. */
    static boolean isNoise(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        return text.startsWith(".") || text.startsWith("#") || text.endsWith("~");
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
