package vn.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gazette.internal.ByteInput;
import vn.gazette.internal.ByteOutput;
import vn.gazette.internal.Digest;
import vn.gazette.internal.LongText;
import vn.gazette.internal.Pack;
import vn.gazette.internal.Texts;
import vn.gazette.source.TextFile;

/**
 * Article bodies already converted from Markdown, kept between builds: the cheapest conversion is the one not
 * done. An entry is found by a 64-bit hash of the Markdown text and of the converter's settings, so an edited
 * article, or a change of settings or of Gazette's version, simply misses. The entries live in a {@link Pack}
 * ({@code bodies.pack}); any unreadable entry is a miss. Thread-safe.
 */
public final class BodyCache implements AutoCloseable {

    private static final int FORMAT = 4;
    private static final String NAME = "bodies";

    private final Pack pack;
    private final long salt;

    private BodyCache(Pack pack, long salt) {
        this.pack = pack;
        this.salt = salt;
    }

    /** A cache that never hits and keeps nothing. */
    public static BodyCache none() {
        return new BodyCache(Pack.none(), 0);
    }

    /**
     * Opens the cache in {@code folder}.
     *
     * @param settings everything else that decides the HTML (Gazette's version, the raw-HTML policy ...)
     */
    public static BodyCache open(Path folder, String settings) throws IOException {
        return new BodyCache(Pack.open(folder, NAME, FORMAT), new Digest().add(settings).add(CODE).value());
    }

    /** The code between a file's bytes and its body's HTML: reading and normalising the text, and converting it. */
    private static final long CODE = new Digest().code(TextFile.class).code(Texts.class).code(ArticleReader.class)
            .code(MarkdownConverter.class).code(MarkdownDocument.class).value();

    /** Whether bodies put are kept: false for {@link #none}, where neither a key nor an entry is worth making. */
    public boolean keeps() {
        return pack.keeps();
    }

    /**
     * The key of a body: its file's bytes ({@link TextFile#checksum}), where in the file's text it starts and which
     * line that is (link positions name file lines), and the settings and code it is converted with.
     */
    public long key(long checksum, int bodyOffset, int bodyFirstLine) {
        return new Digest().add(checksum).add(bodyOffset).add(bodyFirstLine).value() ^ salt;
    }

    public Optional<MarkdownDocument> get(long key) {
        Optional<byte[]> bytes = pack.get(key);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(bytes.get()));
        } catch (IOException | RuntimeException e) {
            pack.forget(key);
            return Optional.empty();
        }
    }

    public void put(long key, MarkdownDocument document) {
        pack.put(key, encode(document));
    }

    private static byte[] encode(MarkdownDocument document) {
        ByteOutput out = ByteOutput.inMemory();
        try {
            byte[] html = document.html().getBytes(StandardCharsets.UTF_8);
            out.writeInt(html.length);
            out.write(html);
            out.writeBoolean(document.needsCleaning());
            out.writeInt(document.links().size());
            for (MarkdownDocument.LinkTarget link : document.links()) {
                LongText.write(out, link.url());
                out.writeInt(link.line());
                out.writeInt(link.column());
                out.writeBoolean(link.image());
                out.writeBoolean(link.noAlt());
            }
            out.writeInt(document.rawHtml().size());
            for (MarkdownDocument.RawHtml raw : document.rawHtml()) {
                LongText.write(out, raw.html());
                out.writeInt(raw.line());
                out.writeInt(raw.column());
            }
            out.writeInt(document.headings().size());
            for (MarkdownDocument.Heading heading : document.headings()) {
                LongText.write(out, heading.id());
                out.writeInt(heading.level());
                out.writeInt(heading.line());
                out.writeInt(heading.column());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static MarkdownDocument decode(byte[] bytes) throws IOException {
        ByteInput in = ByteInput.of(bytes);
        byte[] html = LongText.readBytes(in, bytes.length); // its count, then its bytes, as LongText writes text
        boolean needsCleaning = in.readBoolean();
        int count = in.readInt();
        List<MarkdownDocument.LinkTarget> links = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            links.add(new MarkdownDocument.LinkTarget(LongText.read(in, bytes.length), in.readInt(), in.readInt(),
                    in.readBoolean(), in.readBoolean()));
        }
        int raws = in.readInt();
        List<MarkdownDocument.RawHtml> rawHtml = new ArrayList<>(raws);
        for (int i = 0; i < raws; i++) {
            rawHtml.add(new MarkdownDocument.RawHtml(LongText.read(in, bytes.length), in.readInt(), in.readInt()));
        }
        int headingCount = in.readInt();
        List<MarkdownDocument.Heading> headings = new ArrayList<>(headingCount);
        for (int i = 0; i < headingCount; i++) {
            headings.add(new MarkdownDocument.Heading(LongText.read(in, bytes.length), in.readInt(), in.readInt(),
                    in.readInt()));
        }
        return new MarkdownDocument(new String(html, StandardCharsets.UTF_8), needsCleaning, links, rawHtml,
                headings);
    }

    /** Keeps what this build used (see {@link Pack#close}). */
    @Override
    public void close() throws IOException {
        pack.close();
    }
}
