package vn.gazette;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a JSON document against the part of JSON Schema 2020-12 that Gazette's own schemas use (type, const, enum,
 * minimum, the date and uri formats, required, properties, items), so that exports can be validated without a
 * validator library. A keyword outside that part is refused rather than ignored, so the check never passes
 * silently on a schema it does not understand. Stateless.
 */
final class JsonSchemaSubset {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description");
    private static final Set<String> KEYWORDS = Set.of("type", "const", "enum", "minimum", "format", "required",
            "properties", "items");

    private JsonSchemaSubset() {
    }

    /** Every place where {@code value} breaks {@code schema}, as {@code $.conferences[0].kind: ...}; empty if none. */
    static List<String> violations(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "$", found);
        return found;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> found) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String keyword = names.next();
            if (!KEYWORDS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
                throw new IllegalArgumentException("the schema uses '" + keyword + "' at " + path
                        + ", which this check does not understand");
            }
        }
        if (schema.has("type")) {
            JsonNode type = schema.get("type");
            List<String> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else {
                types.add(type.asText());
            }
            if (types.stream().noneMatch(t -> is(t, value))) {
                found.add(path + ": " + value.getNodeType().name().toLowerCase() + " is not " + String.join(" or ", types));
                return;
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(path + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                found.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.isNumber()
                && value.decimalValue().compareTo(new BigDecimal(schema.get("minimum").asText())) < 0) {
            found.add(path + ": " + value + " is less than " + schema.get("minimum"));
        }
        if (schema.has("format") && value.isTextual()) {
            checkFormat(schema.get("format").asText(), value.asText(), path, found);
        }
        if (schema.has("required") && value.isObject()) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asText())) {
                    found.add(path + ": '" + name.asText() + "' is missing");
                }
            }
        }
        if (schema.has("properties") && value.isObject()) {
            for (Iterator<String> names = schema.get("properties").fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (value.has(name)) {
                    check(schema.get("properties").get(name), value.get(name), path + "." + name, found);
                }
            }
        }
        if (schema.has("items") && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static boolean is(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type '" + type + "'");
        };
    }

    private static void checkFormat(String format, String text, String path, List<String> found) {
        switch (format) {
            case "date" -> {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    found.add(path + ": '" + text + "' is not a date");
                }
            }
            case "uri" -> {
                try {
                    if (!URI.create(text).isAbsolute()) {
                        found.add(path + ": '" + text + "' is not an absolute URI");
                    }
                } catch (IllegalArgumentException e) {
                    found.add(path + ": '" + text + "' is not a URI");
                }
            }
            default -> throw new IllegalArgumentException("unknown format '" + format + "'");
        }
    }
}
