package vn.gazette;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gazette.config.SiteConfigLoader;
import vn.gazette.content.FrontMatterParser;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.image.ImageStage;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.publish.OutputFolder;
import vn.gazette.site.Article;
import vn.gazette.site.Asset;
import vn.gazette.site.Site;

/**
 * The build's wiring of the image stage: which files it reads, and the checks of the images that front matter and
 * site.yaml name (the variants are outputs of the registry, see {@code render.pages.ImageVariants}).
 * Stateless.
 */
final class Media {

    private Media() {
    }

    /** Every JPEG and PNG the site publishes. */
    static List<ImageStage.Source> sources(Site site) {
        List<ImageStage.Source> sources = new ArrayList<>();
        for (Asset asset : site.assets()) {
            if (ImageStage.isRaster(asset.outputPath())) {
                sources.add(new ImageStage.Source(asset.source().path(), asset.outputPath()));
            }
        }
        return sources;
    }





    /** The images named by {@code image:} and by site.yaml's {@code images.default} must be published pictures. */
    static void checkLeadImages(Site site, ImageStage.Pictures pictures, Path source, Problems problems) {
        for (Article article : site.articles()) {
            article.front().image().ifPresent(image -> {
                if (pictures.lead(article).isEmpty() && !failed(article, image.src(), site)) {
                    problems.error(image.position(), FrontMatterParser.STAGE, Message.of("image.missing", image.src()));
                }
            });
        }
        site.config().images().defaultImage().ifPresent(image -> {
            if (pictures.siteDefault(site.config().images()).isEmpty()) {
                problems.error(SourcePosition.of(source.resolve(SiteConfigLoader.FILE_NAME)), SiteConfigLoader.STAGE,
                        Message.of("image.missing", image.src()));
            }
        });
    }

    /** Whether the image is a file of the site the image stage refused (already reported at the file). */
    private static boolean failed(Article article, String src, Site site) {
        return ImageStage.Pictures.outputPath(article, src).filter(path -> site.assets().stream()
                .anyMatch(asset -> asset.outputPath().equals(path))).isPresent();
    }
}
