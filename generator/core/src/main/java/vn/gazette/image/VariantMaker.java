package vn.gazette.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.gazette.config.ImageSettings;
import vn.gazette.problem.Message;

/**
 * Makes the resized variants of one image with Java2D: decoded (subsampled when far larger than needed), turned
 * upright by its EXIF orientation, scaled down in steps of at most half (so thin lines do not break up), and encoded
 * again from pixels only, so no EXIF, GPS, XMP, IPTC or comment block of the original can reach the output. Never
 * enlarges. Stateless and thread-safe.
 */
final class VariantMaker {

    /** One encoded variant. */
    record Encoded(int width, int height, byte[] bytes) {
    }

    private final ImageDecoder decoder;
    private final ImageSettings settings;

    VariantMaker(ImageDecoder decoder, ImageSettings settings) {
        this.decoder = decoder;
        this.settings = settings;
    }

    /** The widths to publish for an image this wide: the configured ones below it, and its own width capped. */
    List<Integer> widths(int width) {
        List<Integer> widths = new ArrayList<>();
        for (int w : settings.widths()) {
            if (w < width) {
                widths.add(w);
            }
        }
        int largest = Math.min(width, settings.maxWidth());
        if (!widths.contains(largest)) {
            widths.add(largest);
        }
        return widths;
    }

    /** The variants, narrowest first. */
    List<Encoded> make(byte[] bytes, ImageDecoder.Header header) throws ImageException {
        List<Integer> widths = widths(header.shownWidth());
        int largest = widths.get(widths.size() - 1);
        int subsampling = Math.max(1, header.shownWidth() / (largest * 2));
        BufferedImage image = upright(flatten(decoder.pixels(bytes, header, subsampling), header.format()),
                header.orientation());
        List<Encoded> variants = new ArrayList<>();
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            int height = Math.max(1, (int) Math.round((double) header.shownHeight() * width / header.shownWidth()));
            image = scale(image, width, height);
            variants.add(0, new Encoded(width, height, encode(image, header.format())));
        }
        return variants;
    }

    /** The pixels as plain RGB (JPEG: transparency laid on white) or ARGB (PNG). */
    private static BufferedImage flatten(BufferedImage image, ImageFormat format) {
        boolean alpha = format == ImageFormat.PNG && image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = plain.createGraphics();
        if (!alpha) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        }
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return plain;
    }

    /** Turns the picture as EXIF orientation 2 to 8 says (mirrored, half-turned, quarter-turned). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage turnedImage = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
        Graphics2D g = turnedImage.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turnedImage;
    }

    /** Scales down in halving steps with bilinear filtering; an image already this size is returned as it is. */
    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() != width || current.getHeight() != height) {
            int w = Math.max(width, current.getWidth() / 2);
            int h = w == width ? height : Math.max(height, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, current.getType());
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    /** Encodes pixels only: the writer is given no metadata, so it writes none but the format's own header. */
    private byte[] encode(BufferedImage image, ImageFormat format) throws ImageException {
        ImageWriter writer = writer(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(settings.quality());
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new ImageException(Message.of("image.undecodable", format.name()));
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JDK's own writer, so the same pixels give the same bytes whichever plug-ins are on the class path. */
    private static ImageWriter writer(ImageFormat format) throws ImageException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png");
        ImageWriter chosen = null;
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (chosen == null || !candidate.getClass().getName().startsWith("com.twelvemonkeys")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new ImageException(Message.of("image.undecodable", format.name()));
        }
        return chosen;
    }
}
