package vn.gazette.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test material for the importer: a content folder with the project's province vocabulary, and the seed captures. */
final class ImportFixtures {

    static final List<String> SEEDS = List.of("000_f5058615c9378c90.txt", "001_093b0ffc31945a41.txt",
            "002_ec90c3acedc3e3a1.txt", "003_5fb768db4d6624d3.txt", "004_29c128fa32c5829d.txt");

    private ImportFixtures() {
    }

    /** A content folder holding site.yaml and the project's provinces.yaml. */
    static Path contentFolder(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: \"Lưu trữ\"\nbaseUrl: \"https://example.gov.vn/\"\n"
                + "language: vi\ntimeZone: Asia/Ho_Chi_Minh\n");
        Files.copy(vn.gazette.ProjectFiles.sampleContent().resolve("provinces.yaml"), content.resolve("provinces.yaml"));
        return content;
    }

    static Path copySeeds(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String seed : SEEDS) {
            try (InputStream in = ImportFixtures.class.getResourceAsStream("seeds/" + seed)) {
                Files.copy(in, folder.resolve(seed));
            }
        }
        return folder;
    }

    static final List<String> PORTAL_PAGES = List.of("wordpress-2019.html", "liferay-2021.html", "table-portal-2016.htm",
            "jsonld-2024.html", "after-merger-2025.html");

    /** The portal-layout fixtures, with the images a browser saves beside a page ("page_files/"). */
    static Path writePortalPages(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String page : PORTAL_PAGES) {
            Files.write(folder.resolve(page), resource("portal/" + page));
        }
        png(folder.resolve("wordpress-2019_files/toan-canh.png"), 0x3366cc);
        png(folder.resolve("liferay-2021_files/hoi-truong.png"), 0xcc6633);
        png(folder.resolve("liferay-2021_files/logo.png"), 0x111111);
        return folder;
    }

    static byte[] png(int rgb) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 6; y++) {
                image.setRGB(x, y, rgb + x * 8 + y);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void png(Path file, int rgb) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, png(rgb));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportFixtures.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
