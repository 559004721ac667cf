package vn.gazette.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.config.ImageSettings;
import vn.gazette.internal.Workers;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;

class ImageStageTest {

    @TempDir
    Path dir;

    private ImageStage.Pictures run(Path cache, List<ImageStage.Source> sources, Problems problems,
            ImageStage[] used) throws Exception {
        try (Workers workers = new Workers(2);
                ImageStage stage = ImageStage.open(Optional.of(cache), ImageSettings.DEFAULT)) {
            ImageStage.Pictures pictures = stage.process(sources, workers, problems);
            used[0] = stage;
            return pictures;
        }
    }

    private ImageStage.Source source(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new ImageStage.Source(file, "articles/x/" + name);
    }

    @Test
    void variantsHaveTheConfiguredWidthsAndAreNeverEnlarged() throws Exception {
        Problems problems = new Problems();
        ImageStage[] stage = new ImageStage[1];
        ImageStage.Pictures pictures = run(dir.resolve("cache"), List.of(
                source("rong.jpg", TestPhotos.jpeg(TestPhotos.scene(2000, 1000, 1))),
                source("nho.png", TestPhotos.png(TestPhotos.scene(700, 350, 2)))), problems, stage);
        assertThat(problems.all()).isEmpty();
        Picture wide = pictures.get("articles/x/rong.jpg").orElseThrow();
        assertThat(wide.variants()).extracting(Picture.Variant::width).containsExactly(480, 960, 1600);
        assertThat(wide.variants()).extracting(Picture.Variant::height).containsExactly(240, 480, 800);
        assertThat(wide.largest().outputPath()).isEqualTo("articles/x/rong.1600w.jpg");
        Picture small = pictures.get("articles/x/nho.png").orElseThrow();
        assertThat(small.variants()).extracting(Picture.Variant::width).containsExactly(480, 700);
        for (Picture picture : List.of(wide, small)) {
            for (Picture.Variant variant : picture.variants()) {
                BufferedImage read = ImageIO.read(pictures.files().get(variant.outputPath()).toFile());
                assertThat(read.getWidth()).isEqualTo(variant.width());
                assertThat(read.getHeight()).isEqualTo(variant.height());
            }
        }
        assertThat(stage[0].resized()).isEqualTo(2);
    }

    @Test
    void aPhonePhotoIsTurnedUprightAndLosesItsExifAndGpsPosition() throws Exception {
        byte[] photo = TestPhotos.withExif(TestPhotos.jpeg(TestPhotos.scene(1200, 800, 3)), 6, 21.8537, 106.7615);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation().getLatitude())
                .isCloseTo(21.8537, org.assertj.core.data.Offset.offset(0.001));
        assertThat(before.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
                .isEqualTo(6);

        Problems problems = new Problems();
        ImageStage.Pictures pictures = run(dir.resolve("cache"), List.of(source("dien-thoai.jpg", photo)), problems,
                new ImageStage[1]);
        assertThat(problems.all()).isEmpty();
        Picture picture = pictures.get("articles/x/dien-thoai.jpg").orElseThrow();
        assertThat(picture.width()).isEqualTo(800); // turned a quarter: 1200×800 shows as 800×1200
        assertThat(picture.height()).isEqualTo(1200);
        for (Picture.Variant variant : picture.variants()) {
            byte[] out = Files.readAllBytes(pictures.files().get(variant.outputPath()));
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(out));
            assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
            for (Directory directory : after.getDirectories()) {
                assertThat(directory.getName()).isIn("JPEG", "JFIF", "Huffman", "File Type");
            }
            assertThat(new String(out, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
                    .doesNotContain("Phone7");
        }
    }

    @Test
    void aWarmRunResizesNothing() throws Exception {
        Path cache = dir.resolve("cache");
        List<ImageStage.Source> sources = List.of(source("a.jpg", TestPhotos.jpeg(TestPhotos.scene(1000, 600, 4))),
                source("b.png", TestPhotos.png(TestPhotos.scene(600, 400, 5))));
        ImageStage[] cold = new ImageStage[1];
        ImageStage.Pictures first = run(cache, sources, new Problems(), cold);
        ImageStage[] warm = new ImageStage[1];
        ImageStage.Pictures second = run(cache, sources, new Problems(), warm);
        assertThat(cold[0].resized()).isEqualTo(2);
        assertThat(warm[0].resized()).isZero();
        assertThat(second.byPath()).isEqualTo(first.byPath());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithinASecond() throws Exception {
        Problems problems = new Problems();
        long start = System.nanoTime();
        run(dir.resolve("cache"), List.of(source("bom.png", bombPng(20_000, 20_000))), problems, new ImageStage[1]);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(1000);
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith(dir.resolve("src/bom.png") + ": error: the image is 20000×20000 pixels "
                    + "(400.0 megapixels), more than the limit of 50.0 megapixels");
        });
    }

    @Test
    void aTruncatedOrMislabelledFileIsAnErrorNamingIt() throws Exception {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.scene(800, 600, 6));
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        byte[] png = TestPhotos.png(TestPhotos.scene(300, 200, 7));
        byte[] cutPng = java.util.Arrays.copyOf(png, png.length / 2);
        // the decoders' classes are loaded first: what is timed is the work on the broken files
        run(dir.resolve("warm"), List.of(source("tot.jpg", jpeg), source("tot.png", png)), new Problems(),
                new ImageStage[1]);
        Problems problems = new Problems();
        long start = System.nanoTime();
        run(dir.resolve("cache"), List.of(source("cut.jpg", cut), source("la.jpg", png), source("cut.png", cutPng),
                source("rac.png", "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8))), problems,
                new ImageStage[1]);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                dir.resolve("src/cut.jpg") + ": error: the image is cut short (the file ends before the picture does): "
                        + "copy it again from the original",
                dir.resolve("src/cut.png") + ": error: the image is cut short (the file ends before the picture does): "
                        + "copy it again from the original",
                dir.resolve("src/la.jpg") + ": error: this file holds PNG data but its name says JPEG: rename it to "
                        + "end in .png",
                dir.resolve("src/rac.png") + ": error: this file is not a readable PNG image: export it again from the "
                        + "camera or the photo editor");
    }

    /** A PNG that claims {@code w×h} pixels with a few bytes of compressed zeros: decoding it would need gigabytes. */
    static byte[] bombPng(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13);
        ihdr.putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[(w * 3 + 1) * 50]);
        deflater.finish();
        byte[] buffer = new byte[65536];
        int n = deflater.deflate(buffer);
        chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
