package vn.gazette.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Images made for tests and for the sample archive, drawn with Java2D: a photo-like scene (sky, hills, noise), and
 * a phone photo's EXIF block (orientation and a GPS position) spliced into a JPEG. Deterministic for a seed.
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A photo-like picture: a sky gradient, hills, a sun and grain, so JPEG sizes are realistic. */
    public static BufferedImage scene(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(70 + random.nextInt(40), 130, 200), 0, height * 0.6f,
                new Color(230, 220, 190)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(250, 210, 120));
        int sun = Math.max(8, width / 10);
        g.fillOval(width / 5 + random.nextInt(Math.max(1, width / 2)), height / 8, sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(new Color(40 + layer * 25, 90 + layer * 30 - random.nextInt(20), 50 + layer * 10));
            java.awt.Polygon hill = new java.awt.Polygon();
            hill.addPoint(0, height);
            for (int x = 0; x <= width; x += Math.max(4, width / 24)) {
                hill.addPoint(x, (int) (height * (0.45 + layer * 0.15) + Math.sin(x * 0.01 + layer + seed) * height
                        * 0.06 + random.nextInt(Math.max(1, height / 40))));
            }
            hill.addPoint(width, height);
            g.fillPolygon(hill);
        }
        g.dispose();
        for (int i = 0; i < width * height / 6; i++) {
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int rgb = image.getRGB(x, y);
            int d = random.nextInt(31) - 15;
            image.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) + d) << 16) | (clamp(((rgb >> 8) & 0xFF) + d) << 8)
                    | clamp((rgb & 0xFF) + d));
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF block right after its start marker, as a phone writes it: the orientation and a GPS
     * position (degrees, minutes, seconds), plus the camera's make.
     */
    public static byte[] withExif(byte[] jpeg, int orientation, double latitude, double longitude) {
        ByteBuffer tiff = ByteBuffer.allocate(160).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3); // IFD0 at 8: make, orientation, GPS pointer
        entry(tiff, 0x010F, 2, 8, 152); // Make, ASCII, 8 bytes at 152
        entry(tiff, 0x0112, 3, 1, orientation);
        entry(tiff, 0x8825, 4, 1, 50); // GPS IFD at 50
        tiff.putInt(0);
        tiff.putShort((short) 4); // GPS IFD at 50
        entry(tiff, 0x0001, 2, 2, latitude >= 0 ? 'N' : 'S');
        entry(tiff, 0x0002, 5, 3, 104);
        entry(tiff, 0x0003, 2, 2, longitude >= 0 ? 'E' : 'W');
        entry(tiff, 0x0004, 5, 3, 128);
        tiff.putInt(0);
        rationals(tiff, Math.abs(latitude));
        rationals(tiff, Math.abs(longitude));
        tiff.put("Phone7\0\0".getBytes(StandardCharsets.US_ASCII));
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3) {
            tiff.putShort((short) value).putShort((short) 0);
        } else {
            tiff.putInt(value);
        }
    }

    private static void rationals(ByteBuffer tiff, double degrees) {
        int d = (int) degrees;
        double minutes = (degrees - d) * 60;
        int m = (int) minutes;
        int s100 = (int) Math.round((minutes - m) * 60 * 100);
        tiff.putInt(d).putInt(1).putInt(m).putInt(1).putInt(s100).putInt(100);
    }
}
