package vn.gazette.render;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import vn.gazette.config.Fields;
import vn.gazette.config.YamlNode;
import vn.gazette.config.YamlReader;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Finds and checks a theme: {@code theme.yaml}, {@code templates/}, {@code static/}, {@code i18n/<lang>.properties},
 * and the site's overrides (the same layout under the content folder's {@code _theme/}). Symbolic links are not
 * followed. Stateless and thread-safe.
 */
public final class ThemeLoader {

    public static final String STAGE = "render";

    /** Where a site's overrides of theme files live, inside the content folder. */
    public static final String OVERRIDES = "_theme";
    public static final String BUILT_IN = "/vn/gazette/themes/default/theme.yaml";

    /**
     * Loads a theme.
     *
     * @param root      the theme folder
     * @param overrides the site's override folder; it may not exist
     * @param language  {@code vi} or {@code en}
     */
    public Optional<Theme> load(Path root, Path overrides, String language, Problems problems) throws IOException {
        Path descriptor = root.resolve("theme.yaml");
        if (!Files.isRegularFile(descriptor)) {
            problems.error(SourcePosition.of(root), STAGE, Message.of("render.theme.not-a-theme"));
            return Optional.empty();
        }
        String name = themeName(descriptor, problems);
        List<Path> templateRoots = new ArrayList<>();
        if (Files.isDirectory(overrides.resolve("templates"))) {
            templateRoots.add(overrides.resolve("templates"));
        }
        templateRoots.add(root.resolve("templates"));
        Map<String, Path> statics = new HashMap<>();
        collect(root.resolve("static"), statics, problems);
        collect(overrides.resolve("static"), statics, problems);
        Map<String, String> messages = new LinkedHashMap<>();
        Path themeMessages = root.resolve("i18n").resolve(language + ".properties");
        if (!Files.isRegularFile(themeMessages)) {
            problems.error(SourcePosition.of(themeMessages), STAGE, Message.of("render.theme.no-ui-strings", language));
            return Optional.empty();
        }
        readMessages(themeMessages, messages);
        Path overrideMessages = overrides.resolve("i18n").resolve(language + ".properties");
        if (Files.isRegularFile(overrideMessages)) {
            readMessages(overrideMessages, messages);
        }
        return Optional.of(new Theme(name, root, templateRoots, statics, messages));
    }

    /** The theme inside the Gazette jar, for sites that have no themes/ folder of their own. */
    public static Path builtIn() throws IOException {
        URL url = ThemeLoader.class.getResource(BUILT_IN);
        if (url == null) {
            throw new IOException("the built-in theme is missing from the Gazette jar");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return zip.provider().getPath(uri).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot open the built-in theme at " + url, e);
        }
    }

    private static String themeName(Path descriptor, Problems problems) throws IOException {
        String text = Texts.normalize(Files.readString(descriptor, StandardCharsets.UTF_8));
        Optional<YamlNode> root = new YamlReader(STAGE).read(text, descriptor, 1, problems);
        if (root.isPresent() && root.get() instanceof YamlNode.Mapping map) {
            return new Fields(map, descriptor, STAGE, problems).text("name").orElse("default");
        }
        return "default";
    }

    private static void readMessages(Path file, Map<String, String> into) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
            into.put(key, Texts.nfc(properties.getProperty(key)));
        }
    }

    private static void collect(Path folder, Map<String, Path> into, Problems problems) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    problems.warning(SourcePosition.of(file), STAGE, Message.of("render.theme.symlink"));
                } else if (attrs.isRegularFile()) {
                    String relative = Texts.nfc(folder.relativize(file).toString().replace('\\', '/'));
                    into.put(relative, file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
