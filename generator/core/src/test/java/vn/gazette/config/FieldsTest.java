package vn.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

class FieldsTest {

    private static final Path BASE = Path.of("/archive").toAbsolutePath();
    private static final Path FILE = BASE.resolve("content/articles/bai.md");

    private final Problems problems = new Problems();

    /** The fields of front matter that starts on the file's second line, as in an article. */
    private Fields fields(String yaml) {
        YamlNode node = new YamlReader("content").read(yaml, FILE, 2, problems).orElseThrow();
        assertThat(messages()).isEmpty();
        return new Fields((YamlNode.Mapping) node, FILE, "content", problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(BASE)).toList();
    }

    @Test
    void readsTextStripped() {
        Fields fields = fields("""
                title: "  Hội nghị tập huấn  "
                author: Nguyễn Văn A
                """);
        assertThat(fields.text("title")).contains("Hội nghị tập huấn");
        assertThat(fields.text("author")).contains("Nguyễn Văn A");
        assertThat(messages()).isEmpty();
    }

    @Test
    void readsAbsentNullAndBlankTextAsNothing() {
        Fields fields = fields("""
                a:
                b: ~
                c: "   "
                """);
        assertThat(fields.text("a")).isEmpty();
        assertThat(fields.text("b")).isEmpty();
        assertThat(fields.text("c")).isEmpty();
        assertThat(fields.text("missing")).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void keepsTheWordNullWhenQuoted() {
        assertThat(fields("title: \"null\"\n").text("title")).contains("null");
    }

    @Test
    void refusesAListWhereTextIsExpected() {
        Fields fields = fields("""
                title: [a, b]
                author:
                  name: A
                """);
        assertThat(fields.text("title")).isEmpty();
        assertThat(fields.text("author")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:8: error: 'title' must be a single value, not a list",
                "content/articles/bai.md:4:3: error: 'author' must be a single value, not a mapping (key: value lines)");
    }

    @Test
    void reportsAMissingRequiredValueAtTheMapping() {
        Fields fields = fields("""
                date: 2023-09-22
                """);
        assertThat(fields.requiredText("title", Message.of("content.hint.title"), "title: A")).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:1: error: 'title' is missing: write the article's headline, e.g. title: A");
    }

    @Test
    void reportsAnEmptyRequiredValueAtTheValue() {
        Fields fields = fields("""
                date: 2023-09-22
                title:
                """);
        assertThat(fields.requiredText("title", Message.of("content.hint.title"), "title: A")).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:3:7: error: 'title' is empty: write the article's headline, e.g. title: A");
    }

    @Test
    void reportsAWronglyShapedRequiredValueOnce() {
        Fields fields = fields("title: [a]\n");
        assertThat(fields.requiredText("title", Message.of("content.hint.title"), "title: A")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:8: error: 'title' must be a single value, not a list");
    }

    @Test
    void givesARequiredValueThatIsThere() {
        assertThat(fields("title: A\n").requiredText("title", Message.of("content.hint.title"), "title: A")).contains("A");
        assertThat(messages()).isEmpty();
    }

    @Test
    void readsATextList() {
        Fields fields = fields("""
                tags: [tập huấn, " Đồng Đăng "]
                provinces:
                  - Lạng Sơn
                  - Cao Bằng
                """);
        assertThat(fields.textList("tags")).containsExactly("tập huấn", "Đồng Đăng");
        assertThat(fields.textList("provinces")).containsExactly("Lạng Sơn", "Cao Bằng");
        assertThat(fields.textList("missing")).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void readsAnEmptyListValueAsNoItems() {
        Fields fields = fields("""
                tags:
                people: []
                """);
        assertThat(fields.textList("tags")).isEmpty();
        assertThat(fields.textList("people")).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesASingleValueWhereAListIsExpectedShowingTheListSyntax() {
        Fields fields = fields("tags: tập huấn\n");
        assertThat(fields.textList("tags")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:7: error: 'tags' must be a list: write tags: [tập huấn]");
    }

    @Test
    void refusesAMappingWhereAListIsExpected() {
        Fields fields = fields("""
                tags:
                  a: b
                """);
        assertThat(fields.textList("tags")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:3:3: error: 'tags' must be a list: write tags: [...]");
    }

    @Test
    void keepsTheGoodItemsOfAListAndReportsTheBadOnes() {
        Fields fields = fields("""
                tags:
                  - tập huấn
                  -
                  - [a, b]
                  - Đồng Đăng
                """);
        assertThat(fields.textList("tags")).containsExactly("tập huấn", "Đồng Đăng");
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:4:4: error: each item of 'tags' must be a single value, not an empty one",
                "content/articles/bai.md:5:5: error: each item of 'tags' must be a single value, not a list");
    }

    @Test
    void readsAChoiceWhateverItsCase() {
        Fields fields = fields("""
                kind: Online
                mode: OFFLINE
                """);
        assertThat(fields.choice("kind", List.of("online", "offline"))).contains("online");
        assertThat(fields.choice("mode", List.of("online", "offline"))).contains("offline");
        assertThat(fields.choice("missing", List.of("online", "offline"))).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void suggestsTheNearestChoice() {
        Fields fields = fields("kind: onlin\n");
        assertThat(fields.choice("kind", List.of("online", "offline", "training"))).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:7: error: 'kind' must be one of online, "
                + "offline, training, not 'onlin': did you mean 'online'?");
    }

    @Test
    void suggestsNothingForAChoiceThatIsFarFromAll() {
        Fields fields = fields("kind: hội thảo\n");
        assertThat(fields.choice("kind", List.of("online", "offline"))).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:7: error: 'kind' must be one of online, offline, not 'hội thảo'");
    }

    @Test
    void readsTrueAndFalseOnly() {
        Fields fields = fields("""
                draft: true
                featured: false
                hidden: yes
                pinned: True
                """);
        assertThat(fields.bool("draft")).contains(true);
        assertThat(fields.bool("featured")).contains(false);
        assertThat(fields.bool("hidden")).isEmpty();
        assertThat(fields.bool("pinned")).isEmpty();
        assertThat(fields.bool("missing")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:4:9: error: 'hidden' must be true or false, not 'yes'",
                "content/articles/bai.md:5:9: error: 'pinned' must be true or false, not 'True'");
    }

    @Test
    void readsWholeNumbersInDecimal() {
        Fields fields = fields("""
                a: 25
                b: 0123
                c: 1_000
                d: "7"
                """);
        assertThat(fields.positiveInt("a", 1, 1000)).contains(25);
        assertThat(fields.positiveInt("b", 1, 1000)).contains(123);
        assertThat(fields.positiveInt("c", 1, 1000)).contains(1000);
        assertThat(fields.positiveInt("d", 1, 1000)).contains(7);
        assertThat(fields.positiveInt("missing", 1, 1000)).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesTextThatIsNotAWholeNumber() {
        Fields fields = fields("""
                pageSize: mười
                ratio: 1.5
                hex: 0x1F
                huge: 99999999999
                """);
        assertThat(fields.positiveInt("pageSize", 1, 1000)).isEmpty();
        assertThat(fields.positiveInt("ratio", 1, 1000)).isEmpty();
        assertThat(fields.positiveInt("hex", 1, 1000)).isEmpty();
        assertThat(fields.positiveInt("huge", 1, 1000)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:11: error: 'pageSize' must be a whole number, not 'mười' (write e.g. 10)",
                "content/articles/bai.md:3:8: error: 'ratio' must be a whole number, not '1.5' (write e.g. 10)",
                "content/articles/bai.md:4:6: error: 'hex' must be a whole number, not '0x1F' (write e.g. 10)",
                "content/articles/bai.md:5:7: error: 'huge' must be a whole number, not '99999999999' (write e.g. 10)");
    }

    @Test
    void suggestsANumberInsideTheRange() {
        Fields fields = fields("""
                small: x
                large: y
                """);
        fields.positiveInt("small", 1, 5);
        fields.positiveInt("large", 20, 50);
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:8: error: 'small' must be a whole number, not 'x' (write e.g. 5)",
                "content/articles/bai.md:3:8: error: 'large' must be a whole number, not 'y' (write e.g. 20)");
    }

    @Test
    void refusesNumbersOutsideTheRange() {
        Fields fields = fields("""
                low: 0
                high: 1001
                negative: -3
                edgeLow: 1
                edgeHigh: 1000
                """);
        assertThat(fields.positiveInt("low", 1, 1000)).isEmpty();
        assertThat(fields.positiveInt("high", 1, 1000)).isEmpty();
        assertThat(fields.positiveInt("negative", 1, 1000)).isEmpty();
        assertThat(fields.positiveInt("edgeLow", 1, 1000)).contains(1);
        assertThat(fields.positiveInt("edgeHigh", 1, 1000)).contains(1000);
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:6: error: 'low' must be between 1 and 1000, not 0",
                "content/articles/bai.md:3:7: error: 'high' must be between 1 and 1000, not 1001",
                "content/articles/bai.md:4:11: error: 'negative' must be between 1 and 1000, not -3");
    }

    @Test
    void readsANestedMapping() {
        Fields fields = fields("""
                conference:
                  kind: online
                """);
        YamlNode.Mapping conference = fields.mappingOf("conference").orElseThrow();
        assertThat(conference.keys()).containsExactly("kind");
        assertThat(conference.position()).isEqualTo(SourcePosition.of(FILE, 3, 3));
    }

    @Test
    void readsAnAbsentOrEmptyNestedMappingAsNothing() {
        Fields fields = fields("conference:\n");
        assertThat(fields.mappingOf("conference")).isEmpty();
        assertThat(fields.mappingOf("missing")).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesAListWhereAMappingIsExpected() {
        Fields fields = fields("conference: [online]\n");
        assertThat(fields.mappingOf("conference")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:13: error: 'conference' must be a mapping (key: value lines), not a list");
    }

    @Test
    void namesKeysOfANestedMappingWithTheirParent() {
        Fields fields = fields("""
                conference:
                  kind: [online]
                  tags: x
                """);
        Fields conference = fields.nested(fields.mappingOf("conference").orElseThrow(), "conference");
        assertThat(conference.name("kind")).isEqualTo("'conference.kind'");
        assertThat(conference.text("kind")).isEmpty();
        assertThat(conference.textList("tags")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:3:9: error: 'conference.kind' must be a single value, not a list",
                "content/articles/bai.md:4:9: error: 'conference.tags' must be a list: write tags: [x]");
    }

    @Test
    void reportsAtTheValueOrAtTheMappingWhenTheKeyIsAbsent() {
        Fields fields = fields("""
                title: A
                date: 28/10/2020
                """);
        assertThat(fields.positionOf("date")).isEqualTo(SourcePosition.of(FILE, 3, 7));
        assertThat(fields.positionOf("missing")).isEqualTo(SourcePosition.of(FILE, 2, 1));
        fields.error("date", Message.of("content.date.invalid.day", "'date'", "28/10/2020"));
        fields.warning("missing", Message.of("config.site.setting.unknown", "missing"));
        assertThat(messages()).containsExactly("content/articles/bai.md:2:1: warning: unknown setting 'missing' (it is "
                + "ignored)", "content/articles/bai.md:3:7: error: 'date' is not a date: \"28/10/2020\" (write it like "
                + "2023-09-22)");
    }

    @Test
    void sharesTheMappingAndProblems() {
        Fields fields = fields("title: A\n");
        assertThat(fields.mapping().keys()).containsExactly("title");
        assertThat(fields.problems()).isSameAs(problems);
    }
}
