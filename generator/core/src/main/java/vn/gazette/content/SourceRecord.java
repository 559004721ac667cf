package vn.gazette.content;

import java.util.List;
import java.util.regex.Pattern;
import vn.gazette.config.Fields;
import vn.gazette.config.YamlNode;
import vn.gazette.internal.DidYouMean;
import vn.gazette.problem.Message;

/**
 * Checks an article's {@code source:} block, the record {@code gazette import} writes of where an article came from
 * (url, capture, sha256, imported, written). The block is for editors and the importer; the site does not show it.
 * Stateless and thread-safe.
 */
final class SourceRecord {

    static final List<String> KEYS = List.of("url", "capture", "sha256", "imported", "written");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private SourceRecord() {
    }

    static void check(Fields fields) {
        for (YamlNode.Entry e : fields.mapping().entries()) {
            String key = e.key().value();
            if (!KEYS.contains(key)) {
                fields.problems().warning(e.key().position(), FrontMatterParser.STAGE, Message.of("content.source.key",
                        key, DidYouMean.closest(key, KEYS).map(c -> " (" + c + "?)").orElse(""), String.join(", ", KEYS)));
            }
        }
        for (String key : List.of("sha256", "written")) {
            fields.text(key).filter(v -> !SHA256.matcher(v).matches()).ifPresent(v -> fields.problems().warning(
                    fields.positionOf(key), FrontMatterParser.STAGE, Message.of("content.source.sha256", key, v)));
        }
        fields.text("imported").filter(v -> DateParser.parseDay(v).isEmpty()).ifPresent(v -> fields.problems().warning(
                fields.positionOf("imported"), FrontMatterParser.STAGE, Message.of("content.source.imported", v)));
    }
}
