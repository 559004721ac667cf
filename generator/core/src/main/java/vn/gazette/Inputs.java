package vn.gazette;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.SiteConfigLoader;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.render.Theme;
import vn.gazette.render.ThemeLoader;
import vn.gazette.source.SourceFile;
import vn.gazette.source.SourceTree;
import vn.gazette.source.TextFile;

/**
 * Reads what a build needs besides the articles: the settings, the province vocabulary and the theme. Stateless and
 * thread-safe.
 */
final class Inputs {

    private Inputs() {
    }

    static Optional<SiteConfig> config(SourceTree tree, BuildRequest request, Problems problems) throws IOException {
        Problems found = new Problems();
        return config(tree, read(tree.root(), request, found), found, problems);
    }

    /**
     * The settings as {@link #read} read them (beside the scan of the content folder), with the problems it found,
     * if the scan found {@code site.yaml} as a file of the content folder; else an error says it is missing.
     */
    static Optional<SiteConfig> config(SourceTree tree, Optional<SiteConfig> read, Problems found, Problems problems) {
        if (tree.files(SourceFile.Kind.SITE_CONFIG).isEmpty()) {
            problems.error(SourcePosition.of(tree.root().resolve(SiteConfigLoader.FILE_NAME)), SiteConfigLoader.STAGE,
                    Message.of("config.site.missing"));
            return Optional.empty();
        }
        problems.addAll(found.all());
        return read;
    }

    /**
     * Reads and checks {@code site.yaml} of a content folder, if it is a file there (not a link), without the scan:
     * what it gives counts only with the scan's word that the file is one of the folder's ({@link #config}).
     */
    static Optional<SiteConfig> read(Path root, BuildRequest request, Problems problems) throws IOException {
        Path file = root.resolve(SiteConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<TextFile.Content> text = TextFile.read(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return new SiteConfigLoader().load(text.get().text(), file, request.baseUrl(), problems);
    }

    static ProvinceVocabulary vocabulary(SourceTree tree, Problems problems) throws IOException {
        List<SourceFile> files = tree.files(SourceFile.Kind.PROVINCES);
        if (files.isEmpty()) {
            return ProvinceVocabulary.empty();
        }
        Optional<TextFile.Content> text = TextFile.read(files.get(0).path(), problems);
        return text.map(t -> ProvinceVocabulary.load(t.text(), files.get(0).path(), problems))
                .orElse(ProvinceVocabulary.empty());
    }

    static Optional<Theme> theme(BuildRequest request, String language, Problems problems) throws IOException {
        Path root;
        if (request.theme().isPresent()) {
            root = request.theme().get();
            if (!Files.isDirectory(root)) {
                throw new BuildRequestException(Message.of("build.theme.missing", root), language);
            }
        } else {
            Path beside = request.source().toAbsolutePath().normalize().resolveSibling("themes").resolve("default");
            root = Files.isDirectory(beside) ? beside : ThemeLoader.builtIn();
        }
        return new ThemeLoader().load(root, request.source().resolve(ThemeLoader.OVERRIDES), language, problems);
    }
}
