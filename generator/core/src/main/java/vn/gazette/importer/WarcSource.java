package vn.gazette.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Reads the pages and images of a WARC file (as Heritrix, {@code wget --warc-file} or Webrecorder write them) with
 * jwarc: {@code response} records of status 200 and {@code resource} records, HTML and plain text as captures,
 * images as their assets. Every record is read through a size limit after HTTP content decoding, so a
 * decompression bomb stops at the limit with an error naming the record's offset. Stateless and thread-safe.
 */
final class WarcSource {

    /** The most one record may hold once decompressed. */
    static final int MAX_RECORD_BYTES = Sources.MAX_PAGE_BYTES;
    private static final long MAX_IMAGES_TOTAL = 512L * 1024 * 1024;

    private WarcSource() {
    }

    private record Page(long offset, URI url, byte[] bytes, boolean html, Optional<String> charset) {
    }

    static void read(Path file, Path base, List<Capture> captures, Problems problems) {
        String name = base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        List<Page> pages = new ArrayList<>();
        Map<String, Capture.Image> images = new HashMap<>();
        long imageBytes = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            while (true) {
                long offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                WarcRecord record = next.get();
                if (record.body().size() > MAX_RECORD_BYTES * 4L) {
                    tooLarge(file, offset, problems);
                    return; // skipping it would mean decompressing all of it
                }
                Optional<Body> body = body(record);
                if (body.isEmpty()) {
                    continue;
                }
                Optional<byte[]> bytes;
                try (InputStream in = body.get().stream) {
                    bytes = Bounded.read(in, MAX_RECORD_BYTES);
                }
                if (bytes.isEmpty()) {
                    tooLarge(file, offset, problems);
                    continue;
                }
                MediaType type = body.get().type;
                String subtype = type.subtype().toLowerCase(Locale.ROOT);
                URI url = body.get().url;
                if (type.type().equalsIgnoreCase("image")) {
                    Optional<Capture.Image> image = Images.recognise(bytes.get());
                    if (image.isPresent() && imageBytes + bytes.get().length <= MAX_IMAGES_TOTAL) {
                        images.put(Links.urlKey(url), image.get());
                        imageBytes += bytes.get().length;
                    }
                } else if (subtype.equals("html") || subtype.equals("xhtml+xml") || subtype.equals("plain")) {
                    pages.add(new Page(offset, url, bytes.get(), !subtype.equals("plain"),
                            Optional.ofNullable(type.parameters().get("charset"))));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.error(SourcePosition.of(file, 1, 1), STAGE, Message.of("importer.warc.broken", file.getFileName(),
                    String.valueOf(e.getMessage())));
        }
        WarcAssets assets = new WarcAssets(Map.copyOf(images));
        for (Page page : pages) {
            captures.add(new Capture(name + "@" + page.offset, file, Optional.of(page.url), page.bytes, page.html,
                    page.charset, assets));
        }
    }

    private static final String STAGE = Sources.STAGE;

    private static void tooLarge(Path file, long offset, Problems problems) {
        problems.error(SourcePosition.of(file, 1, 1), STAGE, Message.of("importer.warc.record-too-large", file.getFileName(),
                offset, MAX_RECORD_BYTES / (1024 * 1024)));
    }

    private record Body(InputStream stream, MediaType type, URI url) {
    }

    /** The decoded payload of a record worth reading: a successful response or a resource. */
    private static Optional<Body> body(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return Optional.empty();
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return Optional.empty();
            }
            MessageBody decoded = http.bodyDecoded();
            return Optional.of(new Body(decoded.stream(), http.contentType(), response.targetURI()));
        }
        if (record instanceof WarcResource resource) {
            return Optional.of(new Body(resource.body().stream(), resource.contentType(), resource.targetURI()));
        }
        return Optional.empty();
    }

    /** A WARC's images, found by their address. */
    record WarcAssets(Map<String, Capture.Image> images) implements Capture.Assets {
        @Override
        public Optional<Capture.Image> image(String src, Optional<URI> page) {
            return Links.resolve(page, src).map(Links::urlKey).map(images::get);
        }

        @Override
        public List<String> linkKeys(String href, Optional<URI> page) {
            return Links.resolve(page, href).map(Links::urlKey).stream().toList();
        }
    }
}
