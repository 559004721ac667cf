package vn.gazette.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gazette.problem.Message;
import vn.gazette.problem.SourcePosition;

/**
 * Reads the {@code images:} and {@code embeds:} blocks of site.yaml, each mistake reported at its value. Stateless and
 * thread-safe.
 */
final class MediaSettingsReader {

    static final List<String> IMAGE_KEYS = List.of("widths", "maxPixels", "quality", "originals", "default",
            "cards");
    static final List<String> EMBED_KEYS = List.of("name", "prefix", "player");

    ImageSettings images(Fields site) {
        Optional<YamlNode.Mapping> block = site.mappingOf("images");
        if (block.isEmpty()) {
            return ImageSettings.DEFAULT;
        }
        Fields fields = site.nested(block.get(), "images");
        for (YamlNode.Entry entry : block.get().entries()) {
            if (!IMAGE_KEYS.contains(entry.key().value())) {
                fields.problems().warning(entry.key().position(), SiteConfigLoader.STAGE, Message.of(
                        "config.images.unknown", entry.key().value(), String.join(", ", IMAGE_KEYS)));
            }
        }
        List<Integer> widths = widths(fields);
        long maxPixels = fields.positiveInt("maxPixels", 1_000_000, 500_000_000).map(Integer::longValue)
                .orElse(ImageSettings.DEFAULT_MAX_PIXELS);
        float quality = fields.positiveInt("quality", 10, 100).map(q -> q / 100f).orElse(ImageSettings.DEFAULT_QUALITY);
        boolean originals = fields.bool("originals").orElse(false);
        boolean cards = fields.bool("cards").orElse(true);
        Optional<ImageSettings.DefaultImage> image = fields.mappingOf("default").flatMap(map -> {
            Fields nested = fields.nested(map, "default");
            Optional<String> src = nested.requiredText("src", Message.of("config.images.hint.src"), "src: anh/logo.png");
            Optional<String> alt = nested.requiredText("alt", Message.of("config.images.hint.alt"), "alt: \"Biểu trưng của Sở\"");
            return src.isPresent() && alt.isPresent()
                    ? Optional.of(new ImageSettings.DefaultImage(src.get(), alt.get())) : Optional.empty();
        });
        return new ImageSettings(widths, maxPixels, quality, originals, image, cards);
    }

    private static List<Integer> widths(Fields fields) {
        Optional<YamlNode> node = fields.mapping().get("widths");
        if (node.isEmpty() || !(node.get() instanceof YamlNode.Sequence list)) {
            if (node.isPresent()) {
                fields.problems().error(node.get().position(), SiteConfigLoader.STAGE,
                        Message.of("config.images.widths"));
            }
            return ImageSettings.DEFAULT_WIDTHS;
        }
        List<Integer> widths = new ArrayList<>();
        for (YamlNode item : list.items()) {
            String text = item instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.value().strip() : "";
            int width = text.matches("[0-9]{2,5}") ? Integer.parseInt(text) : 0;
            if (width < 16 || width > 8192 || widths.contains(width)) {
                fields.problems().error(item.position(), SiteConfigLoader.STAGE, Message.of("config.images.width", text));
            } else {
                widths.add(width);
            }
        }
        widths.sort(null);
        return widths.isEmpty() ? ImageSettings.DEFAULT_WIDTHS : widths;
    }

    List<EmbedProvider> embeds(Fields site) {
        Optional<YamlNode> node = site.mapping().get("embeds");
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence list)) {
            site.problems().error(node.get().position(), SiteConfigLoader.STAGE, Message.of("config.embeds.list"));
            return List.of();
        }
        List<EmbedProvider> providers = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                site.problems().error(item.position(), SiteConfigLoader.STAGE, Message.of("config.embeds.list"));
                continue;
            }
            Fields fields = site.nested(map, "embeds");
            for (YamlNode.Entry entry : map.entries()) {
                if (!EMBED_KEYS.contains(entry.key().value())) {
                    fields.problems().error(entry.key().position(), SiteConfigLoader.STAGE, Message.of(
                            "config.embeds.unknown", entry.key().value()));
                }
            }
            Optional<String> name = fields.requiredText("name", Message.of("config.embeds.hint.name"), "name: VTV");
            Optional<String> prefix = https(fields, "prefix");
            Optional<String> player = https(fields, "player");
            if (player.isPresent() && !player.get().contains("{id}")) {
                fields.problems().error(fields.positionOf("player"), SiteConfigLoader.STAGE,
                        Message.of("config.embeds.id", player.get()));
            } else if (name.isPresent() && prefix.isPresent() && player.isPresent()) {
                providers.add(new EmbedProvider(name.get(), prefix.get(), player.get()));
            }
        }
        return providers;
    }

    private static Optional<String> https(Fields fields, String key) {
        Optional<String> value = fields.requiredText(key, Message.of("config.embeds.hint.address"), key + ": https://...");
        if (value.isPresent() && !value.get().matches("https://[a-zA-Z0-9.-]+/\\S*")) {
            SourcePosition where = fields.positionOf(key);
            fields.problems().error(where, SiteConfigLoader.STAGE, Message.of("config.embeds.https", key, value.get()));
            return Optional.empty();
        }
        return value;
    }
}
