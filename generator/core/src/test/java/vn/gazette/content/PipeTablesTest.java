package vn.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PipeTablesTest {

    /** Pieces of tables and of what is nearly one: rows, separator rows, setext underlines, quotes, lists, escapes. */
    private static final List<String> PIECES = List.of("| Xã | Số |\n", "| --- | ---: |\n", "|:-:|\n", "a | b\n",
            "-|-\n", "--- | ---\n", "---\n", "===\n", "|", "\\|", "Tỉnh Lạng Sơn", " ", "\n", "\n\n", "> ", "- ", "1. ",
            "    ", "`|`", "**", "| 1 | 2 | 3 |\n", "|\n");

    private static DataHolder options(Extension tables) {
        return new MutableDataSet().set(Parser.EXTENSIONS, List.of(tables))
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true).set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true).toImmutable();
    }

    private final DataHolder flexmark = options(TablesExtension.create());
    private final Parser flexmarkParser = Parser.builder(flexmark).build();
    private final Parser pipeParser = Parser.builder(options(new PipeTables())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(flexmark).build();

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(PIECES).list().ofMaxSize(16).map(pieces -> String.join("", pieces));
    }

    /** A jqwik property: the same HTML as Flexmark's own table parser gives, table or no table. */
    @Property(tries = 600, seed = "20261208")
    void bodiesParseIntoTheTreesFlexmarksTableParserMakes(@ForAll("markdown") String markdown) {
        assertThat(renderer.render(pipeParser.parse(markdown))).as(markdown)
                .isEqualTo(renderer.render(flexmarkParser.parse(markdown)));
    }

    @Test
    void onlyParagraphsHoldingAPipeAreHandedToTheTableParser() {
        List<String> handed = new ArrayList<>();
        ParagraphPreProcessor table = (paragraph, state) -> {
            handed.add(paragraph.getChars().toString());
            return 0;
        };
        ParagraphPreProcessor guarded = PipeTables.onlyWithPipes(table);
        Document document = Parser.builder().build()
                .parse("Hội nghị tập huấn\nở Lạng Sơn\n\n> Xã | Số\n> --- | ---\n\nCòn `|` ở đây\n\n- mục\n  | cuối\n");
        for (var node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                assertThat(guarded.preProcessBlock(paragraph, null)).isZero();
            }
        }
        assertThat(handed).containsExactly("Xã | Số\n> --- | ---\n", "Còn `|` ở đây\n", "mục\n  | cuối\n");
    }

    @Test
    void aBodyIsSearchedForPipesAboutOnceAndEachParagraphIsAnsweredByWhereTheNextPipeIs() {
        Document document = Parser.builder().build().parse("một\n\nhai\n\nba | bốn\n\nnăm\n\nsáu |\n\nbảy\n");
        PipeTables.Pipes pipes = new PipeTables.Pipes();
        List<Boolean> answers = new ArrayList<>();
        for (var node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                answers.add(pipes.in(paragraph));
            }
        }
        assertThat(answers).containsExactly(false, false, true, false, true, false);
        assertThat(pipes.searches).isEqualTo(3); // from the first, the fourth and the sixth paragraph
        // asked out of order, it searches again
        Paragraph first = (Paragraph) document.getFirstChild();
        assertThat(pipes.in(first)).isFalse();
        assertThat(pipes.in((Paragraph) first.getNext().getNext())).isTrue();
    }

    @Test
    void aTableIsStillATableInAQuoteAListAndAtTheEndOfABody() {
        Parser parser = Parser.builder(options(new PipeTables())).build();
        assertThat(renderer.render(parser.parse("> | Xã | Số |\n> | --- | ---: |\n> | Tân Văn | 12 |\n")))
                .contains("<table>", "<td align=\"right\">12</td>");
        assertThat(renderer.render(parser.parse("- | a |\n  | --- |\n"))).contains("<table>", "<th>a</th>");
        assertThat(renderer.render(parser.parse("Đoạn đầu.\n\nx | y\n---|---\n1 | 2"))).contains("<td>1</td>");
    }
}
