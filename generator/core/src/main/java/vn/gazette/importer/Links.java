package vn.gazette.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys by which a link in one capture is matched to another capture: a normalised address (no fragment, no
 * trailing slash, lower-case host) or a normalised file path. Stateless and thread-safe.
 */
final class Links {

    private Links() {
    }

    static String urlKey(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceFirst("/+$", "");
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return "url:" + host + path + query;
    }

    static String fileKey(Path file) {
        return "file:" + file.toAbsolutePath().normalize();
    }

    /** An address written in a page, resolved against the page's own address; empty when it is not http(s). */
    static Optional<URI> resolve(Optional<URI> base, String href) {
        try {
            URI link = new URI(href.strip().replace(" ", "%20"));
            URI resolved = base.isPresent() && !link.isAbsolute() ? base.get().resolve(link) : link;
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? Optional.of(resolved) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A relative address as a file path beside {@code folder}, if it stays inside {@code root}. */
    static Optional<Path> localFile(Path root, Path folder, String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || h.startsWith("/") || h.contains(":") || h.contains("\\")) {
            return Optional.empty();
        }
        int cut = h.indexOf('?') >= 0 ? h.indexOf('?') : h.indexOf('#');
        String path = cut >= 0 ? h.substring(0, cut) : h;
        try {
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            Path resolved = folder.resolve(path).toAbsolutePath().normalize();
            return resolved.startsWith(root.toAbsolutePath().normalize()) ? Optional.of(resolved) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
