package vn.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gazette.problem.Problems;
import vn.gazette.publish.Outputs;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.TemplateRenderer;
import vn.gazette.render.Theme;
import vn.gazette.site.Site;
import vn.gazette.site.TaxonomyBuilder;

/**
 * The pages of a real site as the registry of outputs lists them ({@link Outputs#KINDS}), for tests that must cover
 * every kind of page: a kind added to the registry shows up here without anyone listing it.
 */
public final class RegistryPages {

    /** One HTML page: the kind that makes it and its site path ({@code /the/x/}, {@code /404.html}). */
    public record Page(String kind, String url) {
    }

    private RegistryPages() {
    }

    /** Every page the site {@code content} has with {@code theme}, in the registry's order. */
    public static List<Page> of(Path content, Path theme) {
        try {
            Problems problems = new Problems();
            Map.Entry<Site, Theme> model = Generator.model(BuildRequest.of(content, content.resolveSibling("unused"))
                    .withTheme(theme), problems).orElseThrow(() -> new IllegalStateException(problems.all().toString()));
            Site site = model.getKey();
            PageRenderer renderer = new PageRenderer(site, model.getValue(),
                    new TemplateRenderer(model.getValue(), site.config()), content.resolve("site.yaml"),
                    TaxonomyBuilder.vietnamese());
            List<Page> pages = new ArrayList<>();
            for (Output output : Outputs.of(site, renderer, problems).all()) {
                if (output instanceof Output.Page page) {
                    pages.add(new Page(page.kind(), page.url()));
                } else if (output instanceof Output.ArticlePage article) {
                    pages.add(new Page(article.kind(), article.url()));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every kind of output of the registry, in its order. */
    public static List<String> kinds() {
        return Outputs.KINDS.stream().map(OutputKind::name).toList();
    }
}
