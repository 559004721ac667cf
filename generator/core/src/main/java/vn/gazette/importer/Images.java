package vn.gazette.importer;

import java.util.Optional;

/** Recognises the raster images an article may carry by their first bytes, never by their name. Thread-safe. */
final class Images {

    private Images() {
    }

    static Optional<Capture.Image> recognise(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(new Capture.Image(b, "jpg"));
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of(new Capture.Image(b, "png"));
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of(new Capture.Image(b, "gif"));
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(new Capture.Image(b, "webp"));
        }
        return Optional.empty();
    }
}
