package vn.gazette.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Photo-like JPEGs for the benchmark corpus, drawn with Java2D (sky, hills, grain): each article's is different, so a
 * cold build really resizes every one. Deterministic for a seed. Stateless and thread-safe.
 */
final class BenchPhotos {

    /** A camera-sized photo: larger than the widest variant, so every variant is made by scaling down. */
    static final int WIDTH = 2000;
    static final int HEIGHT = 1333;

    private BenchPhotos() {
    }

    static void write(Path file, long seed) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(60 + random.nextInt(60), 120 + random.nextInt(40), 200), 0,
                HEIGHT * 0.6f, new Color(235, 220, 185)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int layer = 0; layer < 4; layer++) {
            g.setColor(new Color(30 + layer * 22 + random.nextInt(20), 80 + layer * 25, 40 + layer * 12));
            Polygon hill = new Polygon();
            hill.addPoint(0, HEIGHT);
            double phase = random.nextDouble() * 6;
            for (int x = 0; x <= WIDTH; x += 40) {
                hill.addPoint(x, (int) (HEIGHT * (0.4 + layer * 0.13) + Math.sin(x * 0.006 + phase) * HEIGHT * 0.07
                        + random.nextInt(HEIGHT / 60)));
            }
            hill.addPoint(WIDTH, HEIGHT);
            g.fillPolygon(hill);
        }
        g.dispose();
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y += 2) {
            image.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
            for (int x = 0; x < WIDTH; x += 3) {
                int d = random.nextInt(17) - 8;
                int rgb = row[x];
                row[x] = clamp((rgb >> 16 & 0xFF) + d) << 16 | clamp((rgb >> 8 & 0xFF) + d) << 8 | clamp((rgb & 0xFF) + d);
            }
            image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        ImageIO.write(image, "jpeg", file.toFile());
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
