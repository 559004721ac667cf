package vn.gazette.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A {@link DataOutput} that writes the bytes a {@link DataOutputStream} writes, into a buffer of its own that goes to
 * a stream in large pieces, or stays in memory ({@link #inMemory}). The JDK's streams take a lock for every call (a
 * {@link java.io.BufferedOutputStream}'s, and a {@code DataOutputStream} calls it once per byte of an {@code int}),
 * which a build in a process of its own, compiled by C1, pays in full: the build cache's session and search index are
 * millions of small values. A stream under it sees the bytes at {@link #flush}; one made {@link #checked} keeps a
 * CRC-32 of them, as {@link ByteInput#checked} does of what it reads. Not thread-safe; one writer per thread.
 */
public final class ByteOutput implements DataOutput, Flushable, Closeable {

    private static final int PIECE = 1 << 16;

    private final OutputStream out;
    /** The CRC-32 of the bytes handed to {@code out}; null when none is kept. */
    private final java.util.zip.CRC32 crc;
    private byte[] buffer;
    private int count;

    private ByteOutput(OutputStream out, java.util.zip.CRC32 crc, int size) {
        this.out = out;
        this.crc = crc;
        this.buffer = new byte[size];
    }

    /** Writes to {@code out}, which it closes when closed. */
    public static ByteOutput to(OutputStream out) {
        return new ByteOutput(out, null, PIECE);
    }

    /** Writes to {@code out}, keeping a CRC-32 of what it wrote ({@link #writeChecksum}). */
    public static ByteOutput checked(OutputStream out) {
        return new ByteOutput(out, new java.util.zip.CRC32(), PIECE);
    }

    /** Keeps what it is given in memory, for {@link #toByteArray}. */
    public static ByteOutput inMemory() {
        return new ByteOutput(null, null, 256);
    }

    /**
     * Writes the CRC-32 of every byte written so far, as a long ({@link #checked} only): what {@link
     * ByteInput#checksum} gives a reader that has read up to here.
     */
    public void writeChecksum() throws IOException {
        if (crc == null) {
            throw new IllegalStateException("no checksum is kept");
        }
        drain();
        writeLong(crc.getValue());
    }

    /** What an output in memory was given. */
    public byte[] toByteArray() {
        if (out != null) {
            throw new IllegalStateException("an output to a stream keeps nothing");
        }
        return Arrays.copyOf(buffer, count);
    }

    /** Forgets what an output in memory was given, to be given something else. */
    public void reset() {
        if (out != null) {
            throw new IllegalStateException("an output to a stream cannot take back what it wrote");
        }
        count = 0;
    }

    /** Room for {@code more} bytes at {@code count}. */
    private void room(int more) throws IOException {
        if (buffer.length - count >= more) {
            return;
        }
        if (out == null) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + more));
        } else {
            drain();
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            hand(buffer, 0, count);
            count = 0;
        }
    }

    /** Hands bytes to the stream, and to the checksum when one is kept. */
    private void hand(byte[] bytes, int offset, int length) throws IOException {
        if (crc != null) {
            crc.update(bytes, offset, length);
        }
        out.write(bytes, offset, length);
    }

    @Override
    public void write(int b) throws IOException {
        room(1);
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        if (out != null && length >= buffer.length) {
            drain(); // a large piece goes straight through
            hand(bytes, offset, length);
            return;
        }
        room(length);
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    @Override
    public void writeBoolean(boolean value) throws IOException {
        write(value ? 1 : 0);
    }

    @Override
    public void writeByte(int value) throws IOException {
        write(value);
    }

    @Override
    public void writeShort(int value) throws IOException {
        room(2);
        buffer[count] = (byte) (value >>> 8);
        buffer[count + 1] = (byte) value;
        count += 2;
    }

    @Override
    public void writeChar(int value) throws IOException {
        writeShort(value);
    }

    @Override
    public void writeInt(int value) throws IOException {
        room(4);
        buffer[count] = (byte) (value >>> 24);
        buffer[count + 1] = (byte) (value >>> 16);
        buffer[count + 2] = (byte) (value >>> 8);
        buffer[count + 3] = (byte) value;
        count += 4;
    }

    @Override
    public void writeLong(long value) throws IOException {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    @Override
    public void writeFloat(float value) throws IOException {
        writeInt(Float.floatToIntBits(value));
    }

    @Override
    public void writeDouble(double value) throws IOException {
        writeLong(Double.doubleToLongBits(value));
    }

    @Override
    public void writeBytes(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void writeChars(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            writeChar(text.charAt(i));
        }
    }

    /** As {@link DataOutputStream#writeUTF}: the cache writes short names so (an enum's, a time zone's). */
    @Override
    public void writeUTF(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 2);
        new DataOutputStream(bytes).writeUTF(text);
        write(bytes.toByteArray());
    }

    /** Sends what is buffered to the stream under it, and flushes that. */
    @Override
    public void flush() throws IOException {
        if (out != null) {
            drain();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            try (OutputStream closed = out) {
                drain();
            }
        }
    }
}
