package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteInputTest {

    /** Every kind of value a DataOutputStream writes, at the edges of its range, then three bytes. */
    private static byte[] written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        writeValues(out);
        out.write(new byte[] {1, 2, 3});
        return bytes.toByteArray();
    }

    /** Every kind of value, at the edges of its range (for {@link ByteOutputTest} too). */
    static void writeValues(DataOutput out) throws IOException {
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeByte(-128);
        out.writeByte(255);
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
        LongText.write(out, "Lạng Sơn, Cao Bằng");
    }

    @Test
    void readsBackWhatADataOutputStreamWroteAsADataInputStreamDoes() throws IOException {
        byte[] bytes = written();
        ByteInput mine = ByteInput.of(bytes);
        DataInputStream theirs = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        assertThat(mine.readBoolean()).isEqualTo(theirs.readBoolean()).isTrue();
        assertThat(mine.readBoolean()).isEqualTo(theirs.readBoolean()).isFalse();
        assertThat(mine.readByte()).isEqualTo(theirs.readByte()).isEqualTo((byte) -128);
        assertThat(mine.readUnsignedByte()).isEqualTo(theirs.readUnsignedByte()).isEqualTo(255);
        assertThat(mine.readShort()).isEqualTo(theirs.readShort()).isEqualTo((short) -2);
        assertThat(mine.readUnsignedShort()).isEqualTo(theirs.readUnsignedShort()).isEqualTo(65_535);
        assertThat(mine.readChar()).isEqualTo(theirs.readChar()).isEqualTo('Đ');
        for (int i = 0; i < 5; i++) {
            assertThat(mine.readInt()).isEqualTo(theirs.readInt());
        }
        for (int i = 0; i < 6; i++) {
            assertThat(mine.readLong()).isEqualTo(theirs.readLong());
        }
        assertThat(mine.readFloat()).isEqualTo(theirs.readFloat()).isEqualTo(-1.5f);
        assertThat(mine.readDouble()).isEqualTo(theirs.readDouble()).isEqualTo(Math.PI);
        assertThat(mine.readUTF()).isEqualTo(theirs.readUTF()).isEqualTo("Hội nghị tập huấn thông tin đối ngoại");
        assertThat(LongText.read(mine, 100)).isEqualTo(LongText.read(theirs, 100)).isEqualTo("Lạng Sơn, Cao Bằng");
        assertThat(mine.atEnd()).isFalse();
        byte[] three = new byte[5];
        mine.readFully(three, 1, 3);
        assertThat(three).containsExactly(0, 1, 2, 3, 0);
        assertThat(mine.atEnd()).isTrue();
        assertThat(mine.position()).isEqualTo(bytes.length);
    }

    @Test
    void readingPastTheEndIsAnEndOfFileAndMovesNothing() throws IOException {
        ByteInput in = ByteInput.of(new byte[] {0, 0, 0, 7, 1, 2});
        assertThat(in.readInt()).isEqualTo(7);
        assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
        assertThatThrownBy(in::readLong).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> in.readFully(new byte[3])).isInstanceOf(EOFException.class);
        assertThat(in.position()).isEqualTo(4); // the two bytes left are still there to read
        assertThat(in.readUnsignedShort()).isEqualTo(0x0102);
        assertThatThrownBy(in::readBoolean).isInstanceOf(EOFException.class);
        // a text whose count is more than is left: refused, not read into a buffer of that size
        assertThatThrownBy(() -> LongText.read(ByteInput.of(new byte[] {0, 0, 0, 9, 'a'}), 100))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void skipsNoFurtherThanTheEnd() throws IOException {
        ByteInput in = ByteInput.of(new byte[] {1, 2, 3});
        assertThat(in.skipBytes(2)).isEqualTo(2);
        assertThat(in.skipBytes(5)).isEqualTo(1);
        assertThat(in.skipBytes(-1)).isZero();
        assertThat(in.atEnd()).isTrue();
    }

    /** A stream that hands out a few bytes at a time, so that every value is read across the end of a piece. */
    private static java.io.InputStream trickling(byte[] bytes) {
        return new java.io.ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, 3));
            }
        };
    }

    @Test
    void readsAStreamAsItReadsBytesInMemoryAndChecksWhatItRead() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(written());
        byte[] big = new byte[200_000]; // more than its buffer: read straight from the stream
        new java.util.Random(4).nextBytes(big);
        whole.write(big);
        whole.write(written());
        byte[] bytes = whole.toByteArray();
        for (ByteInput in : new ByteInput[] {ByteInput.checked(trickling(bytes)),
                ByteInput.checked(new java.io.ByteArrayInputStream(bytes))}) {
            try (in) {
                assertThat(in.readBoolean()).isTrue();
                in.skipBytes(2);
                java.util.zip.CRC32 expected = new java.util.zip.CRC32();
                expected.update(bytes, 0, 3);
                assertThat(in.checksum()).isEqualTo(expected.getValue());
                byte[] rest = new byte[written().length - 3];
                in.readFully(rest);
                byte[] read = new byte[big.length];
                in.readFully(read);
                assertThat(read).isEqualTo(big);
                assertThat(in.position()).isEqualTo(written().length + big.length);
                expected.update(bytes, 3, (int) in.position() - 3);
                assertThat(in.checksum()).isEqualTo(expected.getValue());
                assertThat(in.readBoolean()).isTrue();
                assertThat(in.readBoolean()).isFalse();
                in.skipBytes(1 + 1 + 2 + 2 + 2); // two bytes, two shorts and a char
                in.skipBytes(4 * 4); // four ints of five
                int lastInt = in.readInt();
                assertThat(lastInt).isEqualTo(0x80_7F_FF_01);
                long[] longs = new long[6];
                for (int i = 0; i < longs.length; i++) {
                    longs[i] = in.readLong();
                }
                assertThat(longs).containsExactly(0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x80_00_00_00_FF_FF_FF_FFL,
                        1L << 31);
                assertThat(in.readFloat()).isEqualTo(-1.5f);
                assertThat(in.readDouble()).isEqualTo(Math.PI);
                assertThat(in.readUTF()).isEqualTo("Hội nghị tập huấn thông tin đối ngoại");
                assertThat(LongText.read(in, 100)).isEqualTo("Lạng Sơn, Cao Bằng");
                assertThat(in.atEnd()).isFalse();
                in.readFully(new byte[3]);
                assertThat(in.atEnd()).isTrue();
                expected.reset();
                expected.update(bytes);
                assertThat(in.checksum()).isEqualTo(expected.getValue());
                assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);
            }
        }
    }

    @Test
    void readsTextsAcrossTheEdgeOfItsBufferAndLongerThanItAsTheyWereWritten() throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3_000; i++) { // about 90 KB: the buffer of 64 KB is refilled inside some of them
            texts.add("Hội nghị số " + i + " ở Lạng Sơn".repeat(random.nextInt(3)));
        }
        texts.add("đ".repeat(20_000)); // 40,000 bytes: more than half the buffer, read into an array of its own
        texts.add("");
        texts.add("\uD83D\uDE00 a\uDC00b"); // an emoji, and a lone surrogate written as '?'
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (String text : texts) {
            LongText.write(out, text);
        }
        byte[] written = bytes.toByteArray();
        for (ByteInput in : new ByteInput[] {ByteInput.checked(trickling(written)), ByteInput.of(written)}) {
            List<String> read = new java.util.ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                read.add(LongText.read(in, 1 << 20));
            }
            assertThat(read.subList(0, texts.size() - 1)).isEqualTo(texts.subList(0, texts.size() - 1));
            assertThat(read.get(texts.size() - 1)).isEqualTo("\uD83D\uDE00 a?b");
            assertThat(in.atEnd()).isTrue();
            if (in.bytes().isEmpty()) {
                java.util.zip.CRC32 expected = new java.util.zip.CRC32();
                expected.update(written);
                assertThat(in.checksum()).isEqualTo(expected.getValue());
            }
        }
    }

    @Test
    void aStreamCutShortIsAnEndOfFile() throws IOException {
        byte[] cut = java.util.Arrays.copyOf(written(), 30);
        try (ByteInput in = ByteInput.of(trickling(cut))) {
            assertThatThrownBy(() -> in.readFully(new byte[31])).isInstanceOf(EOFException.class);
        }
        try (ByteInput in = ByteInput.of(trickling(cut))) {
            in.readFully(new byte[27]);
            assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
        }
        assertThat(ByteInput.of(trickling(cut)).skipBytes(100)).isEqualTo(30);
    }

    @Test
    void readsAWholeFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("session");
        Files.write(file, written());
        try (ByteInput in = ByteInput.of(Files.newInputStream(file))) {
            assertThat(in.readBoolean()).isTrue();
            in.skipBytes(written().length - 2);
            assertThat(in.atEnd()).isFalse();
            in.readByte();
            assertThat(in.atEnd()).isTrue();
        }
    }
}
