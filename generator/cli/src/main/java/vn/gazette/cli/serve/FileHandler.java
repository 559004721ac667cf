package vn.gazette.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the built site from its output folder, modelled on the JDK's {@code SimpleFileServer} handler: the
 * request path is resolved one segment at a time (percent-decoded, NFC-normalised, as Gazette names its files),
 * and resolution stops at {@code ..}, hidden names and symbolic links, so nothing outside the folder is ever
 * served. A folder is served by its {@code index.html} (a request without the final slash is redirected first,
 * so relative links work); a missing file gets the site's {@code 404.html} with status 404.
 *
 * <p>Every HTML response gets the live-reload script before {@code </body>}: in the bytes sent only, never in the
 * files. Only GET and HEAD are answered, and nothing is cached: the site changes under the browser's feet.
 * Thread-safe: it holds no state of its own; the folder may be swapped for a new build between two requests.
 */
final class FileHandler implements HttpHandler {

    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    /** When the site has no 404 page yet (the first build failed): still carries the script, so the overlay shows. */
    private static final String FALLBACK_NOT_FOUND = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>There is no page at this address (yet).</p></body></html>
            """;

    private final Path root;
    private final Supplier<String> script;

    /**
     * @param root   the output folder (need not exist yet)
     * @param script the HTML inserted before {@code </body>}, asked for once per page served
     */
    FileHandler(Path root, Supplier<String> script) {
        this.root = root.toAbsolutePath().normalize();
        this.script = script;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                refuseMethod(exchange);
                return;
            }
            boolean withBody = method.equals("GET");
            Optional<List<String>> segments = segments(exchange.getRequestURI().getRawPath());
            Optional<Path> found = segments.flatMap(this::resolve);
            if (found.isEmpty()) {
                notFound(exchange, withBody);
            } else if (Files.isDirectory(found.get(), LinkOption.NOFOLLOW_LINKS)) {
                serveFolder(exchange, found.get(), segments.get(), withBody);
            } else if (Files.isRegularFile(found.get(), LinkOption.NOFOLLOW_LINKS)) {
                serveFile(exchange, found.get(), 200, withBody);
            } else {
                notFound(exchange, withBody);
            }
        }
    }

    static void refuseMethod(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
    }

    private void serveFolder(HttpExchange exchange, Path folder, List<String> segments, boolean withBody)
            throws IOException {
        if (!exchange.getRequestURI().getRawPath().endsWith("/")) {
            // rebuilt from the checked segments, not the raw path: "//evil.example" must not become a redirect away
            StringBuilder location = new StringBuilder();
            for (String segment : exchange.getRequestURI().getRawPath().split("/")) {
                if (!segment.isEmpty()) {
                    location.append('/').append(segment);
                }
            }
            location.append('/');
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", query == null ? location.toString() : location + "?" + query);
            exchange.sendResponseHeaders(301, -1);
            return;
        }
        Path index = folder.resolve("index.html");
        if (Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
            serveFile(exchange, index, 200, withBody);
        } else {
            notFound(exchange, withBody);
        }
    }

    private void notFound(HttpExchange exchange, boolean withBody) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS) && serveFile(exchange, page, 404, withBody)) {
            return;
        }
        String snippet = script.get();
        send(exchange, 404, ContentTypes.of("404.html"), inject(FALLBACK_NOT_FOUND.getBytes(StandardCharsets.UTF_8),
                snippet), withBody);
    }

    /** Sends a file; false, with nothing sent, when it vanished meanwhile (a rebuild swapped the folder). */
    private boolean serveFile(HttpExchange exchange, Path file, int status, boolean withBody) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        if (ContentTypes.isHtml(type)) {
            // asked before reading, so that a page never claims a newer build than its bytes come from
            String snippet = script.get();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return vanished(exchange, status, withBody);
            }
            send(exchange, status, type, inject(bytes, snippet), withBody);
            return true;
        }
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(file, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return vanished(exchange, status, withBody);
        }
        // the size of the file opened, not of whatever has the name when the body is sent
        try (channel; InputStream in = Channels.newInputStream(channel)) {
            long size = channel.size();
            exchange.getResponseHeaders().set("Content-Type", type);
            if (withBody && size > 0) {
                exchange.sendResponseHeaders(status, size);
                try (OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            } else {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(status, -1);
            }
        }
        return true;
    }

    private boolean vanished(HttpExchange exchange, int status, boolean withBody) throws IOException {
        if (status == 404) {
            return false;
        }
        notFound(exchange, withBody);
        return true;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes, boolean withBody)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (withBody && bytes.length > 0) {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } else {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** The page with {@code snippet} before its last {@code </body>}, or at the end when it has none. */
    static byte[] inject(byte[] page, String snippet) {
        byte[] insert = snippet.getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfIgnoreCase(page, BODY_END);
        if (at < 0) {
            at = page.length;
        }
        byte[] result = new byte[page.length + insert.length];
        System.arraycopy(page, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(page, at, result, at + insert.length, page.length - at);
        return result;
    }

    /** Searched in the bytes: an ASCII tag never occurs inside a UTF-8 multi-byte character. */
    private static int lastIndexOfIgnoreCase(byte[] text, byte[] ascii) {
        for (int start = text.length - ascii.length; start >= 0; start--) {
            int i = 0;
            while (i < ascii.length && lower(text[start + i]) == ascii[i]) {
                i++;
            }
            if (i == ascii.length) {
                return start;
            }
        }
        return -1;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    /** The decoded segments of a raw request path; empty when one is malformed or not allowed. */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> segment = decode(raw);
            if (segment.isEmpty() || !allowed(segment.get())) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(segments);
    }

    /** {@code .} and {@code ..}, hidden names (the output's marker file) and anything that is not one name. */
    private static boolean allowed(String segment) {
        return !segment.startsWith(".") && segment.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20);
    }

    /** Percent-decoding as UTF-8 (a {@code +} stays a plus in a path), then NFC. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = raw.indexOf('%', i);
                end = end < 0 ? raw.length() : end;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The file or folder the segments name, when every step exists, is not a link and stays inside the root. */
    private Optional<Path> resolve(List<String> segments) {
        Path path = root;
        try {
            for (String segment : segments) {
                path = path.resolve(segment);
                if (Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isHidden(path)) {
                    return Optional.empty();
                }
            }
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
        path = path.normalize();
        return path.startsWith(root) ? Optional.of(path) : Optional.empty();
    }
}
