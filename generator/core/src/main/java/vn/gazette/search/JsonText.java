package vn.gazette.search;

/** JSON strings for the index files, escaped so they are also safe inside HTML. Stateless and thread-safe. */
final class JsonText {

    private JsonText() {
    }

    /** Appends {@code "name":"value",}. */
    static void field(StringBuilder json, String name, String value) {
        string(json, name);
        json.append(':');
        string(json, value);
        json.append(',');
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '<', '>', '&', '\u2028', '\u2029' -> json.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
