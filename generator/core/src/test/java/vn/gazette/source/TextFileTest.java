package vn.gazette.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;

class TextFileTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        Path file = dir.resolve("file.md");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(dir)).toList();
    }

    @Test
    void readsUtf8Text() throws IOException {
        Optional<TextFile.Content> content = TextFile.read(file(utf8("""
                ---
                title: Hội nghị ở Đồng Đăng
                ---
                """)), problems);
        assertThat(content.map(TextFile.Content::text)).contains("---\ntitle: Hội nghị ở Đồng Đăng\n---\n");
        assertThat(messages()).isEmpty();
    }

    @Test
    void reportsTheLineAndColumnOfAByteThatIsNotUtf8() throws IOException {
        Optional<TextFile.Content> content = TextFile.read(file(utf8("""
                ---
                title: A
                date"""), bytes(0xFF), utf8("\n---\n")), problems);
        assertThat(content).isEmpty();
        assertThat(messages()).containsExactly(
                "file.md:3:5: error: not valid UTF-8 (byte 0xFF): save the file with the UTF-8 encoding");
        Problem problem = problems.sorted().get(0);
        assertThat(problem.stage()).isEqualTo("source");
        assertThat(problem.where().line()).isEqualTo(3);
        assertThat(problem.where().column()).isEqualTo(5);
    }

    @Test
    void countsColumnsInCharactersNotBytes() throws IOException {
        TextFile.read(file(utf8("Hà Nội\nĐồng Đăng "), bytes(0xE0), utf8(" x\n")), problems);
        assertThat(messages()).containsExactly(
                "file.md:2:11: error: not valid UTF-8 (byte 0xE0): save the file with the UTF-8 encoding");
    }

    @Test
    void refusesAFileSavedInWindows1252() throws IOException {
        TextFile.read(file("title: Hà Nội\n".getBytes(java.nio.charset.Charset.forName("windows-1252"))), problems);
        assertThat(messages()).containsExactly(
                "file.md:1:9: error: not valid UTF-8 (byte 0xE0): save the file with the UTF-8 encoding");
    }

    @Test
    void doesNotCountTheByteOrderMarkAsAColumn() throws IOException {
        TextFile.read(file(bytes(0xEF, 0xBB, 0xBF), utf8("ab"), bytes(0xFF)), problems);
        assertThat(messages()).containsExactly(
                "file.md:1:3: error: not valid UTF-8 (byte 0xFF): save the file with the UTF-8 encoding");
    }

    @Test
    void reportsASequenceCutOffAtTheEndOfTheFile() throws IOException {
        TextFile.read(file(utf8("Hà\nx"), bytes(0xE1, 0xBB)), problems);
        assertThat(messages()).containsExactly(
                "file.md:2:2: error: not valid UTF-8 (byte 0xE1): save the file with the UTF-8 encoding");
    }

    @Test
    void refusesOverlongEncodings() throws IOException {
        TextFile.read(file(utf8("a"), bytes(0xC0, 0xAF)), problems);
        assertThat(messages()).containsExactly(
                "file.md:1:2: error: not valid UTF-8 (byte 0xC0): save the file with the UTF-8 encoding");
    }

    @Test
    void refusesEncodedSurrogates() throws IOException {
        TextFile.read(file(bytes(0xED, 0xA0, 0x80)), problems);
        assertThat(messages()).containsExactly(
                "file.md:1:1: error: not valid UTF-8 (byte 0xED): save the file with the UTF-8 encoding");
    }

    @Test
    void reportsOnlyTheFirstBadByte() throws IOException {
        TextFile.read(file(utf8("a"), bytes(0xFE), utf8("\nb"), bytes(0xFF)), problems);
        assertThat(messages()).containsExactly(
                "file.md:1:2: error: not valid UTF-8 (byte 0xFE): save the file with the UTF-8 encoding");
    }

    @Test
    void stripsTheByteOrderMark() throws IOException {
        Optional<TextFile.Content> content = TextFile.read(file(bytes(0xEF, 0xBB, 0xBF), utf8("title: A\n")), problems);
        assertThat(content.map(TextFile.Content::text)).contains("title: A\n");
    }

    @Test
    void turnsCrlfAndLoneCrIntoLf() throws IOException {
        Optional<TextFile.Content> content = TextFile.read(file(utf8("---\r\ntitle: A\r\n---\rBody\r\n")), problems);
        assertThat(content.map(TextFile.Content::text)).contains("---\ntitle: A\n---\nBody\n");
    }

    @Test
    void givesDecomposedTextBackComposed() throws IOException {
        String nfd = Normalizer.normalize("Quảng Ngãi", Normalizer.Form.NFD);
        assertThat(nfd).hasSize(12);
        Optional<TextFile.Content> content = TextFile.read(file(utf8(nfd)), problems);
        assertThat(content.map(TextFile.Content::text)).contains("Quảng Ngãi");
        assertThat(content.get().text()).hasSize(10);
    }

    @Test
    void readsAnEmptyFile() throws IOException {
        Optional<TextFile.Content> content = TextFile.read(file(), problems);
        assertThat(content.map(TextFile.Content::text)).contains("");
        assertThat(messages()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheSizeLimit() throws IOException {
        assertThat(TextFile.MAX_BYTES).isEqualTo(4 * 1024 * 1024);
        Optional<TextFile.Content> content = TextFile.read(file(utf8("a".repeat(TextFile.MAX_BYTES))), problems);
        assertThat(content.get().text()).hasSize(TextFile.MAX_BYTES);
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        Optional<TextFile.Content> content = TextFile.read(file(utf8("a".repeat(TextFile.MAX_BYTES + 1))), problems);
        assertThat(content).isEmpty();
        assertThat(messages()).containsExactly(
                "file.md: error: file is 4194305 bytes; the limit is 4 MiB (4194304 bytes): split it into several articles");
    }

    @Test
    void checksumsTheRawBytes() throws IOException {
        byte[] raw = utf8("title: Hà Nội\r\n");
        Optional<TextFile.Content> content = TextFile.read(file(raw), problems);
        assertThat(content.get().checksum()).isEqualTo(TextFile.checksum(raw));
        assertThat(TextFile.checksum(raw)).isEqualTo(TextFile.checksum(raw.clone()));
    }

    @Test
    void givesADifferentChecksumWhenOneByteDiffers() {
        assertThat(TextFile.checksum(utf8("title: Hà Nội"))).isNotEqualTo(TextFile.checksum(utf8("title: Hà Nộj")));
        assertThat(TextFile.checksum(utf8("ab"))).isNotEqualTo(TextFile.checksum(utf8("ba")));
        assertThat(TextFile.checksum(new byte[0])).isNotEqualTo(TextFile.checksum(new byte[1]));
    }

    @Test
    void givesADifferentChecksumForTheSameTextStoredDifferently() throws IOException {
        long nfc = TextFile.read(file(utf8("Quảng\n")), problems).get().checksum();
        long nfd = TextFile.read(file(utf8(Normalizer.normalize("Quảng", Normalizer.Form.NFD) + "\n")), problems).get()
                .checksum();
        long crlf = TextFile.read(file(utf8("Quảng\r\n")), problems).get().checksum();
        assertThat(nfc).isNotEqualTo(nfd).isNotEqualTo(crlf);
        assertThat(nfd).isNotEqualTo(crlf);
    }
}
