package vn.gazette.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a site's raster images are published ({@code images:} in site.yaml). Immutable.
 *
 * @param widths       the widths of the resized variants, ascending; an image is never enlarged
 * @param maxPixels    an image with more pixels than this is refused before it is decoded
 * @param quality      JPEG quality of the variants, 0.1 to 1.0
 * @param originals    whether the original files are published too (with their metadata: off by default)
 * @param defaultImage the site-wide image for articles without one (a path from the content root), and its alt text
 * @param cardImages   whether lists show each article's image on its card
 */
public record ImageSettings(List<Integer> widths, long maxPixels, float quality, boolean originals,
        Optional<DefaultImage> defaultImage, boolean cardImages) {

    public static final List<Integer> DEFAULT_WIDTHS = List.of(480, 960, 1600);
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    public static final float DEFAULT_QUALITY = 0.82f;
    public static final ImageSettings DEFAULT = new ImageSettings(DEFAULT_WIDTHS, DEFAULT_MAX_PIXELS, DEFAULT_QUALITY,
            false, Optional.empty(), true);

    /** The site-wide image: {@code images.default: {src: logo.png, alt: "..."}}. */
    public record DefaultImage(String src, String alt) {
        public DefaultImage {
            Objects.requireNonNull(src, "src");
            Objects.requireNonNull(alt, "alt");
        }
    }

    public ImageSettings {
        widths = List.copyOf(widths);
        if (widths.isEmpty() || maxPixels < 1 || quality <= 0 || quality > 1) {
            throw new IllegalArgumentException("image settings out of range");
        }
        Objects.requireNonNull(defaultImage, "defaultImage");
    }

    /** The widest variant. */
    public int maxWidth() {
        return widths.get(widths.size() - 1);
    }

    /** What the variants of an image depend on besides its bytes, for the image cache's keys. */
    public String variantKey() {
        return widths + "|" + quality;
    }
}
