package vn.gazette.render.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gazette.image.Picture;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Site;

/**
 * The resized variants of every published JPEG and PNG ({@code articles/2023/x/anh.960w.jpg}), as the image stage
 * made them or found them in its cache: binary files whose input is the picture's source path, width and the digest
 * of the source's bytes and the image settings, so an unchanged image is carried over, never written again.
 * Unless the site publishes its originals ({@code images.originals: true}), the original's own address serves a
 * copy of the largest variant, so that a link to it (a logo or favicon in site.yaml, {@code <a href>} to the photo,
 * a theme's picture) still leads to the picture, without its metadata.
 */
public final class ImageVariants implements OutputKind {

    /**
     * @param path  where the variant is published
     * @param key   the digest of the source's bytes and the settings (the image cache's key)
     * @param width its width in pixels
     */
    public record Input(String path, String key, int width) {
    }

    @Override
    public String name() {
        return "image";
    }

    @Override
    public List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier) {
        List<Picture> pictures = new ArrayList<>(pages.images().byPath().values());
        pictures.sort(Comparator.comparing(Picture::source));
        List<Output> outputs = new ArrayList<>();
        for (Picture picture : pictures) {
            for (Picture.Variant variant : picture.variants()) {
                Path file = pages.images().files().get(variant.outputPath());
                outputs.add(new Output.File(name(), variant.outputPath(), new Input(variant.outputPath(), picture.key(),
                        variant.width()), () -> read(file)));
            }
            if (!site.config().images().originals()) {
                Picture.Variant largest = picture.largest();
                Path file = pages.images().files().get(largest.outputPath());
                outputs.add(new Output.File(name(), picture.source(), new Input(picture.source(), picture.key(),
                        largest.width()), () -> read(file)));
            }
        }
        return outputs;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
