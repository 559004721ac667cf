package vn.gazette.image;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import vn.gazette.problem.Message;

/**
 * Reads images safely: the format from the first bytes, the size from the header before any pixel is decoded (so
 * a decompression bomb is refused at once), the EXIF orientation, and then the pixels, subsampled while decoding
 * when the image is far larger than its largest variant. A truncated file is refused, not published half grey.
 * Stateless and thread-safe (each call uses its own ImageIO reader).
 */
final class ImageDecoder {

    /** What the header says. */
    record Header(ImageFormat format, int width, int height, int orientation) {
        /** Whether the EXIF orientation turns the picture a quarter (5 to 8): width and height swap. */
        boolean turned() {
            return orientation >= 5 && orientation <= 8;
        }

        int shownWidth() {
            return turned() ? height : width;
        }

        int shownHeight() {
            return turned() ? width : height;
        }
    }

    private final long maxPixels;

    ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The header, checked: the bytes are the format the name promises, and the pixel count is within the limit. */
    Header header(byte[] bytes, ImageFormat named) throws ImageException {
        String actual = ImageFormat.sniff(bytes);
        if (!actual.equals(named.name())) {
            throw new ImageException(actual.isEmpty() ? Message.of("image.unreadable", named.name())
                    : Message.of("image.mislabelled", actual, named.name(), actual.toLowerCase(java.util.Locale.ROOT)));
        }
        ImageReader reader = reader(named);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (width < 1 || height < 1) {
                throw new ImageException(Message.of("image.unreadable", named.name()));
            }
            if (pixels > maxPixels) {
                throw new ImageException(Message.of("image.tooLarge", width, height, megapixels(pixels),
                        megapixels(maxPixels)));
            }
            return new Header(named, width, height, named == ImageFormat.JPEG ? orientation(bytes) : 1);
        } catch (IOException | RuntimeException e) {
            throw new ImageException(Message.of("image.unreadable", named.name()));
        } finally {
            reader.dispose();
        }
    }

    /** The pixels, every {@code subsampling}-th row and column. */
    BufferedImage pixels(byte[] bytes, Header header, int subsampling) throws ImageException {
        ImageReader reader = reader(header.format());
        AtomicBoolean cutShort = new AtomicBoolean();
        reader.addIIOReadWarningListener((source, warning) -> {
            if (warning != null && warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
                cutShort.set(true);
            }
        });
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (cutShort.get()) {
                throw new ImageException(Message.of("image.truncated"));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new ImageException(Message.of(isCutShort(e) ? "image.truncated" : "image.undecodable",
                    header.format().name()));
        } finally {
            reader.dispose();
        }
    }

    private static boolean isCutShort(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof java.io.EOFException || text.contains("premature end") || text.contains("unexpected end")
                    || text.contains("eof")) {
                return true;
            }
        }
        return false;
    }

    /** The EXIF orientation (1 to 8), 1 when the file has none or it cannot be read. */
    static int orientation(byte[] bytes) {
        try {
            Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(bytes),
                    List.of(new ExifReader()));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : 1;
        } catch (JpegProcessingException | MetadataException | IOException | RuntimeException e) {
            return 1; // an unreadable EXIF block is left out with the rest of the metadata
        }
    }

    /**
     * A reader for the format: TwelveMonkeys' JPEG reader when ImageIO has it (it reads CMYK and broken-profile
     * JPEGs the JDK's refuses), else the JDK's.
     */
    private static ImageReader reader(ImageFormat format) throws ImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png");
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.twelvemonkeys")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new ImageException(Message.of("image.undecodable", format.name()));
        }
        return chosen;
    }

    private static String megapixels(long pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f", pixels / 1_000_000.0);
    }
}
