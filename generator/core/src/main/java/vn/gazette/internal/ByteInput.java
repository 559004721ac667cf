package vn.gazette.internal;

import java.io.Closeable;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * A {@link DataInput} for the build cache's binary files: it reads what a {@link java.io.DataOutputStream} (or a
 * {@link ByteOutput}) wrote, from bytes in memory or from a stream through a buffer of its own, as a
 * {@link DataInputStream} would, without taking a lock for every byte. (The JDK's streams' methods are synchronized, a
 * {@code DataInputStream} calls its stream once per byte of an {@code int}, and a build in a process of its own runs
 * them compiled by C1, which takes every lock: reading back the session of 10,000 articles took millions of them.) It
 * can keep a CRC-32 of the bytes read so far ({@link #checked}). Running past the end is an {@link EOFException}. Not
 * thread-safe; one reader per thread.
 */
public final class ByteInput implements DataInput, Closeable {

    private static final int PIECE = 1 << 16;

    /** The stream the bytes come from; null when they are all in {@code buffer}. */
    private final InputStream in;
    /** The CRC-32 of the bytes read, up to {@code checkedTo} of the buffer; null when none is kept. */
    private final CRC32 crc;
    private byte[] buffer;
    private int position;
    private int end;
    private int checkedTo;
    /** How many bytes were read before the first byte of the buffer. */
    private long before;

    private ByteInput(InputStream in, CRC32 crc, byte[] buffer, int end) {
        this.in = in;
        this.crc = crc;
        this.buffer = buffer;
        this.end = end;
    }

    /** Reads {@code bytes} from the first. */
    public static ByteInput of(byte[] bytes) {
        return new ByteInput(null, null, bytes, bytes.length);
    }

    /** Reads {@code bytes} from the one at {@code from}. */
    public static ByteInput of(byte[] bytes, int from) {
        java.util.Objects.checkIndex(from, bytes.length + 1);
        ByteInput in = new ByteInput(null, null, bytes, bytes.length);
        in.position = from;
        return in;
    }

    /**
     * The bytes it reads from, when they are all in memory ({@link #of(byte[])}): not a copy, for a reader that keeps
     * a part of them to read later, from a {@link #position}; empty when it reads a stream.
     */
    public java.util.Optional<byte[]> bytes() {
        return in == null ? java.util.Optional.of(buffer) : java.util.Optional.empty();
    }

    /** Reads {@code in}, which it closes when closed. */
    public static ByteInput of(InputStream in) {
        return new ByteInput(in, null, new byte[PIECE], 0);
    }

    /** Reads {@code in}, keeping a CRC-32 of what it read ({@link #checksum}). */
    public static ByteInput checked(InputStream in) {
        return new ByteInput(in, new CRC32(), new byte[PIECE], 0);
    }

    /** How many bytes have been read. */
    public long position() {
        return before + position;
    }

    /** The CRC-32 of every byte read so far ({@link #checked} only). */
    public long checksum() {
        if (crc == null) {
            throw new IllegalStateException("no checksum is kept");
        }
        check();
        return crc.getValue();
    }

    /** Takes the bytes read since the last time into the checksum, if one is kept. */
    private void check() {
        if (crc != null) {
            crc.update(buffer, checkedTo, position - checkedTo);
            checkedTo = position;
        }
    }

    /** Whether every byte has been read: the stream has no more. */
    public boolean atEnd() throws IOException {
        return position == end && !fill(1);
    }

    /**
     * Reads from the stream until at least {@code count} bytes are buffered after {@code position}.
     *
     * @return false if it ends first
     */
    private boolean fill(int count) throws IOException {
        if (in == null) {
            return false;
        }
        check();
        int left = end - position;
        System.arraycopy(buffer, position, buffer, 0, left);
        before += position;
        position = 0;
        checkedTo = 0;
        end = left;
        while (end < count) {
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                return false;
            }
            end += read;
        }
        return true;
    }

    /** Where {@code count} bytes to read start in the buffer; they are then read. */
    private int take(int count) throws IOException {
        if (end - position < count && !fill(count)) {
            throw new EOFException("past the end: " + count + " bytes asked, " + (end - position) + " left");
        }
        int at = position;
        position += count;
        return at;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }

    @Override
    public void readFully(byte[] into) throws IOException {
        readFully(into, 0, into.length);
    }

    @Override
    public void readFully(byte[] into, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (in == null && end - position < length) {
            throw new EOFException("past the end: " + length + " bytes asked, " + (end - position) + " left");
        }
        int buffered = Math.min(length, end - position);
        System.arraycopy(buffer, position, into, offset, buffered);
        position += buffered;
        int rest = length - buffered;
        if (rest == 0) {
            return;
        }
        if (rest < buffer.length / 2) {
            System.arraycopy(buffer, take(rest), into, offset + buffered, rest);
            return;
        }
        // a large piece comes straight from the stream, and is checked as it comes
        for (int done = 0; done < rest; ) {
            int read = in.read(into, offset + buffered + done, rest - done);
            if (read < 0) {
                throw new EOFException("past the end: " + (rest - done) + " more bytes asked");
            }
            done += read;
        }
        check();
        if (crc != null) {
            crc.update(into, offset + buffered, rest);
        }
        before += rest;
    }

    /**
     * Reads {@code length} bytes as UTF-8 text: decoded where they lie in the buffer when they fit in it, instead of
     * copied into an array of their own first (the build cache holds hundreds of thousands of short texts).
     */
    public String readText(int length) throws IOException {
        if (length < 0) {
            throw new IOException("text of " + length + " bytes");
        }
        if (length > buffer.length / 2 && in != null) {
            byte[] bytes = new byte[length];
            readFully(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        int at = take(length);
        return new String(buffer, at, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public int skipBytes(int count) throws IOException {
        int skipped = 0;
        while (skipped < count && (position < end || fill(1))) {
            int step = Math.min(count - skipped, end - position);
            position += step;
            skipped += step;
        }
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return buffer[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return buffer[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return buffer[take(1)] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        int at = take(2);
        return (buffer[at] & 0xff) << 8 | buffer[at + 1] & 0xff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        int at = take(4);
        return (buffer[at] & 0xff) << 24 | (buffer[at + 1] & 0xff) << 16 | (buffer[at + 2] & 0xff) << 8
                | buffer[at + 3] & 0xff;
    }

    @Override
    public long readLong() throws IOException {
        int at = take(8);
        long high = (buffer[at] & 0xffL) << 24 | (buffer[at + 1] & 0xff) << 16 | (buffer[at + 2] & 0xff) << 8
                | buffer[at + 3] & 0xff;
        long low = (buffer[at + 4] & 0xffL) << 24 | (buffer[at + 5] & 0xff) << 16 | (buffer[at + 6] & 0xff) << 8
                | buffer[at + 7] & 0xff;
        return high << 32 | low;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not for binary files: none of the cache's has lines. */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("the build cache's files have no lines");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
