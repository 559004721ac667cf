package vn.gazette.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.internal.Slugs;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Markdown to HTML with Flexmark: CommonMark plus GFM tables (column alignment as {@code align-left} ... classes,
 * not the obsolete {@code align} attribute), task lists, strikethrough, autolinks, footnotes, and heading ids with
 * an anchor link.
 *
 * <p>The parser and renderer are built once and shared: Flexmark's {@code Parser} and {@code HtmlRenderer} keep no
 * state between documents, so this class is thread-safe. A pathological document (thousands of nested quotes)
 * overflows the stack inside Flexmark; that is caught and reported as a content problem, not a crash.
 */
public final class MarkdownConverter {

    /** Changes whenever the HTML for the same Markdown could change: it is part of the build cache's keys. */
    public static final String VERSION = "flexmark-0.64.8/gazette-markdown-6";

    /** What a heading's anchor link shows: a sign that assistive technology skips (the heading names the link). */
    static final String ANCHOR_TEXT = "<span aria-hidden=\"true\">#</span>";

    /**
     * The deepest a body's tree may be: far deeper than any article (lists in lists in a quote are a dozen levels),
     * shallow enough that Flexmark's walks up the tree stay cheap ({@link #deeperThan}).
     */
    static final int MAX_DEPTH = 256;

    private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)(https?|mailto|tel):.*");
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]+");
    /** Flexmark's void elements end in " />"; its attribute values never hold a raw {@code <} or {@code >}. */
    private static final Pattern VOID_SLASH = Pattern.compile("<(br|hr|img|input)(\\s[^<>]*?)?\\s*/>");

    /**
     * Where a text run's place is marked in the renderer's output, to be filled in after rendering ({@link #text}):
     * a mark is U+E000, the run's number in decimal, then U+E001. Both are private-use characters. A body that
     * holds either, or a numeric character reference ({@code &#}, which can give any character), is rendered
     * without marks: besides its own markup, the renderer writes no character the body does not hold or give by
     * a reference.
     */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';

    /** The text runs of the document being rendered, in the order they were marked; unset when nothing is marked. */
    private static final NullableDataKey<List<String>> TEXT_RUNS = new NullableDataKey<>("GAZETTE_TEXT_RUNS");

    private final Parser parser;
    /**
     * The same parser without the autolink extension, for bodies that hold none of the text an autolink starts
     * with ({@code ://}, {@code www.}, {@code @}): the extension scans every text node, which is about 40% of the
     * parsing time of a plain article, and can find nothing there, so the HTML is the same.
     */
    private final Parser plainParser;
    private final HtmlRenderer renderer;
    /** Whether text runs are marked while rendering and filled in after ({@link #text}); off only in tests. */
    private final boolean marksText;

    public MarkdownConverter(RawHtmlPolicy rawHtml) {
        this(rawHtml, true);
    }

    /** A converter that writes text in place as Flexmark renders it when {@code marksText} is off: for tests. */
    MarkdownConverter(RawHtmlPolicy rawHtml, boolean marksText) {
        this.marksText = marksText;
        DataHolder options = options(rawHtml, List.of(new PipeTables(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                AnchorLinkExtension.create()));
        this.parser = Parser.builder(options).build();
        this.plainParser = Parser.builder(options(rawHtml, List.of(new PipeTables(),
                StrikethroughExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                AnchorLinkExtension.create()))).build();
        this.renderer = HtmlRenderer.builder(options)
                // before the core's renderers, which it takes the place of for text
                .nodeRendererFactory(rendererOptions -> () -> Set.of(new NodeRenderingHandler<>(Text.class,
                        MarkdownConverter::text)))
                .htmlIdGeneratorFactory(new SlugIdsFactory())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return MarkdownConverter::alignmentClass;
                    }
                })
                .build();
    }

    private static DataHolder options(RawHtmlPolicy rawHtml, List<Extension> extensions) {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, ANCHOR_TEXT)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtmlPolicy.ESCAPE)
                // HTML as the renderers write it, without Flexmark's line formatting (trimming each line's leading
                // whitespace as it is appended): the same bytes for the benchmark's 10,000 articles and the sample,
                // but that a footnote's back-link ends its item on the same line; 2-5% of a cold build's time
                .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH)
                .toImmutable();
    }

    /** Whether a body holds text an autolink could start at: a scheme's {@code ://}, {@code www.} or an address's @. */
    static boolean mayHoldAutolinks(String markdown) {
        if (markdown.indexOf('@') >= 0 || markdown.contains("://")) {
            return true;
        }
        return startsWww(markdown, 'w') || startsWww(markdown, 'W');
    }

    /** Whether "www." in any case starts at one of the places of {@code first} (found by indexOf: no charAt each). */
    private static boolean startsWww(String markdown, char first) {
        for (int i = markdown.indexOf(first); i >= 0 && i + 4 <= markdown.length(); i = markdown.indexOf(first, i + 1)) {
            if (markdown.regionMatches(true, i, "www.", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts one article body.
     *
     * @param firstLine the file line of the body's first line, so link positions name file lines
     */
    public Optional<MarkdownDocument> convert(String markdown, Path file, int firstLine, Problems problems) {
        try {
            Document document = (mayHoldAutolinks(markdown) ? parser : plainParser).parse(markdown);
            if (deeperThan(document, MAX_DEPTH)) {
                problems.error(SourcePosition.of(file, firstLine, 1), FrontMatterParser.STAGE,
                        Message.of("content.markdown.too-deep"));
                return Optional.empty();
            }
            List<MarkdownDocument.LinkTarget> links = new ArrayList<>();
            List<MarkdownDocument.RawHtml> raw = new ArrayList<>();
            Lines lines = new Lines(markdown);
            boolean unsafe = false;
            for (Node node : document.getDescendants()) {
                if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                    unsafe = true;
                    raw.add(new MarkdownDocument.RawHtml(node.getChars().toString(), firstLine + lines.line(node.getStartOffset()),
                            lines.column(node.getStartOffset())));
                } else if (node instanceof LinkNodeBase || node instanceof RefNode) {
                    Optional<String> url = url(node, document);
                    if (url.isPresent()) {
                        boolean image = node instanceof Image || node instanceof ImageRef;
                        links.add(new MarkdownDocument.LinkTarget(url.get(), firstLine + lines.line(node.getStartOffset()),
                                lines.column(node.getStartOffset()), image, image && altText(node).isBlank()));
                        unsafe |= !isSafe(url.get());
                    }
                }
            }
            String html = html5(render(document, markdown));
            // after rendering: the renderer gives headings their ids
            List<MarkdownDocument.Heading> headings = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading heading && heading.getAnchorRefId() != null) {
                    headings.add(new MarkdownDocument.Heading(heading.getAnchorRefId(), heading.getLevel(),
                            firstLine + lines.line(node.getStartOffset()), lines.column(node.getStartOffset())));
                }
            }
            return Optional.of(new MarkdownDocument(html, unsafe, links, raw, headings));
        } catch (StackOverflowError e) {
            problems.error(SourcePosition.of(file, firstLine, 1), FrontMatterParser.STAGE,
                    Message.of("content.markdown.too-deep"));
            return Optional.empty();
        }
    }

    /**
     * Whether the tree has a node more than {@code most} levels below its root, found without recursion. Flexmark's
     * renderer walks up the tree from node after node (an image's text is collected by asking, for each node under
     * it, whether it lies inside another image), so a tree thousands of levels deep takes time quadratic in its depth
     * without reading its text: 200,000 nested images took 69 s on Temurin 25, past any time limit that a thread
     * which cannot be stopped (Java 20 and later) could keep.
     */
    static boolean deeperThan(Node root, int most) {
        int depth = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > most) {
                    return true;
                }
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return false;
    }

    private static Optional<String> url(Node node, Document document) {
        if (node instanceof Link link) {
            return Optional.of(link.getUrl().toString());
        }
        if (node instanceof Image image) {
            return Optional.of(image.getUrl().toString());
        }
        if (node instanceof AutoLink autoLink) {
            return Optional.of(autoLink.getUrl().toString());
        }
        if (node instanceof MailLink) {
            return Optional.empty();
        }
        if (node instanceof LinkRef || node instanceof ImageRef) {
            Reference reference = ((RefNode) node).getReferenceNode(document);
            return reference == null ? Optional.empty() : Optional.of(reference.getUrl().toString());
        }
        return Optional.empty();
    }

    private static String altText(Node node) {
        return node instanceof Image image ? image.getText().toString()
                : node instanceof ImageRef ref ? ref.getText().toString() : "";
    }

    /**
     * Renders a document, its text runs marked and filled in afterwards ({@link #text}); a body that holds a mark's
     * characters itself, or a reference that could give one, is rendered with its text written in place.
     */
    private String render(Document document, String markdown) {
        if (!marksText || markdown.indexOf(MARK_START) >= 0 || markdown.indexOf(MARK_END) >= 0
                || markdown.contains("&#")) {
            return renderer.render(document);
        }
        List<String> runs = new ArrayList<>();
        return filled(marked(document, runs), runs);
    }

    /** The renderer's output for a document with its text runs marked, the runs added to {@code runs}. */
    private String marked(Document document, List<String> runs) {
        TEXT_RUNS.set(document, runs);
        return renderer.render(document);
    }

    /** What the renderer writes for a body (without autolinks), marks and all, before they are filled in: for tests. */
    String marked(String markdown, List<String> runs) {
        return marked(plainParser.parse(markdown), runs);
    }

    /** The renderer's output with each mark replaced by its text run. */
    static String filled(String html, List<String> runs) {
        int mark = html.indexOf(MARK_START);
        if (mark < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64 * runs.size());
        int from = 0;
        while (mark >= 0) {
            int end = html.indexOf(MARK_END, mark);
            out.append(html, from, mark).append(runs.get(Integer.parseInt(html, mark + 1, end, 10)));
            from = end + 1;
            mark = html.indexOf(MARK_START, from);
        }
        return out.append(html, from, html.length()).toString();
    }

    /**
     * A text node, as Flexmark's core renders it (its backslash escapes and entities resolved, its line ends made
     * {@code \n}, then escaped), but without those first two steps when the text has none of {@code \}, {@code &}
     * and {@code \r}, so nothing for them to change: they copy the text a character at a time through Flexmark's
     * sequences, a sixth of the time converting a plain article took.
     *
     * <p>Such a text on one line, which is most of an article's text, is escaped here and written as a short mark
     * that {@link #filled} replaces once the document is rendered: Flexmark's writer takes what it is given a
     * character at a time, keeping its lines as it goes (it copies each character three times), which took about a
     * third of the time rendering an article took. The output is the same: the writer does nothing with a line's
     * characters but copy them, as long as the line breaks are where they were ({@code F_PASS_THROUGH}, and no mark
     * for a text with a line break) and a line of spaces stays one (no mark for a blank text).
     */
    private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String text = base.substring(chars.getStartOffset(), chars.getEndOffset());
            if (text.indexOf('\\') < 0 && text.indexOf('&') < 0 && text.indexOf('\r') < 0) {
                List<String> runs = TEXT_RUNS.get(context.getDocument());
                if (runs != null && text.indexOf('\n') < 0 && !text.isBlank()) {
                    html.raw(MARK_START + Integer.toString(runs.size()) + MARK_END);
                    runs.add(escaped(text));
                } else {
                    html.text(text);
                }
                return;
            }
        }
        html.text(Escaping.normalizeEOL(chars.unescape()));
    }

    /**
     * A text escaped as Flexmark's writer escapes it ({@code Escaping.escapeHtml}), without its pattern's pass for a
     * text with none of {@code <}, {@code >} and {@code "} (the caller has found no {@code &}): most text has none.
     */
    static String escaped(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return Escaping.escapeHtml(text, false);
    }

    /**
     * Table cells say their alignment with a class the theme styles ({@code align-right}), not {@code align}; a
     * heading's anchor link is named by its heading ({@code aria-labelledby}), as its "#" is hidden from assistive
     * technology.
     */
    private static void alignmentClass(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof AnchorLink && node.getParent() instanceof Heading heading
                && heading.getAnchorRefId() != null && !heading.getAnchorRefId().isEmpty()) {
            attributes.replaceValue("aria-labelledby", heading.getAnchorRefId());
        }
        if (node instanceof TableCell && attributes.contains("align")) {
            String align = attributes.getValue("align");
            attributes.remove("align");
            if (!align.isEmpty()) {
                attributes.addValue("class", "align-" + align);
            }
        }
    }

    /**
     * Flexmark's HTML as HTML5 writes it, which the Nu HTML Checker passes without a warning: void elements without
     * the XHTML slash ({@code <br>}, {@code <hr>}).
     */
    static String html5(String html) {
        if (!html.contains("/>")) {
            return html; // most bodies: no pattern run over them
        }
        return VOID_SLASH.matcher(html).replaceAll(match -> "<" + match.group(1) + (match.group(2) == null ? ""
                : java.util.regex.Matcher.quoteReplacement(match.group(2).stripTrailing())) + ">");
    }

    static boolean isSafe(String url) {
        // judged as the browser will read it: entities decoded (Flexmark decodes them when rendering) and the
        // tabs, line breaks and control characters that browsers drop removed, so "java&#9;script:" is caught
        String trimmed = CONTROL.matcher(Escaping.unescapeString(url)).replaceAll("");
        return !HAS_SCHEME.matcher(trimmed).matches() || SAFE_SCHEME.matcher(trimmed).matches();
    }

    /**
     * The line and column of a place in a body. Flexmark's {@code Node.getStartLineNumber} counts the line breaks
     * from the top of the document for every node it is asked about, one character at a time (2% of a cold build's
     * samples, for the links and headings of 10,000 articles); here the ends of the line breaks are found once per
     * body and a place's line is looked up among them.
     */
    static final class Lines {
        private final String text;
        /** Where each line break ends ({@code \n}, {@code \r} or {@code \r\n}, as Flexmark counts them), ascending. */
        private int[] ends;
        private int count;

        Lines(String text) {
            this.text = text;
        }

        /** Finds the line breaks, the first time a line is asked for (most bodies have a link or a heading). */
        private void find() {
            ends = new int[16];
            int length = text.length();
            if (text.indexOf('\r') < 0) {
                for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                    add(i + 1);
                }
                return;
            }
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (c == '\n' || c == '\r') {
                    add(i + 1);
                }
            }
        }

        private void add(int end) {
            if (count == ends.length) {
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = end;
        }

        /** The line of {@code offset}, from 0: what Flexmark's {@code Document.getLineNumber} gives. */
        int line(int offset) {
            if (ends == null) {
                find();
            }
            int low = 0;
            int high = count; // the number of breaks ending at or before offset
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ends[middle] <= offset) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /**
         * The column of {@code offset}, from 1, counted from the last {@code \n} before it. Columns count characters
         * as editors see them: a letter outside the BMP (an emoji) is one column.
         */
        int column(int offset) {
            int lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
            return text.codePointCount(lineStart, offset) + 1;
        }
    }

    /** Makes one {@link SlugIds} per rendered document. */
    private static final class SlugIdsFactory implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new SlugIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new SlugIds();
        }
    }

    /** Heading ids from the same slug rule as URLs: "Nội dung chính" gets {@code id="noi-dung-chinh"}. */
    private static final class SlugIds implements HtmlIdGenerator {
        private final Set<String> used = new HashSet<>();
        private final Map<String, Integer> lastNumber = new HashMap<>();

        @Override
        public void generateIds(Document document) {
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading heading && !heading.isExplicitAnchorRefId()) {
                    heading.setAnchorRefId(unique(heading.getAnchorRefText()));
                }
            }
        }

        private String unique(String text) {
            String base = Slugs.slugify(text);
            if (base.isEmpty()) {
                base = "muc";
            }
            // "Tin", "Tin", "Tin 2" must not give "tin-2" twice: skip numbered ids another heading already took
            int number = lastNumber.getOrDefault(base, 1);
            String id = number == 1 ? base : base + "-" + number;
            while (!used.add(id)) {
                number++;
                id = base + "-" + number;
            }
            lastNumber.put(base, number);
            return id;
        }

        @Override
        public String getId(Node node) {
            return node instanceof Heading heading ? heading.getAnchorRefId() : null;
        }

        @Override
        public String getId(CharSequence text) {
            return Slugs.slugify(text.toString()).toLowerCase(Locale.ROOT);
        }
    }
}
