package vn.gazette.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.gazette.internal.Digest;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Reads a text file strictly as UTF-8: a byte sequence that is not UTF-8 is an error naming the line, never a
 * silent replacement character. The text comes back normalised (BOM removed, LF line ends, NFC).
 * Stateless and thread-safe.
 */
public final class TextFile {

    /** Larger files are refused: no article is this long, and a runaway file must not stall the build. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /**
     * @param text     the normalised text
     * @param checksum the {@link #checksum} of the raw bytes
     */
    public record Content(String text, long checksum) {
    }

    private TextFile() {
    }

    public static Optional<Content> read(Path file, Problems problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            problems.error(SourcePosition.of(file), SourceTree.STAGE,
                    Message.of("source.file.too-large", size, MAX_BYTES / 1024 / 1024, MAX_BYTES));
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        return decode(bytes, file, problems).map(text -> new Content(Texts.normalize(text), checksum(bytes)));
    }

    /**
     * The {@link Digest} of a file's raw bytes: it tells a file that changed between two reads, and it keys the
     * file's converted body in the build cache (with where the body starts), so the body's text need not be digested.
     */
    public static long checksum(byte[] bytes) {
        return Digest.of(bytes);
    }

    static Optional<String> decode(byte[] bytes, Path file, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.error(positionOf(bytes, in.position(), file), SourceTree.STAGE,
                    Message.of("source.file.not-utf8", String.format("0x%02X", bytes[in.position()] & 0xff)));
            return Optional.empty();
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("decoder misuse for " + file, e);
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** Line and column (in characters) of a byte offset, counting the good UTF-8 before it. */
    private static SourcePosition positionOf(byte[] bytes, int offset, Path file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // editors do not show a byte order mark, so it takes no column
        if (lineStart == 0 && offset >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF) {
            lineStart = 3;
        }
        int column = 1;
        try {
            CharBuffer before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart));
            column = Character.codePointCount(before, 0, before.length()) + 1;
        } catch (CharacterCodingException e) {
            column = offset - lineStart + 1;
        }
        return SourcePosition.of(file, line, column);
    }
}
