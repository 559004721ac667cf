package vn.gazette.content;

import java.util.List;
import java.util.Optional;
import vn.gazette.config.Fields;
import vn.gazette.config.YamlNode;
import vn.gazette.problem.Message;

/**
 * Reads {@code image:} in front matter: a path alone ({@code image: toan-canh.jpg}, then the alt text is missing and
 * that is an error) or a mapping with {@code src}, {@code alt}, {@code caption} and {@code credit}. Stateless.
 */
final class LeadImages {

    static final List<String> KEYS = List.of("src", "alt", "caption", "credit");

    private LeadImages() {
    }

    static Optional<LeadImage> read(Fields fields) {
        Optional<YamlNode> node = fields.mapping().get("image");
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && (s.isNull() || s.value().isBlank())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            fields.problems().error(scalar.position(), FrontMatterParser.STAGE, Message.of("content.image.altMissing",
                    scalar.value().strip()));
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> block = fields.mappingOf("image");
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Fields image = fields.nested(block.get(), "image");
        for (YamlNode.Entry entry : block.get().entries()) {
            if (!KEYS.contains(entry.key().value())) {
                image.problems().error(entry.key().position(), FrontMatterParser.STAGE, Message.of(
                        "content.image.unknownKey", entry.key().value()));
            }
        }
        Optional<String> src = image.text("src");
        if (src.isEmpty()) {
            image.problems().error(image.positionOf("src"), FrontMatterParser.STAGE,
                    Message.of("content.image.srcMissing"));
        }
        Optional<String> alt = image.text("alt");
        if (alt.isEmpty()) {
            image.problems().error(image.positionOf("alt"), FrontMatterParser.STAGE,
                    Message.of("content.image.altMissing", src.orElse("anh.jpg")));
        }
        if (src.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LeadImage(src.get(), alt.get(), image.text("caption"), image.text("credit"),
                image.positionOf("src")));
    }
}
