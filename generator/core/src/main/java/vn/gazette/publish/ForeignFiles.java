package vn.gazette.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files and folders of an output folder that no Gazette build wrote: a search console's verification file,
 * {@code CNAME}, the {@code .git} folder of a deploy checkout, or a file copied in by hand. A build never deletes
 * them: they stay where they are, or move into the new site when the whole folder is swapped, and each one that is
 * neither under {@code .git} nor listed under {@code keep:} is reported, so that nobody relies on it unknowingly.
 * Not thread-safe; used once, by {@link OutputFolder#commit}.
 */
final class ForeignFiles {

    /**
     * One file or folder of the output the build did not write.
     *
     * @param path   relative to the output folder, {@code /} separators
     * @param files  how many files it holds (1 for a file)
     * @param listed whether the site expects it ({@code .git}, or listed under {@code keep:}): not reported
     */
    record Entry(String path, boolean folder, int files, boolean listed) {
    }

    /**
     * The folders of a site's paths, the top one left out ({@link #folders(Set)}), and the same each after the one it
     * is in ({@link #byDepth}).
     */
    record Folders(Set<String> all, String[] inOrder, java.util.Map<String, Integer> places) {

        static Folders of(Set<String> paths) {
            Set<String> all = folders(paths);
            String[] inOrder = byDepth(all);
            java.util.Map<String, Integer> places = new java.util.HashMap<>(Math.max(16, inOrder.length * 4 / 3 + 1));
            for (int i = 0; i < inOrder.length; i++) {
                places.put(inOrder[i], i);
            }
            return new Folders(all, inOrder, places);
        }
    }

    /**
     * What the file system said of the output folder and of each folder of a site at one moment ({@link #look}).
     *
     * @param began      when the look began, in milliseconds since the epoch
     * @param top        the output folder's attributes; null when it is not there
     * @param attributes each folder's, in the order of {@code folders}; null where there is nothing
     */
    record Look(long began, BasicFileAttributes top, Folders folders, BasicFileAttributes[] attributes) {

        /** What the look found of the folder a path of the site is in; null when nothing, or not a folder it saw. */
        BasicFileAttributes folderOf(String path) {
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return top;
            }
            Integer place = folders.places().get(path.substring(0, slash));
            return place == null ? null : attributes[place];
        }
    }

    /** Asks the output folder and each of {@code folders} what the file system says of it (one call each). */
    Look look(Folders folders) {
        long began = System.currentTimeMillis();
        BasicFileAttributes top;
        try {
            top = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new Look(began, null, folders, new BasicFileAttributes[folders.inOrder().length]);
        }
        return new Look(began, top, folders, top.isDirectory() ? attributes(folders.inOrder())
                : new BasicFileAttributes[folders.inOrder().length]);
    }

    private final Path target;
    private final Predicate<String> keep;

    ForeignFiles(Path target, Predicate<String> keep) {
        this.target = target;
        this.keep = keep;
    }

    /**
     * What one look at the output found, and when it began: a later look in the same folder lists again only the
     * folders changed since ({@link #find(Set, Optional)}).
     *
     * @param began   when the look began, in milliseconds since the epoch
     * @param root    what the file system calls the output folder ({@code fileKey}): another folder in its place is
     *                looked at whole
     * @param entries what it found
     */
    record Scan(long began, String root, List<Entry> entries) {

        private static final int FORMAT = 1;

        /** Writes the scan beside the build's manifest, moved over the last one. */
        void write(Path file) throws IOException {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeLong(began);
                out.writeUTF(root);
                out.writeInt(entries.size());
                for (Entry entry : entries) {
                    vn.gazette.internal.LongText.write(out, entry.path());
                    out.writeBoolean(entry.folder());
                    out.writeInt(entry.files());
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** The scan {@link #write} wrote, if the file holds one whole (whether each entry is listed is not kept). */
        static Optional<Scan> read(Path file) {
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                    Files.newInputStream(file)))) {
                if (in.readInt() != FORMAT) {
                    return Optional.empty();
                }
                long began = in.readLong();
                String root = in.readUTF();
                int count = in.readInt();
                if (count < 0 || count > 1 << 20) {
                    return Optional.empty();
                }
                List<Entry> entries = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    entries.add(new Entry(vn.gazette.internal.LongText.read(in, 1 << 16), in.readBoolean(),
                            in.readInt(), false));
                }
                return in.read() == -1 ? Optional.of(new Scan(began, root, entries)) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // none, or cut short: the folder is looked at whole
            }
        }
    }

    /**
     * A folder changed this long before a scan began, or later, is listed again by the next one: file times are
     * set from a clock coarser than the one a scan reads, and may lag it.
     */
    static final long MARGIN_MILLIS = 2_000;

    /**
     * Lists what {@code target} holds besides {@code ours} (the paths a build wrote) and the marker; a folder holding
     * none of {@code ours} is one entry.
     */
    List<Entry> find(Set<String> ours) throws IOException {
        return find(ours, Optional.empty()).entries();
    }

    /**
     * As {@link #find(Set)}, looking again only where something can have changed since the {@code before} scan of
     * the same folder: each folder of the site is asked its modification time (one call, where listing it is
     * several, with one more per folder in it), and only the top folder and those changed since are listed; what
     * the others held that no build wrote is taken from {@code before} (adding or removing a name in a folder
     * changes its time). Without such a scan, every folder of the site is listed.
     */
    Scan find(Set<String> ours, Optional<Scan> before) throws IOException {
        return find(ours, look(Folders.of(ours)), before);
    }

    /**
     * As {@link #find(Set, Optional)}, given a look at the folders of {@code ours} taken before (the scan then
     * begins when the look did: what changed since is looked at again by the next one).
     */
    Scan find(Set<String> ours, Look look, Optional<Scan> before) throws IOException {
        long began = look.began();
        List<Entry> found = new ArrayList<>();
        BasicFileAttributes top = look.top();
        if (top == null || !top.isDirectory()) {
            return new Scan(began, "", found);
        }
        Folders of = look.folders();
        String root = top.fileKey() == null ? "" : top.fileKey().toString();
        Optional<Scan> usable = before.filter(scan -> !root.isEmpty() && scan.root().equals(root));
        java.util.Map<String, List<Entry>> keptIn = new java.util.HashMap<>();
        usable.ifPresent(scan -> scan.entries().forEach(entry -> keptIn.computeIfAbsent(parent(entry.path()),
                folder -> new ArrayList<>()).add(entry)));
        Set<String> folders = of.all();
        String[] inOrder = of.inOrder();
        // a folder after the one it is in, each looked at only when the one it is in is a real folder: a link put in
        // by hand is not followed
        Set<String> real = new HashSet<>();
        real.add("");
        list("", target, ours, folders, found);
        BasicFileAttributes[] looks = look.attributes();
        for (int i = 0; i < inOrder.length; i++) {
            String folder = inOrder[i];
            if (!real.contains(parent(folder))) {
                continue;
            }
            Path dir = target.resolve(folder);
            BasicFileAttributes attributes = looks[i];
            if (attributes == null) {
                continue; // not there (the site no longer has it, or it never was)
            }
            if (!attributes.isDirectory()) {
                found.add(new Entry(folder, false, 1, listed(folder))); // a file where the site has a folder
                continue;
            }
            real.add(folder);
            if (usable.isEmpty() || attributes.lastModifiedTime().toMillis() >= usable.get().began() - MARGIN_MILLIS) {
                list(folder, dir, ours, folders, found);
            } else {
                for (Entry entry : keptIn.getOrDefault(folder, List.of())) {
                    if (!ours.contains(entry.path()) && !folders.contains(entry.path())) {
                        found.add(new Entry(entry.path(), entry.folder(), entry.files(),
                                listed(entry.folder() ? entry.path() + "/" : entry.path())));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Entry::path));
        return new Scan(began, root, found);
    }

    /**
     * What the file system says of each folder of the site (null where there is nothing, or it cannot tell), asked in
     * parallel (the common pool's threads and this one): one call each, 23,000 at 10,000 articles, which wait on the
     * kernel more than they compute. Asking reads nothing of a folder; whether it is listed is decided afterwards, in
     * order, only for a folder inside a real one.
     */
    private BasicFileAttributes[] attributes(String[] folders) {
        BasicFileAttributes[] looks = new BasicFileAttributes[folders.length];
        java.util.stream.IntStream.range(0, folders.length).parallel().forEach(i -> {
            try {
                looks[i] = Files.readAttributes(target.resolve(folders[i]), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                // left null: not there (the site no longer has it, or it never was)
            }
        });
        return looks;
    }

    /**
     * Adds what one folder holds that no build wrote. A name the build wrote as a file, or has as a folder, is not
     * even looked at (no call per file of the site, 25,000 at 10,000 articles): a folder of the site is looked at
     * by itself.
     */
    private void list(String folder, Path dir, Set<String> ours, Set<String> folders, List<Entry> found)
            throws IOException {
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path path : entries) {
                String name = path.getFileName().toString();
                String relative = folder.isEmpty() ? name : folder + "/" + name;
                if (folder.isEmpty() && (name.equals(OutputFolder.MARKER)
                        || name.equals(OutputFolder.MARKER + ".tmp")) || ours.contains(relative)
                        || folders.contains(relative)) {
                    continue;
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(new Entry(relative, true, count(path), listed(relative + "/")));
                } else {
                    found.add(new Entry(relative, false, 1, listed(relative)));
                }
            }
        }
    }

    /**
     * Every folder the paths are in, the top one left out. A path's folders are added from the innermost out, and
     * only until one is already there (then so is every folder it is in): most paths of a site share their folders.
     */
    static Set<String> folders(Set<String> paths) {
        Set<String> folders = new HashSet<>(Math.max(16, paths.size()));
        for (String path : paths) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!folders.add(path.substring(0, slash))) {
                    break;
                }
            }
        }
        return folders;
    }

    /**
     * The folders, each after the one it is in: those with fewer slashes first (in no other order; what is found is
     * sorted at the end), which needs no sorting of 23,000 names at 10,000 articles.
     */
    static String[] byDepth(Set<String> folders) {
        List<List<String>> levels = new ArrayList<>();
        for (String folder : folders) {
            int depth = 0;
            for (int at = folder.indexOf('/'); at >= 0; at = folder.indexOf('/', at + 1)) {
                depth++;
            }
            while (levels.size() <= depth) {
                levels.add(new ArrayList<>());
            }
            levels.get(depth).add(folder);
        }
        String[] inOrder = new String[folders.size()];
        int i = 0;
        for (List<String> level : levels) {
            for (String folder : level) {
                inOrder[i++] = folder;
            }
        }
        return inOrder;
    }

    /** The folder a path is in: {@code ""} for the top one. */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Moves the entries from {@code from} (the old site, moved aside) into {@code target} (the new one); gives those
     * it moved, in their order.
     */
    List<Entry> carry(List<Entry> entries, Path from) throws IOException {
        List<Entry> carried = new ArrayList<>();
        for (Entry entry : entries) {
            Path destination = target.resolve(entry.path());
            if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
                continue; // the new site has a folder where the old one had this file: the build named the clash
            }
            Files.createDirectories(destination.getParent());
            Files.move(from.resolve(entry.path()), destination, StandardCopyOption.ATOMIC_MOVE);
            carried.add(entry);
        }
        return carried;
    }

    private boolean listed(String relative) {
        return relative.equals(".git/") || relative.startsWith(".git/") || relative.contains("/.git/")
                || keep.test(relative) || relative.endsWith("/") && keep.test(relative.substring(0, relative.length() - 1));
    }

    private static int count(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return (int) walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).count();
        }
    }
}
