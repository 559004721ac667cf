package vn.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import vn.gazette.internal.Digest;

/**
 * A 64-bit digest of view objects, for knowing that a page would render to the same HTML as last time. It walks
 * records, lists, maps (in key order) and text, so it sees exactly what a template can see; HTML markup counts
 * by its text. Not thread-safe; one per page.
 */
final class ModelDigest {

    private final Digest digest = new Digest();

    long value() {
        return digest.value();
    }

    void add(long number) {
        add(Long.toString(number));
    }

    void add(Object value) {
        if (value == null) {
            bytes(new byte[] {0});
        } else if (value instanceof String text) {
            bytes(new byte[] {1});
            bytes(text.getBytes(StandardCharsets.UTF_8));
            bytes(new byte[] {2});
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.net.URI || value instanceof java.util.Locale || value instanceof java.time.ZoneId
                || value instanceof java.nio.file.Path) {
            add(value.toString());
        } else if (value instanceof java.util.Optional<?> optional) {
            add(optional.orElse(null));
        } else if (value instanceof TemplateHTMLOutputModel markup) {
            add(markupText(markup));
        } else if (value instanceof Collection<?> items) {
            bytes(new byte[] {3});
            items.forEach(this::add);
            bytes(new byte[] {4});
        } else if (value instanceof Map<?, ?> map) {
            bytes(new byte[] {5});
            new TreeMap<>(map).forEach((k, v) -> {
                add(k);
                add(v);
            });
            bytes(new byte[] {6});
        } else if (value instanceof java.util.Optional<?> optional) {
            bytes(new byte[] {7});
            add(optional.orElse(null));
        } else if (value.getClass().isRecord()) {
            record(value);
        } else {
            throw new IllegalArgumentException("not a view value: " + value.getClass());
        }
    }

    private void record(Object value) {
        RecordShape shape = RecordShape.of(value);
        add(shape.name);
        for (int i = 0; i < shape.names.length; i++) {
            add(shape.component(value, i));
        }
    }

    private static String markupText(TemplateHTMLOutputModel markup) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private void bytes(byte[] bytes) {
        digest.bytes(bytes);
    }

    /**
     * The digest of what every page depends on besides its own views: the theme's templates and UI strings, the
     * site's settings and the version of this renderer.
     */
    static long site(Theme theme, Object settings) throws IOException {
        ModelDigest digest = new ModelDigest();
        digest.add("gazette-render-1");
        // walked, not toString(): maps made with Map.of list their keys in a different order in every JVM run
        digest.add(settings);
        for (Path root : theme.templateRoots()) {
            if (Files.isDirectory(root)) {
                try (var files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.add(root.relativize(file).toString());
                        digest.bytes(Files.readAllBytes(file));
                    }
                }
            }
            digest.add("|");
        }
        digest.add(theme.messages());
        return digest.value();
    }
}
