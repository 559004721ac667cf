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
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeByte(-128);
        out.write(255);
        out.writeShort(-2);
        out.writeShort(65_535);
        out.writeChar('Đ');
        for (int value : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x80_7F_FF_01}) {
            out.writeInt(value);
        }
        for (long value : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x80_00_00_00_FF_FF_FF_FFL, 1L << 31}) {
            out.writeLong(value);
        }
        out.writeFloat(-1.5f);
        out.writeDouble(Math.PI);
        out.writeUTF("Hội nghị tập huấn thông tin đối ngoại");
        out.writeBytes("ASCII");
        out.writeChars("Lạng");
        LongText.write(out, "Lạng Sơn, Cao Bằng");
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
}
