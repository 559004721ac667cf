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
 * instead, and where its next pipe lies is remembered, so a body is read about once: parsing the benchmark's 10,000
 * bodies on one thread under C1 took about 7% less (3.26-3.31 s against 3.52-3.57 s, the same trees).
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

    /**
     * The table parser, handed only the paragraphs that hold a pipe; the others it leaves as they are (0). Made for
     * one document: it remembers where its last search ended.
     */
    static ParagraphPreProcessor onlyWithPipes(ParagraphPreProcessor table) {
        Pipes pipes = new Pipes();
        return (paragraph, state) -> pipes.in(paragraph) ? table.preProcessBlock(paragraph, state) : 0;
    }

    /**
     * Where the pipes of one body are. A search runs from a paragraph's start to the next pipe of the body, which may
     * lie past the paragraph; it is remembered, so the paragraphs before that pipe are answered without a search and
     * the body is read about once however many paragraphs it has (searching each paragraph to the body's end would take
     * time quadratic in the number of paragraphs of a body without a pipe).
     */
    static final class Pipes {
        private String base;
        /** Where the last search began, and the first pipe at or after it (-1: none). */
        private int searchedFrom = -1;
        private int found = -1;
        /** How many searches it made: for tests. */
        int searches;

        /**
         * Whether a paragraph's lines hold a {@code |}, between its first line's start and its last line's end in the
         * body (a quote's or a list's markers between the lines hold none); true when that cannot be told, so that
         * the table parser looks itself.
         */
        boolean in(Paragraph paragraph) {
            List<BasedSequence> lines = paragraph.getContentLines();
            if (lines.isEmpty() || !(lines.get(0).getBase() instanceof String text)
                    || lines.get(lines.size() - 1).getBase() != text) {
                return true;
            }
            int start = lines.get(0).getStartOffset();
            int end = lines.get(lines.size() - 1).getEndOffset();
            if (text != base || searchedFrom < 0 || start < searchedFrom || (found >= 0 && found < start)) {
                base = text;
                searchedFrom = start;
                found = text.indexOf('|', start);
                searches++;
            }
            return found >= 0 && found < end;
        }
    }
}
