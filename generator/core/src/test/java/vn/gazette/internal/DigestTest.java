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
    void textsAreSeparatedSoTheirBoundariesCount() {
        assertThat(new Digest().add("ab").add("c").value()).isNotEqualTo(new Digest().add("a").add("bc").value());
        assertThat(new Digest().add((String) null).value()).isNotEqualTo(new Digest().add("").value());
        assertThat(new Digest().add(1).add(2).value()).isNotEqualTo(new Digest().add(2).add(1).value());
        assertThat(new Digest().add("x").add(7).value()).isEqualTo(new Digest().add("x").add(7).value());
    }

    @Test
    void theCodeOfAClassIsItsClassFileAndThoseOfTheClassesInIt() throws java.io.IOException {
        byte[] outer;
        byte[] inner;
        try (var in = Digest.class.getResourceAsStream("Digest.class")) {
            outer = in.readAllBytes();
        }
        try (var in = DigestTest.class.getResourceAsStream("DigestTest$Nested.class")) {
            inner = in.readAllBytes();
        }
        assertThat(new Digest().code(Digest.class).value()).isEqualTo(Digest.of(outer));
        assertThat(new Digest().code(Nested.class).value()).isEqualTo(Digest.of(inner));
        assertThat(new Digest().code(DigestTest.class).value()).isNotEqualTo(new Digest().code(Nested.class).value());
        assertThat(new Digest().code(DigestTest.class).value()).isEqualTo(new Digest().code(DigestTest.class).value());
    }

    private static final class Nested {
    }
}
