package vn.gazette.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private final Path target;
    private final Predicate<String> keep;

    ForeignFiles(Path target, Predicate<String> keep) {
        this.target = target;
        this.keep = keep;
    }

    /**
     * Lists what {@code target} holds besides {@code ours} (the paths a build wrote) and the marker; a folder holding
     * none of {@code ours} is one entry.
     */
    List<Entry> find(Set<String> ours) throws IOException {
        Set<String> folders = new HashSet<>();
        for (String path : ours) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        List<Entry> found = new ArrayList<>();
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        // folder by folder, by name: a name the build wrote as a file is not even looked at (no stat per file of the
        // site, 25,000 at 10,000 articles); only folders of the site and names no build wrote are
        java.util.ArrayDeque<String> folderQueue = new java.util.ArrayDeque<>();
        folderQueue.add("");
        while (!folderQueue.isEmpty()) {
            String folder = folderQueue.poll();
            Path dir = folder.isEmpty() ? target : target.resolve(folder);
            try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path path : entries) {
                    String name = path.getFileName().toString();
                    String relative = folder.isEmpty() ? name : folder + "/" + name;
                    if (folder.isEmpty() && (name.equals(OutputFolder.MARKER)
                            || name.equals(OutputFolder.MARKER + ".tmp")) || ours.contains(relative)) {
                        continue;
                    }
                    boolean isFolder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                    if (isFolder && folders.contains(relative)) {
                        folderQueue.add(relative);
                    } else if (isFolder) {
                        found.add(new Entry(relative, true, count(path), listed(relative + "/")));
                    } else {
                        found.add(new Entry(relative, false, 1, listed(relative)));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Entry::path));
        return found;
    }

    /** Moves the entries from {@code from} (the old site, moved aside) into {@code target} (the new one). */
    void carry(List<Entry> entries, Path from) throws IOException {
        for (Entry entry : entries) {
            Path destination = target.resolve(entry.path());
            if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
                continue; // the new site has a folder where the old one had this file: the build named the clash
            }
            Files.createDirectories(destination.getParent());
            Files.move(from.resolve(entry.path()), destination, StandardCopyOption.ATOMIC_MOVE);
        }
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
