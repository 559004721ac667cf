package vn.gazette.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import vn.gazette.internal.ByteInput;
import vn.gazette.internal.LongText;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/**
 * An article's front matter as bytes, for what the build cache keeps of the last build ({@code BuildSession}): a
 * {@code build} in a process of its own then need not read an unchanged file again. Every field of
 * {@link FrontMatter}, {@link Conference}, {@link Speaker} and {@link LeadImage} is written; the file itself is not
 * (the build gives the one it found; positions in it are written without it). What {@link #read} gives equals what
 * was written. Stateless and thread-safe.
 */
public final class ArticleCodec {

    /** No text of a front matter is longer than this: a longer one is a damaged file. */
    private static final int MAX_TEXT = 1 << 20;
    private static final int MAX_ITEMS = 1 << 16;

    private ArticleCodec() {
    }

    /** How many bytes {@link #write} ends with: the file's checksum, which stands for the body. */
    public static final int CHECKSUM_BYTES = Long.BYTES;

    public static void write(DataOutput out, ParsedArticle article) throws IOException {
        FrontMatter front = article.front();
        Path file = article.source().path();
        LongText.write(out, front.title());
        date(out, front.date());
        optional(out, front.slug());
        optional(out, front.province());
        strings(out, front.tags());
        optional(out, front.author());
        optional(out, front.summary());
        out.writeBoolean(front.draft());
        optionalDate(out, front.updated());
        optionalDate(out, front.expires());
        out.writeBoolean(front.conference().isPresent());
        if (front.conference().isPresent()) {
            conference(out, front.conference().get());
        }
        Map<String, String> params = new TreeMap<>(front.params());
        out.writeInt(params.size());
        for (Map.Entry<String, String> param : params.entrySet()) {
            LongText.write(out, param.getKey());
            LongText.write(out, param.getValue());
        }
        Map<String, SourcePosition> positions = new TreeMap<>(front.positions());
        out.writeInt(positions.size());
        for (Map.Entry<String, SourcePosition> position : positions.entrySet()) {
            LongText.write(out, position.getKey());
            position(out, position.getValue(), file);
        }
        Map<String, List<String>> terms = new TreeMap<>(front.terms());
        out.writeInt(terms.size());
        for (Map.Entry<String, List<String>> term : terms.entrySet()) {
            LongText.write(out, term.getKey());
            strings(out, term.getValue());
        }
        out.writeBoolean(front.featured());
        out.writeBoolean(front.image().isPresent());
        if (front.image().isPresent()) {
            LeadImage image = front.image().get();
            LongText.write(out, image.src());
            LongText.write(out, image.alt());
            optional(out, image.caption());
            optional(out, image.credit());
            position(out, image.position(), file);
        }
        out.writeBoolean(front.toc());
        out.writeInt(article.bodyOffset());
        out.writeInt(article.bodyFirstLine());
        out.writeLong(article.checksum());
    }

    /** Reads what {@link #write} wrote of the article in {@code source}; damaged bytes are an {@link IOException}. */
    public static ParsedArticle read(DataInput in, SourceFile source) throws IOException {
        Path file = source.path();
        try {
            String title = text(in);
            ArticleDate date = date(in);
            Optional<String> slug = optional(in);
            Optional<String> province = optional(in);
            List<String> tags = strings(in);
            Optional<String> author = optional(in);
            Optional<String> summary = optional(in);
            boolean draft = in.readBoolean();
            Optional<ArticleDate> updated = optionalDate(in);
            Optional<ArticleDate> expires = optionalDate(in);
            Optional<Conference> conference = in.readBoolean() ? Optional.of(conference(in)) : Optional.empty();
            Map<String, String> params = new HashMap<>();
            for (int i = count(in); i > 0; i--) {
                params.put(text(in), text(in));
            }
            Map<String, SourcePosition> positions = positions(in, file);
            Map<String, List<String>> terms = new HashMap<>();
            for (int i = count(in); i > 0; i--) {
                terms.put(text(in), strings(in));
            }
            boolean featured = in.readBoolean();
            Optional<LeadImage> image = in.readBoolean() ? Optional.of(new LeadImage(text(in), text(in), optional(in),
                    optional(in), position(in, file))) : Optional.empty();
            boolean toc = in.readBoolean();
            FrontMatter front = new FrontMatter(title, date, slug, province, tags, author, summary, draft, updated,
                    expires, conference, params, positions, terms, featured, image, toc);
            return new ParsedArticle(source, front, in.readInt(), in.readInt(), in.readLong());
        } catch (RuntimeException e) {
            throw new IOException("not an article of the build cache", e);
        }
    }

    private static void conference(DataOutput out, Conference conference) throws IOException {
        out.writeUTF(conference.kind().name());
        out.writeUTF(conference.start().toString());
        out.writeBoolean(conference.end().isPresent());
        if (conference.end().isPresent()) {
            out.writeUTF(conference.end().get().toString());
        }
        optional(out, conference.organizer());
        strings(out, conference.partners());
        strings(out, conference.locations());
        out.writeUTF(conference.format().name());
        number(out, conference.sites());
        number(out, conference.participants());
        out.writeInt(conference.speakers().size());
        for (Speaker speaker : conference.speakers()) {
            LongText.write(out, speaker.name());
            optional(out, speaker.role());
        }
        strings(out, conference.topics());
    }

    private static Conference conference(DataInput in) throws IOException {
        Conference.Kind kind = Conference.Kind.valueOf(in.readUTF());
        LocalDate start = LocalDate.parse(in.readUTF());
        Optional<LocalDate> end = in.readBoolean() ? Optional.of(LocalDate.parse(in.readUTF())) : Optional.empty();
        Optional<String> organizer = optional(in);
        List<String> partners = strings(in);
        List<String> locations = strings(in);
        Conference.Format format = Conference.Format.valueOf(in.readUTF());
        OptionalInt sites = number(in);
        OptionalInt participants = number(in);
        List<Speaker> speakers = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            speakers.add(new Speaker(text(in), optional(in)));
        }
        return new Conference(kind, start, end, organizer, partners, locations, format, sites, participants, speakers,
                strings(in));
    }

    /**
     * A date as its local date and time, offset and zone: parsing its ISO text back took a tenth of the time of
     * decoding a front matter.
     */
    private static void date(DataOutput out, ArticleDate date) throws IOException {
        ZonedDateTime value = date.value();
        out.writeLong(value.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
        out.writeInt(value.getNano());
        out.writeInt(value.getOffset().getTotalSeconds());
        out.writeUTF(value.getZone().getId());
        out.writeBoolean(date.hasTime());
    }

    private static ArticleDate date(DataInput in) throws IOException {
        long local = in.readLong();
        int nano = in.readInt();
        int offset = in.readInt();
        String zone = in.readUTF();
        try {
            return new ArticleDate(ZonedDateTime.ofStrict(LocalDateTime.ofEpochSecond(local, nano, ZoneOffset.UTC),
                    ZoneOffset.ofTotalSeconds(offset), ZONES.computeIfAbsent(zone, ZoneId::of)), in.readBoolean());
        } catch (java.time.DateTimeException e) {
            throw new IOException("not a date of a cache file", e);
        }
    }

    /** The zones dates are in (one, the site's, nearly always), by name. */
    private static final Map<String, ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    private static void optionalDate(DataOutput out, Optional<ArticleDate> date) throws IOException {
        out.writeBoolean(date.isPresent());
        if (date.isPresent()) {
            date(out, date.get());
        }
    }

    private static Optional<ArticleDate> optionalDate(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(date(in)) : Optional.empty();
    }

    /** A position, its file written only when it is not the article's own (a field's positions all are). */
    private static void position(DataOutput out, SourcePosition position, Path file) throws IOException {
        boolean own = position.file().equals(file);
        out.writeBoolean(own);
        if (!own) {
            LongText.write(out, position.file().toString());
        }
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    private static SourcePosition position(DataInput in, Path file) throws IOException {
        return new SourcePosition(in.readBoolean() ? file : Path.of(text(in)), in.readInt(), in.readInt());
    }

    /**
     * The positions of the fields. Read from bytes in memory (the session of the build cache), they are only checked
     * and passed over, and decoded when a stage first asks for one ({@link KeptPositions}: most articles are never
     * asked, and 10,000 articles have about 110,000 positions); those of a field written in another file are decoded
     * at once.
     */
    private static Map<String, SourcePosition> positions(DataInput in, Path file) throws IOException {
        if (!(in instanceof ByteInput input) || input.bytes().isEmpty()) {
            return decodePositions(in, file);
        }
        byte[] bytes = input.bytes().get();
        int from = (int) input.position(); // bytes in memory: where it is in them
        boolean own = true;
        for (int i = count(in); i > 0; i--) {
            skipText(in);
            if (!in.readBoolean()) {
                own = false;
                skipText(in);
            }
            if (in.readInt() < 0 || in.readInt() < 0) {
                throw new IOException("not a position of the build cache");
            }
        }
        return own ? new KeptPositions(bytes, from, file) : decodePositions(ByteInput.of(bytes, from), file);
    }

    /** Decodes the positions {@link #write} wrote at where {@code in} is. */
    static Map<String, SourcePosition> decodePositions(DataInput in, Path file) throws IOException {
        Map<String, SourcePosition> positions = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            positions.put(field(in), position(in, file));
        }
        return Map.copyOf(positions);
    }

    private static void skipText(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT || in.skipBytes(length) != length) {
            throw new IOException("not a text of the build cache: " + length + " bytes");
        }
    }

    private static void optional(DataOutput out, Optional<String> text) throws IOException {
        out.writeBoolean(text.isPresent());
        if (text.isPresent()) {
            LongText.write(out, text.get());
        }
    }

    private static Optional<String> optional(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
    }

    private static void number(DataOutput out, OptionalInt number) throws IOException {
        out.writeBoolean(number.isPresent());
        out.writeInt(number.orElse(0));
    }

    private static OptionalInt number(DataInput in) throws IOException {
        boolean present = in.readBoolean();
        int value = in.readInt();
        return present ? OptionalInt.of(value) : OptionalInt.empty();
    }

    private static void strings(DataOutput out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            LongText.write(out, text);
        }
    }

    private static List<String> strings(DataInput in) throws IOException {
        int count = count(in);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(in));
        }
        return texts;
    }

    private static String text(DataInput in) throws IOException {
        return LongText.read(in, MAX_TEXT);
    }

    /**
     * The name of a field a position is kept for ({@code title}, {@code tags.0}), as one string for every article
     * that has it: 10,000 articles have about ten positions each, and each string the session holds is copied by
     * the collector once it outlives its first collection.
     */
    private static String field(DataInput in) throws IOException {
        String name = text(in);
        String known = FIELDS.get(name);
        if (known != null) {
            return known;
        }
        if (FIELDS.size() < MAX_FIELDS) {
            FIELDS.putIfAbsent(name, name);
        }
        return name;
    }

    /** The field names {@link #field} shares: at most {@link #MAX_FIELDS} (a site's own fields are few). */
    private static final Map<String, String> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_FIELDS = 4096;

    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("not a count of the build cache: " + count);
        }
        return count;
    }
}
