package vn.gazette.internal;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link DataInput} over bytes in memory, for the build cache's binary files: it reads what a
 * {@link java.io.DataOutputStream} wrote, as a {@link DataInputStream} over a {@link java.io.ByteArrayInputStream}
 * would, without taking a lock for every byte. (Those streams' methods are synchronized, and a build in a process of
 * its own runs them compiled by C1, which takes every lock: reading back the session of 10,000 articles took
 * millions of them.) Running past the end is an {@link EOFException}. Not thread-safe; one reader per thread.
 */
public final class ByteInput implements DataInput {

    private final byte[] bytes;
    private int position;
    private final int end;

    private ByteInput(byte[] bytes, int from, int end) {
        this.bytes = bytes;
        this.position = from;
        this.end = end;
    }

    /** Reads {@code bytes} from the first. */
    public static ByteInput of(byte[] bytes) {
        return new ByteInput(bytes, 0, bytes.length);
    }

    /** Reads the whole of {@code file}, read into memory at once. */
    public static ByteInput of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    /** The bytes it reads, all of them (not a copy: for a checksum of a part, with {@link #position}). */
    public byte[] bytes() {
        return bytes;
    }

    /** Where the next byte is read from. */
    public int position() {
        return position;
    }

    /** Whether every byte has been read. */
    public boolean atEnd() {
        return position == end;
    }

    private int take(int count) throws EOFException {
        if (count < 0 || end - position < count) {
            throw new EOFException("past the end of " + (end - position) + " bytes left");
        }
        int at = position;
        position += count;
        return at;
    }

    @Override
    public void readFully(byte[] into) throws IOException {
        readFully(into, 0, into.length);
    }

    @Override
    public void readFully(byte[] into, int offset, int length) throws IOException {
        System.arraycopy(bytes, take(length), into, offset, length);
    }

    @Override
    public int skipBytes(int count) {
        int skipped = Math.max(0, Math.min(count, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return bytes[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return bytes[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return bytes[take(1)] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        int at = take(2);
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        int at = take(4);
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }

    @Override
    public long readLong() throws IOException {
        int at = take(8);
        long high = (bytes[at] & 0xffL) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
        long low = (bytes[at + 4] & 0xffL) << 24 | (bytes[at + 5] & 0xff) << 16 | (bytes[at + 6] & 0xff) << 8
                | bytes[at + 7] & 0xff;
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
