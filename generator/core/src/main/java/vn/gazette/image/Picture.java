package vn.gazette.image;

import java.util.List;
import java.util.Objects;

/**
 * A published image: its size as a reader sees it (orientation applied) and its resized variants, narrowest first.
 * Immutable.
 *
 * @param source   the original's output path, e.g. {@code articles/2023/x/anh-1.jpg} (what Markdown links name)
 * @param key      the digest of the source's bytes and the image settings: the same key, the same variants
 * @param width    of the largest variant, in pixels, after the EXIF orientation
 * @param height   of the largest variant, in pixels, after the EXIF orientation
 * @param variants the published variants, narrowest first; the last is the largest
 */
public record Picture(String source, String key, int width, int height, List<Variant> variants) {

    public Picture {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a picture has at least one variant");
        }
    }

    /** The largest variant: what {@code og:image} and the fallback {@code src} use. */
    public Variant largest() {
        return variants.get(variants.size() - 1);
    }

    /** The narrowest variant at least {@code width} pixels wide, or the largest. */
    public Variant atLeast(int width) {
        return variants.stream().filter(v -> v.width() >= width).findFirst().orElse(largest());
    }

    /** The {@code srcset} of an {@code <img>}: {@code /a/anh.480w.jpg 480w, /a/anh.960w.jpg 960w}. */
    public String srcset(java.util.function.UnaryOperator<String> link) {
        StringBuilder srcset = new StringBuilder();
        for (Variant variant : variants) {
            if (srcset.length() > 0) {
                srcset.append(", ");
            }
            srcset.append(link.apply(variant.outputPath())).append(' ').append(variant.width()).append('w');
        }
        return srcset.toString();
    }

    /**
     * One resized copy.
     *
     * @param outputPath where it is published, beside the original: {@code articles/2023/x/anh-1.960w.jpg}
     */
    public record Variant(int width, int height, String outputPath) {
    }
}
