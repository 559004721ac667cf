package vn.gazette.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gazette.config.ImageSettings;
import vn.gazette.internal.Workers;
import vn.gazette.site.Article;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * The image stage of a build: makes (or finds in the cache) the variants of every source image, on all the build's
 * workers, and reports each unusable image at its file. Without a build cache the variants are made in a temporary
 * folder deleted when the stage is closed. Thread-safe; one per build.
 */
public final class ImageStage implements AutoCloseable {

    public static final String STAGE = "image";

    /** A raster image the site publishes: the file and the output path of the original. */
    public record Source(Path file, String outputPath) {
    }

    /**
     * What the stage made: each image by its original's output path, and each variant's bytes by its output path.
     */
    public record Pictures(Map<String, Picture> byPath, Map<String, Path> files) {
        public Pictures {
            byPath = Map.copyOf(byPath);
            files = Map.copyOf(files);
        }

        public Optional<Picture> get(String outputPath) {
            return Optional.ofNullable(byPath.get(outputPath));
        }

        /** The picture an article's {@code image:} names, if it was published. */
        public Optional<Picture> lead(Article article) {
            return article.front().image().flatMap(image -> outputPath(article, image.src())).flatMap(this::get);
        }

        /** The site-wide default image, if the site has one and it was published. */
        public Optional<Picture> siteDefault(ImageSettings settings) {
            return settings.defaultImage().flatMap(image -> outputPath(null, "/" + image.src())).flatMap(this::get);
        }

        /**
         * Where an image named in front matter or site.yaml is published: {@code toan-canh.jpg} beside the article's
         * page, {@code /anh/logo.png} from the content root; empty for an address outside the site.
         */
        public static Optional<String> outputPath(Article article, String src) {
            if (src.contains(":") || src.startsWith("//") || src.contains("\\")) {
                return Optional.empty();
            }
            String base = src.startsWith("/") || article == null ? "/" : article.url();
            String resolved = java.net.URI.create("https://x" + base).resolve(src.startsWith("/") ? src.substring(1)
                    : src.replace(" ", "%20")).normalize().getPath();
            return resolved.length() > 1 && !resolved.contains("/../") ? Optional.of(resolved.substring(1)
                    .replace("%20", " ")) : Optional.empty();
        }
    }

    private final ImageCache cache;
    private final Optional<Path> scratch;
    private final ImageDecoder decoder;
    private final VariantMaker maker;
    private final AtomicInteger resized = new AtomicInteger();

    private ImageStage(Path folder, Optional<Path> scratch, ImageSettings settings) {
        this.cache = new ImageCache(folder, settings.variantKey());
        this.scratch = scratch;
        this.decoder = new ImageDecoder(settings.maxPixels());
        this.maker = new VariantMaker(decoder, settings);
    }

    /** @param cacheFolder the build cache, or empty for a build without one */
    public static ImageStage open(Optional<Path> cacheFolder, ImageSettings settings) throws IOException {
        if (cacheFolder.isPresent()) {
            return new ImageStage(cacheFolder.get().resolve("images"), Optional.empty(), settings);
        }
        Path scratch = Files.createTempDirectory("gazette-images-");
        return new ImageStage(scratch, Optional.of(scratch), settings);
    }

    /** Whether a file is one the stage resizes (by its name; its bytes are checked when it is read). */
    public static boolean isRaster(String name) {
        return ImageFormat.ofName(name).isPresent();
    }

    public Pictures process(List<Source> sources, Workers workers, Problems problems) throws IOException {
        Map<String, Picture> pictures = new ConcurrentHashMap<>();
        Map<String, Path> files = new ConcurrentHashMap<>();
        workers.forEach(sources, source -> {
            try {
                Picture picture = picture(source, files);
                pictures.put(picture.source(), picture);
            } catch (ImageException e) {
                problems.error(SourcePosition.of(source.file()), STAGE, e.problem());
            }
        });
        return new Pictures(pictures, files);
    }

    private Picture picture(Source source, Map<String, Path> files) throws IOException, ImageException {
        ImageFormat format = ImageFormat.ofName(source.outputPath()).orElseThrow();
        byte[] bytes = Files.readAllBytes(source.file());
        String key = cache.key(bytes);
        Optional<List<ImageCache.Entry>> cached = cache.get(key);
        List<ImageCache.Entry> entries;
        if (cached.isPresent()) {
            entries = cached.get();
        } else {
            ImageDecoder.Header header = decoder.header(bytes, format);
            entries = cache.put(key, maker.make(bytes, header));
            resized.incrementAndGet();
        }
        List<Picture.Variant> variants = new ArrayList<>();
        for (ImageCache.Entry entry : entries) {
            String path = variantPath(source.outputPath(), entry.width(), format);
            variants.add(new Picture.Variant(entry.width(), entry.height(), path));
            files.put(path, entry.file());
        }
        Picture.Variant largest = variants.get(variants.size() - 1);
        return new Picture(source.outputPath(), key, largest.width(), largest.height(), variants);
    }

    /** {@code articles/x/anh-1.jpg} at 960 pixels is published as {@code articles/x/anh-1.960w.jpg}. */
    static String variantPath(String original, int width, ImageFormat format) {
        int dot = original.lastIndexOf('.');
        return original.substring(0, dot) + "." + width + "w." + format.extension();
    }

    /** Images resized by this build (the others came from the cache). */
    public int resized() {
        return resized.get();
    }

    @Override
    public void close() throws IOException {
        if (scratch.isPresent()) {
            ImageCache.deleteTree(scratch.get());
        }
    }
}
