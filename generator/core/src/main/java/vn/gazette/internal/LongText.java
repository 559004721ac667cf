package vn.gazette.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Text of any length in the build cache's binary files: its UTF-8 bytes after their count as an {@code int}.
 * {@link DataOutput#writeUTF} would do the same for text up to 64 KiB only, and an article may hold a link of
 * several megabytes (a pasted {@code data:} image). Stateless and thread-safe.
 */
public final class LongText {

    private LongText() {
    }

    public static void write(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads what {@link #write} wrote; a negative or impossible length is an {@link IOException}. */
    public static String read(DataInput in, int limit) throws IOException {
        if (in instanceof ByteInput bytes) {
            int length = in.readInt();
            if (length < 0 || length > limit) {
                throw new IOException("text of " + length + " bytes in a cache file");
            }
            return bytes.readText(length);
        }
        return new String(readBytes(in, limit), StandardCharsets.UTF_8);
    }

    /** Reads the UTF-8 bytes of what {@link #write} wrote, for text that is kept as bytes and never decoded. */
    public static byte[] readBytes(DataInput in, int limit) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) {
            throw new IOException("text of " + length + " bytes in a cache file");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
