package vn.gazette.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;
import vn.gazette.config.YamlNode;
import vn.gazette.config.YamlReader;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * A per-portal recipe: CSS selectors for the title, date, body and author of the article pages of one content
 * system, which take precedence over the heuristics. A recipe applies to a page whose host is one of
 * {@code hosts}, or in which the {@code match} selector finds something (a {@code <meta name="generator">}, a
 * wrapper class the content system always writes). Immutable and thread-safe.
 *
 * @param name   what the report calls the recipe
 * @param hosts  host names (a leading "." matches every sub-domain)
 * @param match  a selector that identifies the content system, or empty
 * @param remove selectors of parts of the body to drop (share buttons, related news)
 */
record Recipe(String name, List<String> hosts, Optional<String> match, Optional<String> title, Optional<String> date,
        Optional<String> body, Optional<String> author, List<String> remove) {

    static final List<String> KEYS = List.of("name", "hosts", "match", "title", "date", "body", "author", "remove");

    /** Whether this recipe is for {@code page}, captured from {@code host}. */
    boolean appliesTo(Document page, Optional<String> host) {
        boolean byHost = host.map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> hosts.stream().anyMatch(
                r -> r.startsWith(".") ? h.endsWith(r) || h.equals(r.substring(1)) : h.equals(r) || h.equals("www." + r)))
                .isPresent();
        return byHost || match.filter(m -> !page.select(m).isEmpty()).isPresent();
    }

    /** Reads a recipes file: {@code recipes:} followed by a list of recipes; every mistake is reported. */
    static List<Recipe> load(String text, Path file, Problems problems) {
        Optional<YamlNode> root = new YamlReader(Sources.STAGE).read(text, file, 1, problems);
        List<Recipe> recipes = new ArrayList<>();
        Optional<YamlNode> list = root.flatMap(r -> r instanceof YamlNode.Mapping m ? m.get("recipes") : Optional.empty());
        if (root.isPresent() && !(list.orElse(null) instanceof YamlNode.Sequence)) {
            problems.error(root.get().position(), Sources.STAGE, Message.of("importer.recipe.shape"));
            return recipes;
        }
        for (YamlNode item : list.map(l -> ((YamlNode.Sequence) l).items()).orElse(List.of())) {
            if (!(item instanceof YamlNode.Mapping entry)) {
                problems.error(item.position(), Sources.STAGE, Message.of("importer.recipe.shape"));
                continue;
            }
            recipe(entry, problems).ifPresent(recipes::add);
        }
        return recipes;
    }

    private static Optional<Recipe> recipe(YamlNode.Mapping entry, Problems problems) {
        boolean ok = true;
        for (YamlNode.Entry e : entry.entries()) {
            if (!KEYS.contains(e.key().value())) {
                problems.error(e.key().position(), Sources.STAGE, Message.of("importer.recipe.key", e.key().value(),
                        String.join(", ", KEYS)));
                ok = false;
            }
        }
        Optional<String> name = text(entry, "name");
        if (name.isEmpty()) {
            problems.error(entry.position(), Sources.STAGE, Message.of("importer.recipe.name"));
            return Optional.empty();
        }
        List<String> selectorKeys = List.of("match", "title", "date", "body", "author");
        for (String key : selectorKeys) {
            ok &= selector(entry, key, text(entry, key), problems);
        }
        List<String> remove = list(entry, "remove");
        for (String r : remove) {
            ok &= selector(entry, "remove", Optional.of(r), problems);
        }
        List<String> hosts = list(entry, "hosts");
        if (hosts.isEmpty() && text(entry, "match").isEmpty()) {
            problems.error(entry.position(), Sources.STAGE, Message.of("importer.recipe.applies", name.get()));
            ok = false;
        }
        return ok ? Optional.of(new Recipe(name.get(), hosts, text(entry, "match"), text(entry, "title"),
                text(entry, "date"), text(entry, "body"), text(entry, "author"), remove)) : Optional.empty();
    }

    private static boolean selector(YamlNode.Mapping entry, String key, Optional<String> css, Problems problems) {
        if (css.isEmpty()) {
            return true;
        }
        try {
            Selector.evaluatorOf(css.get());
            return true;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            SourcePosition where = entry.get(key).map(YamlNode::position).orElse(entry.position());
            problems.error(where, Sources.STAGE, Message.of("importer.recipe.selector", key, css.get()));
            return false;
        }
    }

    private static Optional<String> text(YamlNode.Mapping entry, String key) {
        return entry.get(key).filter(n -> n instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isBlank())
                .map(n -> ((YamlNode.Scalar) n).value().strip());
    }

    private static List<String> list(YamlNode.Mapping entry, String key) {
        Optional<YamlNode> node = entry.get(key);
        if (node.isPresent() && node.get() instanceof YamlNode.Sequence seq) {
            return seq.items().stream().filter(n -> n instanceof YamlNode.Scalar s && !s.isNull())
                    .map(n -> ((YamlNode.Scalar) n).value().strip()).toList();
        }
        return text(entry, key).map(List::of).orElse(List.of());
    }
}
