package vn.gazette.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What identifies the code a process runs, for what the build cache keeps across processes and cannot check by
 * itself: the file a class was loaded from (the command line's jar, which holds every library; the core's jar under
 * the Maven plugin), by its path, size and modification time, or every file of a folder of classes (a development
 * build). A new Gazette, or one built again, has another stamp. Worked out once per process. Thread-safe.
 */
public final class CodeStamp {

    private static final Map<Class<?>, Long> STAMPS = new ConcurrentHashMap<>();

    private CodeStamp() {
    }

    /** The stamp of the code {@code anchor} was loaded from; 0 when it cannot be told (nothing is then trusted). */
    public static long of(Class<?> anchor) {
        return STAMPS.computeIfAbsent(anchor, CodeStamp::read);
    }

    private static long read(Class<?> anchor) {
        try {
            var source = anchor.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return 0;
            }
            Path location = Path.of(source.getLocation().toURI());
            Digest digest = new Digest().add(location.toAbsolutePath().normalize().toString());
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    add(digest, location.relativize(file).toString(), file);
                }
            } else {
                add(digest, "", location);
            }
            return digest.value();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return 0;
        }
    }

    private static void add(Digest digest, String name, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        digest.add(name).add(attributes.size()).add(attributes.lastModifiedTime().toMillis());
    }
}
