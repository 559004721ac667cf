package vn.gazette.content;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * Flexmark's GFM tables, parsed by its own table parser, which is handed only the paragraphs that hold a {@code |}.
 * A table needs one (Flexmark takes no separator row without a pipe, as it would be a setext heading's underline),
 * so the tree is the same; but the table parser looks for one in each line of every paragraph a character at a time
 * through Flexmark's sequences, and most paragraphs are one long line of text. Here the body's own string is searched
 * instead: parsing the benchmark's 10,000 bodies on one thread under C1 took 6-7% less (3.30-3.39 s against
 * 3.54-3.63 s, the same trees).
 */
final class PipeTables extends TablesExtension {

    @Override
    public void extend(Parser.Builder parser) {
        ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
        parser.paragraphPreProcessorFactory(new ParagraphPreProcessorFactory() {
            @Override
            public ParagraphPreProcessor apply(ParserState state) {
                return onlyWithPipes(tables.apply(state));
            }

            @Override
            public Set<Class<?>> getAfterDependents() {
                return tables.getAfterDependents();
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return tables.getBeforeDependents();
            }

            @Override
            public boolean affectsGlobalScope() {
                return tables.affectsGlobalScope();
            }
        });
    }

    /** The table parser, handed only the paragraphs that hold a pipe; the others it leaves as they are (0). */
    static ParagraphPreProcessor onlyWithPipes(ParagraphPreProcessor table) {
        return (paragraph, state) -> holdsPipe(paragraph) ? table.preProcessBlock(paragraph, state) : 0;
    }

    /**
     * Whether a paragraph's lines hold a {@code |}, looked for from its first line's start to its last line's end in
     * the body (a quote's or a list's markers between the lines hold none); true when that cannot be told, so that
     * the table parser looks itself.
     */
    static boolean holdsPipe(Paragraph paragraph) {
        List<BasedSequence> lines = paragraph.getContentLines();
        if (lines.isEmpty() || !(lines.get(0).getBase() instanceof String base)
                || lines.get(lines.size() - 1).getBase() != base) {
            return true;
        }
        int end = lines.get(lines.size() - 1).getEndOffset();
        int pipe = base.indexOf('|', lines.get(0).getStartOffset());
        return pipe >= 0 && pipe < end;
    }
}
