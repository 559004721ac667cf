package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void theDigestOfBytesIsTheTwoCrcsTheCachesAlwaysStored() {
        byte[] bytes = "Hội nghị tập huấn".getBytes(StandardCharsets.UTF_8);
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        assertThat(Digest.of(bytes)).isEqualTo(c.getValue() << 32 | d.getValue());
        assertThat(Digest.of("Hội nghị tập huấn")).isEqualTo(Digest.of(bytes));
    }

    @Test
    void anyMixOfNumbersTextsAndBytesIsTheTwoCrcsOfTheirBytesInOrderWhereverTheBufferFills() {
        java.util.Random random = new java.util.Random(3);
        String[] texts = {"", "a", "Hội nghị tập huấn", "Đà Nẵng 🇻🇳", "\uD800 lẻ", "x\uDC00", "thông tin đối ngoại ".repeat(60)};
        for (int round = 0; round < 300; round++) {
            Digest digest = new Digest();
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            for (int step = random.nextInt(40); step > 0; step--) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        long value = random.nextLong();
                        digest.add(value);
                        for (int i = 0; i < 8; i++) {
                            expected.write((int) (value >>> (8 * i)));
                        }
                    }
                    case 1 -> {
                        String text = texts[random.nextInt(texts.length)];
                        digest.add(text);
                        expected.writeBytes(text.getBytes(StandardCharsets.UTF_8));
                        expected.write(0xFF);
                    }
                    case 2 -> {
                        byte[] bytes = new byte[random.nextInt(3) == 0 ? 600 + random.nextInt(2000) : random.nextInt(40)];
                        random.nextBytes(bytes);
                        int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                        digest.bytes(bytes, offset, bytes.length - offset);
                        expected.write(bytes, offset, bytes.length - offset);
                    }
                    default -> {
                        digest.add((String) null);
                        expected.write(0);
                        expected.write(0xFF);
                    }
                }
            }
            assertThat(digest.value()).as("round %d", round).isEqualTo(crcs(expected.toByteArray()));
        }
        for (String text : texts) {
            assertThat(Digest.of(text)).isEqualTo(crcs(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static long crcs(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return c.getValue() << 32 | d.getValue();
    }

    @Test
    void textsAreSeparatedSoTheirBoundariesCount() {
        assertThat(new Digest().add("ab").add("c").value()).isNotEqualTo(new Digest().add("a").add("bc").value());
        assertThat(new Digest().add((String) null).value()).isNotEqualTo(new Digest().add("").value());
        assertThat(new Digest().add(1).add(2).value()).isNotEqualTo(new Digest().add(2).add(1).value());
        assertThat(new Digest().add("x").add(7).value()).isEqualTo(new Digest().add("x").add(7).value());
    }

    @Test
    void theCodeOfAClassIsItsClassFileAndThoseOfTheClassesInIt() throws java.io.IOException {
        byte[] outer;
        byte[] itsOwn;
        byte[] inner;
        try (var in = Digest.class.getResourceAsStream("Digest.class")) {
            outer = in.readAllBytes();
        }
        try (var in = Digest.class.getResourceAsStream("Digest$Utf8.class")) {
            itsOwn = in.readAllBytes();
        }
        try (var in = DigestTest.class.getResourceAsStream("DigestTest$Nested.class")) {
            inner = in.readAllBytes();
        }
        assertThat(new Digest().code(Digest.class).value()).isEqualTo(new Digest().bytes(outer).bytes(itsOwn)
                .value());
        assertThat(new Digest().code(Nested.class).value()).isEqualTo(Digest.of(inner));
        assertThat(new Digest().code(DigestTest.class).value()).isNotEqualTo(new Digest().code(Nested.class).value());
        assertThat(new Digest().code(DigestTest.class).value()).isEqualTo(new Digest().code(DigestTest.class).value());
    }

    private static final class Nested {
    }

    @Test
    void aLongTextIsDigestedAsItsUtf8BytesWhereverItsPiecesEndAndWhateverLoneSurrogatesItHas() {
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"a", "ậ", "Đà Nẵng ", "🇻🇳", "\uD800", "\uDC00", "x", "\n"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = Digest.LONG_TEXT - 10 + random.nextInt(40_000);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String body = text.toString();
            assertThat(Digest.of(body)).as("round %d, %d chars", round, body.length())
                    .isEqualTo(Digest.of(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(new Digest().add(body).value()).isEqualTo(new Digest().bytes(body.getBytes(
                    StandardCharsets.UTF_8)).bytes(new byte[] {(byte) 0xFF}).value());
        }
    }
}
