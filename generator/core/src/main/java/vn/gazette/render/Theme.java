package vn.gazette.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.nio.file.Path;

/**
 * A theme, with the site's overrides layered on top: where templates and static files come from, and the UI
 * strings in the site's language. Immutable.
 *
 * @param name          from theme.yaml
 * @param root          the theme folder (a folder on disk, or inside the Gazette jar for the built-in theme)
 * @param templateRoots folders searched for templates, first match wins (the site's overrides first)
 * @param staticFiles   every static file by its output path, overrides already applied, in path order
 * @param messages      UI strings of the site's language, overrides applied
 */
public record Theme(String name, Path root, List<Path> templateRoots, Map<String, Path> staticFiles,
        Map<String, String> messages) {

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        templateRoots = List.copyOf(templateRoots);
        staticFiles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(staticFiles));
        messages = Map.copyOf(messages);
    }

    /** The file a template name resolves to, for positions in messages. */
    public Path templateFile(String name) {
        for (Path root : templateRoots) {
            Path candidate = root.resolve(name);
            if (java.nio.file.Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return templateRoots.get(templateRoots.size() - 1).resolve(name);
    }
}
