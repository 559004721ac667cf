package vn.gazette.importer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One captured page, as read from a source: its bytes, where it came from and how to find the images saved with it.
 *
 * @param name    how the capture is named in the report and in {@code source.capture}: a path relative to the
 *                folder the source was given in, or {@code file.warc.gz@offset} for a WARC record
 * @param file    the file problems are reported against (the WARC file for its records)
 * @param url     the page's original address, when the capture knows it (WARC target, canonical link)
 * @param bytes   the captured bytes, as saved
 * @param html    whether the bytes are HTML (else a plain-text capture of the visible text)
 * @param charset the encoding declared outside the bytes (a WARC record's HTTP header)
 * @param assets  the images saved with the page
 */
record Capture(String name, Path file, Optional<URI> url, byte[] bytes, boolean html, Optional<String> charset,
        Assets assets) {

    /** The images saved with a page, found by the address the page uses for them. Thread-safe. */
    interface Assets {
        /** The saved image {@code src} refers to (a relative or absolute address in the page at {@code page}). */
        Optional<Image> image(String src, Optional<URI> page);

        /** The keys (shared with {@link Capture#keys}) of the captures a link of the page may lead to. */
        java.util.List<String> linkKeys(String href, Optional<URI> page);
    }

    /** A saved image's bytes and its lower-case file extension (jpg, png, gif, webp). */
    record Image(byte[] bytes, String extension) {
    }

    /** Assets of a capture that has none (a plain-text capture). */
    static final Assets NONE = new Assets() {
        @Override
        public Optional<Image> image(String src, Optional<URI> page) {
            return Optional.empty();
        }

        @Override
        public java.util.List<String> linkKeys(String href, Optional<URI> page) {
            return Links.resolve(page, href).map(Links::urlKey).stream().toList();
        }
    };

    /** The keys links of other captures may reach this one by: its addresses, its file. */
    java.util.List<String> keys(Optional<URI> canonical) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        url.map(Links::urlKey).ifPresent(keys::add);
        canonical.map(Links::urlKey).filter(k -> !keys.contains(k)).ifPresent(keys::add);
        if (!name.contains("@")) {
            keys.add(Links.fileKey(file));
        }
        return keys;
    }
}
