package vn.gazette.transform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Works out which file of the output a reference on a page needs, the way a browser would: relative references
 * against the page's folder, site-absolute ones below the base path of the site's {@code baseUrl} (a site
 * published at {@code https://x.gov.vn/luu-tru/} links {@code /luu-tru/the/}). External references (any scheme,
 * {@code //host}) and pure {@code #fragments} are not the site's business and are left alone. Immutable and
 * thread-safe.
 */
public final class LinkResolver {

    private final String basePath;

    /** @param basePath the path of the site's {@code baseUrl}, starting and ending with {@code /} */
    public LinkResolver(String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path " + basePath);
        }
        this.basePath = basePath;
    }

    /**
     * Where a reference leads.
     *
     * @param path    the output path it needs, relative to the output folder and decoded ({@code the/x/},
     *                {@code css/gazette.css}, {@code ""} for the home page); empty when it leads out of the site
     * @param outside whether it is site-absolute but not below the site's base path
     */
    public record Target(Optional<String> path, boolean outside) {
        public Target {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * The target of a reference, or empty when it is not the site's to check (external, a fragment, empty).
     *
     * @param pageUrl the site path of the page it is on, without the base path: {@code /articles/2023/x/},
     *                {@code /404.html}
     * @param href    the reference, with HTML character references already resolved
     */
    public Optional<Target> resolve(String pageUrl, String href) {
        String reference = href.strip();
        if (!isInternal(reference)) {
            return Optional.empty();
        }
        int end = reference.length();
        int query = reference.indexOf('?');
        int fragment = reference.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        String path = reference.substring(0, end);
        String absolute;
        if (path.startsWith("/")) {
            if (!(path + (path.endsWith("/") ? "" : "/")).startsWith(basePath)) {
                return Optional.of(new Target(Optional.empty(), true));
            }
            absolute = path.length() < basePath.length() ? "/" : path.substring(basePath.length() - 1);
        } else if (path.isEmpty()) {
            absolute = pageUrl; // "?page=2" stays on the page
        } else {
            absolute = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1) + path;
        }
        return Optional.of(new Target(normalise(decode(absolute)), false));
    }

    /** Whether a reference (stripped) is the site's to check: not empty, not a fragment, no scheme, no {@code //host}. */
    static boolean isInternal(String reference) {
        if (reference.isEmpty() || reference.charAt(0) == '#' || reference.startsWith("//")) {
            return false;
        }
        char first = reference.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return true;
        }
        for (int i = 1; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == ':') {
                return false;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.'
                    || c == '-')) {
                return true;
            }
        }
        return true;
    }

    /** Whether the output holds what {@code path} asks for: the file, or for a folder its index.html. */
    public static boolean exists(Set<String> files, String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return files.contains(path + "index.html");
        }
        return files.contains(path) || files.contains(path + "/index.html");
    }

    /** The site path of the page published as {@code outputPath}: {@code the/x/index.html} is {@code /the/x/}. */
    public static String pageUrl(String outputPath) {
        if (outputPath.equals("index.html") || outputPath.endsWith("/index.html")) {
            return "/" + outputPath.substring(0, outputPath.length() - "index.html".length());
        }
        return "/" + outputPath;
    }

    /** Removes {@code .} and {@code ..} segments and the leading slash; empty when {@code ..} climbs above the top. */
    static Optional<String> normalise(String absolute) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = absolute.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
                if (last) {
                    segments.add("");
                }
            } else if (part.equals(".")) {
                if (last) {
                    segments.add("");
                }
            } else if (!part.isEmpty() || last) {
                segments.add(part);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    /** Percent-decoding as UTF-8, then NFC (the form of every output path); a malformed escape stays as written. */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return Normalizer.normalize(path, Normalizer.Form.NFC);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            return Normalizer.normalize(path, Normalizer.Form.NFC);
        }
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
