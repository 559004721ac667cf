package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.junit.jupiter.api.Test;

class ByteOutputTest {

    private static final byte[] BIG = new byte[150_000];

    static {
        new java.util.Random(4).nextBytes(BIG);
    }

    /** Every kind of value, at the edges of its range, and pieces smaller and larger than a buffer. */
    private static void writeAll(DataOutput out) throws IOException {
        ByteInputTest.writeValues(out);
        out.writeBytes("ASCII");
        out.writeChars("Lạng");
        out.write(new byte[] {9, 1, 2, 3, 9}, 1, 3);
        out.write(BIG);
        for (int i = 0; i < 20_000; i++) { // across many ends of the buffer
            out.writeLong(i * 0x0101_0101_0101L);
        }
    }

    private static byte[] theirs() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeAll(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @Test
    void writesTheBytesADataOutputStreamWritesInMemory() throws IOException {
        ByteOutput mine = ByteOutput.inMemory();
        writeAll(mine);
        assertThat(mine.toByteArray()).isEqualTo(theirs());
        mine.reset();
        mine.writeInt(7);
        assertThat(mine.toByteArray()).containsExactly(0, 0, 0, 7);
    }

    @Test
    void writesTheBytesADataOutputStreamWritesToAStreamAndHandsThemOnWhenFlushed() throws IOException {
        ByteArrayOutputStream under = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        ByteOutput mine = ByteOutput.to(new CheckedOutputStream(under, crc));
        mine.writeInt(1);
        assertThat(under.size()).isZero(); // buffered
        mine.flush();
        assertThat(under.toByteArray()).containsExactly(0, 0, 0, 1);
        writeAll(mine);
        mine.flush();
        CRC32 expected = new CRC32();
        expected.update(new byte[] {0, 0, 0, 1});
        expected.update(theirs());
        assertThat(crc.getValue()).isEqualTo(expected.getValue());
        mine.writeLong(crc.getValue());
        mine.close();
        byte[] all = under.toByteArray();
        assertThat(java.util.Arrays.copyOfRange(all, 4, all.length - 8)).isEqualTo(theirs());
        assertThat(ByteInput.of(java.util.Arrays.copyOfRange(all, all.length - 8, all.length)).readLong())
                .isEqualTo(expected.getValue());
    }

    @Test
    void anOutputToAStreamKeepsNothingToGiveBack() {
        ByteOutput out = ByteOutput.to(new ByteArrayOutputStream());
        assertThatThrownBy(out::toByteArray).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(out::reset).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCheckedOutputEndsWithTheChecksumACheckedInputReadsUpToThere() throws IOException {
        ByteArrayOutputStream under = new ByteArrayOutputStream();
        try (ByteOutput mine = ByteOutput.checked(under)) {
            writeAll(mine); // a large piece goes straight through, the rest in buffers
            mine.writeChecksum();
        }
        byte[] written = under.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(written, 0, written.length - 8);
        assertThat(java.nio.ByteBuffer.wrap(written, written.length - 8, 8).getLong()).isEqualTo(crc.getValue());
        try (ByteInput in = ByteInput.checked(new java.io.ByteArrayInputStream(written))) {
            in.skipBytes(written.length - 8);
            long sum = in.checksum();
            assertThat(in.readLong()).isEqualTo(sum);
        }
        assertThatThrownBy(() -> ByteOutput.to(new ByteArrayOutputStream()).writeChecksum())
                .isInstanceOf(IllegalStateException.class);
    }
}
