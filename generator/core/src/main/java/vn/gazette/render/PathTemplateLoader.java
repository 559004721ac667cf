package vn.gazette.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads templates from a list of folders, first match wins (site overrides, then the theme). Works for folders
 * on disk and inside the Gazette jar alike. A name that would leave its folder, or a symbolic link, is treated
 * as missing: a theme cannot read other files of the machine. Thread-safe.
 */
final class PathTemplateLoader implements TemplateLoader {

    private final List<Path> roots;

    PathTemplateLoader(List<Path> roots) {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    }

    @Override
    public Object findTemplateSource(String name) {
        for (Path root : roots) {
            Path candidate = root.resolve(name).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                    && !hasLinkBetween(root, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean hasLinkBetween(Path root, Path file) {
        for (Path p = file.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open between findTemplateSource and getReader
    }

    /** FreeMarker puts this into some of its messages. */
    @Override
    public String toString() {
        return "the theme's templates/ folders";
    }
}
