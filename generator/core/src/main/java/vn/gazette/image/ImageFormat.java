package vn.gazette.image;

import java.util.Locale;
import java.util.Optional;

/** The raster formats Gazette resizes, recognised by their first bytes, never by the file name alone. */
public enum ImageFormat {
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png");

    private final String extension;
    private final String mediaType;

    ImageFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The extension variants are written with. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name promises: {@code .jpg}, {@code .jpeg} (any case) or {@code .png}. */
    public static Optional<ImageFormat> ofName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        if (lower.endsWith(".png")) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** What the bytes are, by their signature: a JPEG, a PNG, or a name for another format (for messages). */
    static String sniff(byte[] bytes) {
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (bytes.length >= 12 && starts(bytes, 'R', 'I', 'F', 'F') && bytes[8] == 'W' && bytes[9] == 'E'
                && bytes[10] == 'B' && bytes[11] == 'P') {
            return "WebP";
        }
        if (starts(bytes, 'B', 'M')) {
            return "BMP";
        }
        if (starts(bytes, 'I', 'I', '*', 0) || starts(bytes, 'M', 'M', 0, '*')) {
            return "TIFF";
        }
        return "";
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
