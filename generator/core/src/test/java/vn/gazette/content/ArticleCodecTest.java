package vn.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/** Front matter kept in the build cache comes back as it was read, every field of it. */
class ArticleCodecTest {

    private static final Path FILE = Path.of("content/articles/2024/tap-huan.md");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void everyFieldComesBackEqual() throws IOException {
        ParsedArticle article = article(new ArticleDate(ZonedDateTime.of(2024, 3, 5, 8, 30, 0, 0, ZONE), true));
        byte[] bytes = bytes(article);

        ParsedArticle back = ArticleCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)), article.source());

        assertThat(back).isEqualTo(article);
        assertThat(back.front().date().isoDateTime()).isEqualTo("2024-03-05T08:30:00+07:00");
        // a field added to these records must be written too (and this test given a value for it)
        assertThat(FrontMatter.class.getRecordComponents()).hasSize(17);
        assertThat(Conference.class.getRecordComponents()).hasSize(11);
        assertThat(LeadImage.class.getRecordComponents()).hasSize(5);
        assertThat(Speaker.class.getRecordComponents()).hasSize(2);
        assertThat(ParsedArticle.class.getRecordComponents()).hasSize(5);

        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> ArticleCodec.read(new DataInputStream(new ByteArrayInputStream(cut)),
                article.source())).isInstanceOf(IOException.class);
    }

    /**
     * Read from bytes in memory (the session of the build cache), the positions of fields of the article's own file are
     * checked and decoded only when first asked for; those of a field written elsewhere are decoded at once.
     */
    @Test
    void positionsReadFromBytesInMemoryAreDecodedWhenFirstAskedFor() throws IOException {
        ParsedArticle elsewhere = article(new ArticleDate(ZonedDateTime.of(2024, 3, 5, 8, 30, 0, 0, ZONE), true));
        FrontMatter f = elsewhere.front();
        Map<String, SourcePosition> own = Map.of("title", new SourcePosition(FILE, 2, 8), "tags.1",
                new SourcePosition(FILE, 5, 20));
        ParsedArticle article = new ParsedArticle(elsewhere.source(), new FrontMatter(f.title(), f.date(), f.slug(),
                f.province(), f.tags(), f.author(), f.summary(), f.draft(), f.updated(), f.expires(), f.conference(),
                f.params(), own, f.terms(), f.featured(), f.image(), f.toc()), 412, 17, 0x1234_5678_9abc_def0L);

        ParsedArticle back = ArticleCodec.read(vn.gazette.internal.ByteInput.of(bytes(article)), article.source());
        assertThat(back.front().positions()).isInstanceOf(KeptPositions.class);
        assertThat(back.front().positionOf("tags.1", null)).isEqualTo(new SourcePosition(FILE, 5, 20));
        SourcePosition first = SourcePosition.of(FILE, 1, 1);
        assertThat(back.front().positionOf("summary", first)).isSameAs(first);
        assertThat(back).isEqualTo(article);
        assertThat(back.front().positions()).isEqualTo(own).hasSameHashCodeAs(own);
        assertThat(PartialFrontMatter.of(back.front()).positionOf("title", first))
                .isEqualTo(new SourcePosition(FILE, 2, 8));
        assertThatThrownBy(() -> back.front().positions().put("x", first))
                .isInstanceOf(UnsupportedOperationException.class);

        ParsedArticle backElsewhere = ArticleCodec.read(vn.gazette.internal.ByteInput.of(bytes(elsewhere)),
                elsewhere.source());
        assertThat(backElsewhere.front().positions()).isNotInstanceOf(KeptPositions.class);
        assertThat(backElsewhere).isEqualTo(elsewhere);

        // a position that is not one is refused as the front matter is read, not when a stage asks for it
        byte[] bytes = bytes(article);
        byte[] line5column20 = {1, 0, 0, 0, 5, 0, 0, 0, 20};
        int at = indexOf(bytes, line5column20);
        assertThat(at).isPositive();
        bytes[at + 1] = (byte) 0xff;
        assertThatThrownBy(() -> ArticleCodec.read(vn.gazette.internal.ByteInput.of(bytes), article.source()))
                .isInstanceOf(IOException.class);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    /** A date comes back as the same local time, offset and zone: a fixed offset, a fraction of a second, an overlap. */
    @Test
    void everyKindOfDateComesBackTheSame() throws IOException {
        ZoneId paris = ZoneId.of("Europe/Paris");
        List<ZonedDateTime> dates = List.of(ZonedDateTime.of(2022, 6, 1, 9, 47, 0, 0, java.time.ZoneOffset.ofHours(7)),
                ZonedDateTime.of(1999, 12, 31, 23, 59, 59, 123_456_789, ZONE),
                ZonedDateTime.of(2024, 3, 7, 0, 0, 0, 0, java.time.ZoneOffset.UTC),
                ZonedDateTime.ofLocal(java.time.LocalDateTime.of(2024, 10, 27, 2, 30), paris,
                        java.time.ZoneOffset.ofHours(2)).withLaterOffsetAtOverlap(),
                ZonedDateTime.ofLocal(java.time.LocalDateTime.of(2024, 10, 27, 2, 30), paris,
                        java.time.ZoneOffset.ofHours(2)));
        for (ZonedDateTime date : dates) {
            ParsedArticle article = article(new ArticleDate(date, date.getHour() != 0));
            ParsedArticle back = ArticleCodec.read(new DataInputStream(new ByteArrayInputStream(bytes(article))),
                    article.source());
            assertThat(back.front().date().value()).as(date.toString()).isEqualTo(date);
            assertThat(back.front().date().value().toString()).isEqualTo(date.toString());
            assertThat(back).isEqualTo(article);
        }
    }

    private static ParsedArticle article(ArticleDate date) {
        Conference conference = new Conference(Conference.Kind.WORKSHOP, LocalDate.of(2024, 3, 5),
                Optional.of(LocalDate.of(2024, 3, 6)), Optional.of("Sở Thông tin và Truyền thông"),
                List.of("Ban Tuyên giáo", "Hội Nhà báo"), List.of("Hà Giang", "Tuyên Quang"), Conference.Format.HYBRID,
                OptionalInt.of(12), OptionalInt.empty(), List.of(new Speaker("Nguyễn Văn A", Optional.of("Giảng viên")),
                        new Speaker("Trần Thị B", Optional.empty())), List.of("thông tin đối ngoại", "biên giới"));
        FrontMatter front = new FrontMatter("Tập huấn “thông tin đối ngoại” năm 2024", date, Optional.of("tap-huan"),
                Optional.of("Hà Giang"), List.of("tập huấn", "biên giới"), Optional.of("Phóng viên"),
                Optional.of("Tóm tắt"), true, Optional.of(new ArticleDate(ZonedDateTime.of(2024, 3, 7, 0, 0, 0, 0, ZONE),
                        false)), Optional.empty(), Optional.of(conference), Map.of("nguon", "Báo Hà Giang", "x", ""),
                Map.of("title", new SourcePosition(FILE, 2, 8), "tags.1", new SourcePosition(FILE, 5, 20),
                        "elsewhere", new SourcePosition(Path.of("content/provinces.yaml"), 3, 1)),
                Map.of("chu-de", List.of("đối ngoại", "chuyển đổi số"), "rong", List.of()), true,
                Optional.of(new LeadImage("anh/hoi-nghi.jpg", "Hội nghị", Optional.of("Chú thích"), Optional.empty(),
                        new SourcePosition(FILE, 9, 3))), true);
        return new ParsedArticle(new SourceFile(FILE, "articles/2024/tap-huan.md", SourceFile.Kind.ARTICLE), front,
                412, 17, 0x1234_5678_9abc_def0L);
    }

    private static byte[] bytes(ParsedArticle article) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArticleCodec.write(new DataOutputStream(bytes), article);
        return bytes.toByteArray();
    }
}
