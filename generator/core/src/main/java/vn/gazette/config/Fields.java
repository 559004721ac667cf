package vn.gazette.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.gazette.internal.DidYouMean;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Typed reading of one YAML mapping's fields, each mistake reported at the value's position with what to write
 * instead. Used for site.yaml, front matter and nested blocks alike. Not thread-safe; one per mapping.
 */
public final class Fields {

    private final YamlNode.Mapping map;
    private final Path file;
    private final String stage;
    private final Problems problems;
    private final String prefix;

    public Fields(YamlNode.Mapping map, Path file, String stage, Problems problems) {
        this(map, file, stage, problems, "");
    }

    private Fields(YamlNode.Mapping map, Path file, String stage, Problems problems, String prefix) {
        this.map = map;
        this.file = file;
        this.stage = stage;
        this.problems = problems;
        this.prefix = prefix;
    }

    /** Fields of a nested mapping, whose messages name keys as {@code conference.kind}. */
    public Fields nested(YamlNode.Mapping nested, String name) {
        return new Fields(nested, file, stage, problems, prefix + name + ".");
    }

    public YamlNode.Mapping mapping() {
        return map;
    }

    public Problems problems() {
        return problems;
    }

    /** The key as messages print it, quoted: {@code 'conference.kind'}. */
    public String name(String key) {
        return "'" + path(key) + "'";
    }

    /** The key as messages name it: {@code conference.kind} in the conference block. */
    public String path(String key) {
        return prefix + key;
    }

    public SourcePosition positionOf(String key) {
        return map.get(key).map(YamlNode::position).orElse(map.position());
    }

    public void error(String key, Message message) {
        problems.error(positionOf(key), stage, message);
    }

    public void warning(String key, Message message) {
        problems.warning(positionOf(key), stage, message);
    }

    /** A single text value, stripped; empty if absent, null or wrongly shaped (reported). */
    public Optional<String> text(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            if (scalar.isNull() || scalar.value().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(scalar.value().strip());
        }
        problems.error(node.get().position(), stage, Message.of("config.field.not-single", path(key), node.get().kind()));
        return Optional.empty();
    }

    /**
     * A text value that must be written.
     *
     * @param what    what it holds, put into the message ("the article's headline")
     * @param example the line to write, e.g. {@code date: 2023-09-22}
     */
    public Optional<String> requiredText(String key, Message what, String example) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !isWrongShape(key)) {
            SourcePosition where = map.get(key).map(YamlNode::position).orElse(map.position());
            problems.error(where, stage, map.get(key).isPresent()
                    ? Message.of("config.field.empty", path(key), what, example)
                    : Message.of("config.field.missing", path(key), what, example));
        }
        return value;
    }

    private boolean isWrongShape(String key) {
        return map.get(key).filter(n -> !(n instanceof YamlNode.Scalar)).isPresent();
    }

    /** A list of text values; a single value is refused with the list syntax to write instead. */
    public List<String> textList(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            String value = node.get() instanceof YamlNode.Scalar s ? s.value() : "...";
            // the line as written inside its block: "partners: [...]" under conference:, not "conference.partners:"
            problems.error(node.get().position(), stage, Message.of("config.field.not-list", path(key),
                    key + ": [" + value + "]"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.value().isBlank()) {
                values.add(scalar.value().strip());
            } else {
                problems.error(item.position(), stage, item instanceof YamlNode.Scalar
                        ? Message.of("config.field.item-empty", path(key))
                        : Message.of("config.field.item-not-single", path(key), item.kind()));
            }
        }
        return values;
    }

    /** One of a fixed set of words, compared case-insensitively; a misspelling gets a suggestion. */
    public Optional<String> choice(String key, List<String> allowed) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String word = value.get().toLowerCase(Locale.ROOT);
        for (String option : allowed) {
            if (option.toLowerCase(Locale.ROOT).equals(word)) {
                return Optional.of(option);
            }
        }
        String choices = String.join(", ", allowed);
        error(key, DidYouMean.closest(value.get(), allowed)
                .map(s -> Message.of("config.field.choice.suggest", path(key), choices, value.get(), s))
                .orElse(Message.of("config.field.choice", path(key), choices, value.get())));
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        switch (value.get()) {
            case "true":
                return Optional.of(true);
            case "false":
                return Optional.of(false);
            default:
                error(key, Message.of("config.field.not-boolean", path(key), value.get()));
                return Optional.empty();
        }
    }

    /** A whole number in {@code [min, max]}. */
    public Optional<Integer> positiveInt(String key, int min, int max) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String digits = value.get().replace("_", "");
        if (!digits.matches("-?[0-9]{1,9}")) {
            error(key, Message.of("config.field.not-number", path(key), value.get(), max(min, 10, max)));
            return Optional.empty();
        }
        int number = Integer.parseInt(digits);
        if (number < min || number > max) {
            error(key, Message.of("config.field.out-of-range", path(key), min, max, number));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    private static int max(int min, int preferred, int max) {
        return Math.max(min, Math.min(preferred, max));
    }

    /** A nested mapping; anything else is reported. */
    public Optional<YamlNode.Mapping> mappingOf(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping nested) {
            return Optional.of(nested);
        }
        problems.error(node.get().position(), stage, Message.of("config.field.not-mapping", path(key),
                node.get().kind()));
        return Optional.empty();
    }
}
