package vn.gazette.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Reads YAML text into {@link YamlNode}s with SnakeYAML, with the settings that make it safe for text written by
 * many hands.
 *
 * <p>Only composition is used (no object construction, so no tags can create Java objects); anchors and
 * aliases are refused (front matter needs none, and they are how "billion laughs" documents blow up); nesting
 * and size are bounded; duplicate keys are errors. Every problem carries the file position, counted from
 * {@code firstLine} (front matter starts on the second line of its file). Stateless and thread-safe: each call
 * builds its own parser.
 */
public final class YamlReader {

    /** Deeper than any real front matter or configuration, shallow enough to keep walkers safe. */
    public static final int MAX_DEPTH = 12;

    private static final java.util.regex.Pattern CHARACTER = java.util.regex.Pattern.compile(
            "found character '(.)' that cannot start any token");

    private final String stage;

    public YamlReader(String stage) {
        this.stage = stage;
    }

    /**
     * The document's root node, or empty if the text is empty or broken (the reason is in {@code problems}).
     *
     * @param firstLine the file line (1-based) of the YAML text's first line
     */
    public Optional<YamlNode> read(String text, Path file, int firstLine, Problems problems) {
        return read(text, file, firstLine, problems, false);
    }

    /**
     * Like {@link #read}, but a mapping with a duplicate key or a key that is not text is still given, without that
     * entry (of duplicate keys the first is kept), so that the caller can check everything else in the same run; the
     * key problems are reported all the same. Text that is not YAML at all still gives nothing.
     */
    public Optional<YamlNode> readDespiteKeyErrors(String text, Path file, int firstLine, Problems problems) {
        return read(text, file, firstLine, problems, true);
    }

    private Optional<YamlNode> read(String text, Path file, int firstLine, Problems problems, boolean despiteKeys) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // checked below, with the position of the second key
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(1024, text.length() + 16));
        options.setProcessComments(false);
        Parser parser = new NoAliasParser(new ParserImpl(new StreamReader(text), options));
        Composer composer = new Composer(parser, new PlainResolver(), options);
        try {
            Node root = composer.getSingleNode();
            if (root == null) {
                return Optional.empty();
            }
            Converter converter = new Converter(file, firstLine, problems);
            YamlNode node = converter.convert(root, 0);
            return converter.failed && !despiteKeys ? Optional.empty() : Optional.of(node);
        } catch (MarkedYAMLException e) {
            problems.error(position(file, firstLine, mark(e)), stage, explain(e));
        } catch (AliasException e) {
            problems.error(position(file, firstLine, e.mark), stage, Message.of("config.yaml.alias"));
        } catch (YAMLException e) {
            // the depth limit is a plain YAMLException without a mark, not a MarkedYAMLException
            Message message = String.valueOf(e.getMessage()).contains("Nesting Depth")
                    ? Message.of("config.yaml.too-deep", MAX_DEPTH)
                    : Message.of("config.yaml.invalid", String.valueOf(e.getMessage()));
            problems.error(SourcePosition.of(file, firstLine, 1), stage, message);
        } catch (StackOverflowError e) {
            problems.error(SourcePosition.of(file, firstLine, 1), stage, Message.of("config.yaml.too-deep.unknown"));
        }
        return Optional.empty();
    }

    private static SourcePosition position(Path file, int firstLine, Mark mark) {
        if (mark == null) {
            return SourcePosition.of(file, firstLine, 1);
        }
        return SourcePosition.of(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /**
     * Where the editor has to look: where SnakeYAML gave up, except for the mistakes it only notices lines later
     * (a quote or bracket never closed, a line without its ':'), which are shown where they were made.
     */
    private static Mark mark(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        boolean atStart = context.contains("while scanning a quoted scalar") && problem.contains("end of stream")
                || context.contains("while parsing a flow") && problem.startsWith("expected ','")
                || problem.contains("could not find expected ':'");
        if (atStart && e.getContextMark() != null || e.getProblemMark() == null) {
            return e.getContextMark();
        }
        return e.getProblemMark();
    }

    /** SnakeYAML's own words (kept in English) and the hint for the mistakes editors make. */
    private static Message explain(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        // SnakeYAML adds "(Do not use @ for indentation)" whatever the character: the hints below say it better
        problem = problem.replaceFirst("\\. \\(Do not use .* for indentation\\)$", "");
        String said = problem.isEmpty() ? context : problem;
        java.util.regex.Matcher character = CHARACTER.matcher(problem);
        if (problem.startsWith("Global tag is not allowed")) {
            String tag = problem.substring(problem.indexOf(':') + 1).strip().replace("tag:yaml.org,2002:", "!!");
            return Message.of("config.yaml.tag", tag);
        } else if (problem.contains("mapping values are not allowed")) {
            return Message.of("config.yaml.colon-in-value", said);
        } else if (problem.contains("(TAB)") || problem.contains("found character '\\t'")) {
            return Message.of("config.yaml.tab", said);
        } else if (context.contains("while scanning a quoted scalar")) {
            return Message.of("config.yaml.quote-unclosed", said);
        } else if (problem.contains("could not find expected ':'")) {
            return Message.of("config.yaml.colon-missing", said);
        } else if (problem.startsWith("expected ',' or ']'")) {
            return Message.of("config.yaml.bracket-unclosed", said);
        } else if (problem.startsWith("expected ',' or '}'")) {
            return Message.of("config.yaml.brace-unclosed", said);
        } else if (problem.equals("expected <block end>, but found '<scalar>'")) {
            return Message.of("config.yaml.after-quote", said);
        } else if (problem.startsWith("expected <block end>, but found '<block")) {
            return Message.of("config.yaml.indent", said);
        } else if (problem.startsWith("found unknown escape character")) {
            return Message.of("config.yaml.escape", said);
        } else if (problem.equals("but found another document")) {
            return Message.of("config.yaml.second-document");
        } else if (character.matches()) {
            return Message.of("config.yaml.reserved-start", said, character.group(1));
        }
        return Message.of("config.yaml.invalid", said);
    }

    /** Turns SnakeYAML nodes into positioned {@link YamlNode}s, checking keys on the way. */
    private final class Converter {
        private final Path file;
        private final int firstLine;
        private final Problems problems;
        private boolean failed;

        Converter(Path file, int firstLine, Problems problems) {
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        YamlNode convert(Node node, int depth) {
            SourcePosition where = position(file, firstLine, node.getStartMark());
            if (node instanceof ScalarNode scalar) {
                return new YamlNode.Scalar(scalar.getValue(), scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN, where);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new YamlNode.Sequence(items, where);
            }
            MappingNode mapping = (MappingNode) node;
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, SourcePosition> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                YamlNode key = convert(tuple.getKeyNode(), depth + 1);
                YamlNode value = convert(tuple.getValueNode(), depth + 1);
                if (!(key instanceof YamlNode.Scalar scalarKey) || scalarKey.isNull()) {
                    problems.error(key.position(), stage, Message.of("config.yaml.key.not-plain", key.kind()));
                    failed = true;
                    continue;
                }
                SourcePosition earlier = seen.putIfAbsent(scalarKey.value(), scalarKey.position());
                if (earlier != null) {
                    problems.error(scalarKey.position(), stage,
                            Message.of("config.yaml.key.duplicate", scalarKey.value(), earlier.line()));
                    failed = true;
                    continue;
                }
                entries.add(new YamlNode.Entry(scalarKey, value));
            }
            return new YamlNode.Mapping(entries, where);
        }
    }

    /** Every scalar is text: no YAML 1.1 type guessing. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // intentionally none
        }
    }

    /** Refuses anchors and aliases as soon as the parser meets them. */
    private static final class NoAliasParser implements Parser {
        private final Parser delegate;

        NoAliasParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = delegate.getEvent();
            if (event instanceof AliasEvent
                    || event instanceof ScalarEvent scalar && scalar.getAnchor() != null
                    || event instanceof CollectionStartEvent collection && collection.getAnchor() != null) {
                throw new AliasException(event.getStartMark());
            }
            return event;
        }
    }

    private static final class AliasException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;

        AliasException(Mark mark) {
            super("alias", null, false, false);
            this.mark = mark;
        }
    }
}
