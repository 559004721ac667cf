package vn.gazette.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the sample archive's pictures (run once by hand; the output is committed):
 * {@code java -cp generator/core/target/test-classes:generator/core/target/classes:$(cat cp.txt)
 * vn.gazette.image.SampleImages content}. The photo of the Lạng Sơn training carries a phone's EXIF block with a GPS
 * position, so the sample site shows that none reaches the published variants.
 */
public final class SampleImages {

    private SampleImages() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        Path langSon = content.resolve("articles/2023/lang-son-tap-huan-thong-tin-doi-ngoai-trang-dinh-van-lang");
        write(langSon.resolve("toan-canh.jpg"), TestPhotos.withExif(TestPhotos.jpeg(TestPhotos.scene(1200, 780, 2023)),
                1, 22.0686, 106.4950));
        write(langSon.resolve("hoc-vien.jpg"), TestPhotos.jpeg(TestPhotos.scene(1000, 640, 130)));
        Path caoBang = content.resolve("articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023");
        write(caoBang.resolve("poster.png"), TestPhotos.png(poster(900, 600, new Color(0x1f, 0x5f, 0x8b))));
        Path haGiang = content.resolve("articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi");
        write(haGiang.resolve("cao-nguyen-da.jpg"), TestPhotos.jpeg(TestPhotos.scene(1000, 660, 2024)));
        write(content.resolve("anh/logo.png"), TestPhotos.png(logo(400)));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        System.out.println(file + ": " + bytes.length + " bytes");
    }

    /** A poster of an event: bands of colour and a lectern, no text (the article says what it is). */
    static BufferedImage poster(int width, int height, Color base) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(base);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xc8, 0x10, 0x2e));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.setColor(new Color(0xff, 0xcd, 0x00));
        int star = height / 5;
        int cx = width / 2;
        int cy = height / 3;
        java.awt.Polygon p = new java.awt.Polygon();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? star : star * 0.4;
            double a = Math.PI / 2 + i * Math.PI / 5;
            p.addPoint((int) (cx + r * Math.cos(a)), (int) (cy - r * Math.sin(a)));
        }
        g.fillPolygon(p);
        g.setColor(new Color(0x6b, 0x3e, 0x1e));
        g.fillRect(cx - width / 12, height * 2 / 3 - height / 10, width / 6, height / 4);
        g.dispose();
        return image;
    }

    /** The sample agency's logo: a ring with a dove-like chevron. */
    static BufferedImage logo(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xa1, 0x1d, 0x21));
        g.fillOval(0, 0, size, size);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(size / 16f));
        g.drawOval(size / 8, size / 8, size * 3 / 4, size * 3 / 4);
        g.drawLine(size / 4, size / 2, size / 2, size * 2 / 3);
        g.drawLine(size / 2, size * 2 / 3, size * 3 / 4, size / 3);
        g.dispose();
        return image;
    }
}
