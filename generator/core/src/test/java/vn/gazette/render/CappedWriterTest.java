package vn.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer a page is rendered into: the UTF-8 bytes of what was written, and a cap on its size. */
class CappedWriterTest {

    @Test
    void whatIsWrittenComesOutAsStringGetBytesEncodesItHoweverItIsCutIntoWrites() throws IOException {
        Random random = new Random(3);
        String[] pieces = {"Đà Nẵng", "<p class=\"x\">", "😀", "\uD83D", "\uDE00", "\uDC00", "a", "ế", "\u07FF",
            "\u0800", "\uFFFF", "\uDBFF\uDFFF", " ", "\u0080"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (round % 7 == 0) {
                text.append("x".repeat(5_000)).append("ữ".repeat(3_000)); // past the writer's scratch and first room
            }
            String whole = text.toString();
            TemplateRenderer.CappedWriter out = new TemplateRenderer.CappedWriter();
            for (int at = 0; at < whole.length();) {
                int length = Math.min(whole.length() - at, random.nextInt(5) == 0 ? 1 : random.nextInt(9000));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(whole.substring(at, at + length));
                    case 1 -> out.write(whole, at, length);
                    case 2 -> out.write(whole.toCharArray(), at, length);
                    default -> {
                        length = 1;
                        out.write(whole.charAt(at));
                    }
                }
                at += length;
            }
            assertThat(out.bytes()).as("round %d", round).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPageLongerThanTheCapIsStopped() throws IOException {
        TemplateRenderer.CappedWriter out = new TemplateRenderer.CappedWriter();
        String chunk = "ơ".repeat(1 << 20);
        for (int i = 0; i < TemplateRenderer.MAX_PAGE_CHARS >> 20; i++) {
            out.write(chunk);
        }
        assertThat(out.bytes()).hasSize(2 * TemplateRenderer.MAX_PAGE_CHARS);
        assertThatThrownBy(() -> out.write('a')).isInstanceOf(IOException.class);
    }
}
