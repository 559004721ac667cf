package vn.gazette.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The one 64-bit digest every cache and key of Gazette uses (the manifest's file hashes, the body cache, page
 * fingerprints and incremental keys): two independent 32-bit CRCs over the same bytes, both computed by CPU
 * instructions, so a false match is about 1 in 2^64. Numbers and text are added as bytes with a separator, so
 * {@code add("ab").add("c")} and {@code add("a").add("bc")} differ. Not thread-safe; one per value being digested.
 */
public final class Digest {

    private static final byte TEXT_END = (byte) 0xFF; // never a byte of UTF-8
    /** Bytes gathered before the CRCs see them: many small numbers and texts cost one CRC update, not one each. */
    private static final int BUFFER = 512;

    private final CRC32C first = new CRC32C();
    private final CRC32 second = new CRC32();
    /** Grown up to {@link #BUFFER} as needed: most digests are of a few numbers and names (30,000 in a build). */
    private byte[] buffer = new byte[64];
    private int buffered;

    /** The digest of some bytes alone: what {@code new Digest().bytes(bytes).value()} gives. */
    public static long of(byte[] bytes) {
        return new Digest().bytes(bytes).value();
    }

    /** The digest of a text alone (its UTF-8 bytes). */
    public static long of(String text) {
        Digest digest = new Digest();
        digest.utf8(text);
        return digest.value();
    }

    public Digest bytes(byte[] bytes) {
        return bytes(bytes, 0, bytes.length);
    }

    public Digest bytes(byte[] bytes, int offset, int length) {
        if (length <= BUFFER - buffered) {
            room(length);
            System.arraycopy(bytes, offset, buffer, buffered, length);
            buffered += length;
        } else {
            flush();
            first.update(bytes, offset, length);
            second.update(bytes, offset, length);
        }
        return this;
    }

    public Digest add(long value) {
        if (BUFFER - buffered < 8) {
            flush();
        }
        room(8);
        for (int i = 0; i < 8; i++) {
            buffer[buffered++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    /** Adds a text and an end mark; {@code null} is told apart from every text. */
    public Digest add(String text) {
        if (text == null) {
            return bytes(NULL_TEXT, 0, 2);
        }
        utf8(text);
        return bytes(NULL_TEXT, 1, 1);
    }

    private static final byte[] NULL_TEXT = {0, TEXT_END};

    /**
     * The text's UTF-8 bytes ({@link String#getBytes} is quicker than encoding it here, even under C1). A long text
     * (an article's body) is encoded by the thread's own encoder into the thread's own buffers, piece by piece:
     * getBytes makes an array three times its length and then a copy.
     */
    private void utf8(String text) {
        if (text.length() <= LONG_TEXT) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            bytes(utf8, 0, utf8.length);
            return;
        }
        Utf8 utf8 = UTF8.get();
        java.nio.CharBuffer in = utf8.chars(text);
        java.nio.ByteBuffer out = utf8.bytes;
        utf8.encoder.reset();
        java.nio.charset.CoderResult result;
        do {
            out.clear();
            result = utf8.encoder.encode(in, out, true);
            if (!result.isUnderflow() && !result.isOverflow()) {
                throw new IllegalStateException("not encoded: " + result); // malformed input is replaced
            }
            bytes(out.array(), 0, out.position());
        } while (result.isOverflow());
        do {
            out.clear();
            result = utf8.encoder.flush(out);
            bytes(out.array(), 0, out.position());
        } while (result.isOverflow());
    }

    /** Texts longer than this many characters are encoded by {@link Utf8}. */
    static final int LONG_TEXT = 1024;

    private static final ThreadLocal<Utf8> UTF8 = ThreadLocal.withInitial(Utf8::new);

    /**
     * A thread's UTF-8 encoder with its buffers. It replaces a lone surrogate with {@code ?}, as
     * {@link String#getBytes} does, so a text's bytes are the same whichever way it was encoded.
     */
    private static final class Utf8 {
        /** Texts up to this many characters are copied into a buffer kept for the next ones. */
        static final int KEPT_CHARS = 1 << 20;

        final java.nio.charset.CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16 * 1024);
        char[] kept = new char[0];

        /** The text's characters in an array (the encoder's quick path is for arrays). */
        java.nio.CharBuffer chars(String text) {
            int length = text.length();
            if (kept.length < length && length <= KEPT_CHARS) {
                kept = new char[Math.max(length, Math.min(KEPT_CHARS, kept.length * 2))];
            }
            char[] chars = kept.length >= length ? kept : new char[length];
            text.getChars(0, length, chars, 0);
            return java.nio.CharBuffer.wrap(chars, 0, length);
        }
    }

    /** Makes room in the buffer for {@code length} more bytes, which fit within {@link #BUFFER}. */
    private void room(int length) {
        if (buffered + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(BUFFER, Math.max(buffer.length * 2, buffered + length)));
        }
    }

    private void flush() {
        if (buffered > 0) {
            first.update(buffer, 0, buffered);
            second.update(buffer, 0, buffered);
            buffered = 0;
        }
    }

    /**
     * Adds the compiled code of a class and of the classes declared in it, as its class loader has them: a key
     * that includes the code making a cached thing then misses when that code changes, whether or not anyone raised
     * a version number. A class whose code cannot be read adds only its name.
     */
    public Digest code(Class<?> type) {
        String name = type.getName().substring(type.getPackageName().isEmpty() ? 0
                : type.getPackageName().length() + 1);
        try (InputStream in = type.getResourceAsStream(name + ".class")) {
            if (in == null) {
                add(type.getName());
            } else {
                bytes(in.readAllBytes());
            }
        } catch (IOException e) {
            add(type.getName());
        }
        Class<?>[] nested = type.getDeclaredClasses();
        Arrays.sort(nested, Comparator.comparing(Class::getName));
        for (Class<?> inner : nested) {
            code(inner);
        }
        return this;
    }

    public long value() {
        flush();
        return first.getValue() << 32 | second.getValue();
    }
}
