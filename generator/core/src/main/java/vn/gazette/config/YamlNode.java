package vn.gazette.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.problem.Message;
import vn.gazette.problem.SourcePosition;

/**
 * A YAML value with the position it was written at: the neutral tree that front matter and configuration are
 * read from, so that SnakeYAML's own types stay inside this package.
 *
 * <p>Scalars are kept as text: YAML 1.1's guesses ({@code yes} → true, {@code 0123} → octal, dates read as
 * UTC) are never applied; each field converts its own text. Immutable and thread-safe.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    SourcePosition position();

    /** What an editor would call this kind of value, for messages ("a list"), in the message's language. */
    Message kind();

    /**
     * Text as written.
     *
     * @param plain whether it was written without quotes (an unquoted {@code ~}, {@code null} or nothing is
     *              an empty value)
     */
    record Scalar(String value, boolean plain, SourcePosition position) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(position, "position");
        }

        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                    || value.equals("NULL"));
        }

        @Override
        public Message kind() {
            return Message.of("config.yaml.kind.scalar");
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(position, "position");
        }

        @Override
        public Message kind() {
            return Message.of("config.yaml.kind.list");
        }
    }

    /** A mapping whose keys are plain text, in the order written; duplicate keys were refused on reading. */
    record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(position, "position");
        }

        public Optional<YamlNode> get(String key) {
            for (Entry entry : entries) {
                if (entry.key().value().equals(key)) {
                    return Optional.of(entry.value());
                }
            }
            return Optional.empty();
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
        }

        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            entries.forEach(e -> keys.add(e.key().value()));
            return keys;
        }

        public Map<String, YamlNode> asMap() {
            Map<String, YamlNode> map = new LinkedHashMap<>();
            entries.forEach(e -> map.put(e.key().value(), e.value()));
            return map;
        }

        @Override
        public Message kind() {
            return Message.of("config.yaml.kind.mapping");
        }
    }

    record Entry(Scalar key, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
