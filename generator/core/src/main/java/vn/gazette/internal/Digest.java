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
    private final byte[] buffer = new byte[BUFFER];
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

    /** The text's UTF-8 bytes ({@link String#getBytes} is quicker than encoding it here, even under C1). */
    private void utf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        bytes(utf8, 0, utf8.length);
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
