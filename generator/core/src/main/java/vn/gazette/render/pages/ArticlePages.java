package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.image.Picture;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.RelatedArticles;
import vn.gazette.render.Views;
import vn.gazette.site.Article;
import vn.gazette.site.Conferences;
import vn.gazette.site.LeftOut;
import vn.gazette.site.Site;

/**
 * The article pages ({@code /articles/2023/tap-huan/}): the article with its body, its neighbours by date, its
 * related articles, and the facts box and {@code Event} JSON-LD of a conference.
 */
public final class ArticlePages implements OutputKind {

    /**
     * @param article    the article (its file's checksum stands for its body)
     * @param older      the article published just before it
     * @param newer      the article published just after it
     * @param related    its related articles
     * @param conference the conference it reports
     * @param links      what the rewriting of {@code .md} links in its body reads
     * @param speakers   the speakers' pages, which its facts box links
     * @param image      its lead image as published (its variants' sizes), if it has one
     */
    public record Input(Article article, Optional<Article> older, Optional<Article> newer, RelatedArticles related,
            Optional<Conferences.Entry> conference, Links links, List<String> speakers, Optional<Picture> image) {
    }

    /**
     * What a body's {@code .md} links lead to: every article's file and address, and the articles left out.
     *
     * @param addresses each article's file and address, in the site's order
     * @param leftOut   the articles left out
     */
    public record Links(List<String> addresses, List<LeftOut> leftOut) {
    }

    @Override
    public String name() {
        return "article";
    }

    @Override
    public List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier) {
        List<String> addresses = new ArrayList<>(2 * site.articles().size());
        site.articles().forEach(a -> {
            addresses.add(a.source().relative());
            addresses.add(a.url());
        });
        Links links = new Links(List.copyOf(addresses), site.leftOut());
        List<String> speakers = site.conferences().speakers().stream().map(Conferences.SpeakerRecord::url).toList();
        List<Output> outputs = new ArrayList<>(site.articles().size());
        for (Article article : site.articles()) {
            Input input = new Input(article, site.older(article), site.newer(article), new RelatedArticles(article),
                    site.conferences().entry(article), links, site.conferences().entry(article).isPresent()
                            ? speakers : List.of(), pages.images().lead(article));
            outputs.add(new Output.ArticlePage(name(), article.outputPath(), article.url(), input, article,
                    body -> page(input, body, pages)));
        }
        return outputs;
    }

    private PageRenderer.Page page(Input input, String bodyHtml, PageRenderer pages) {
        Article article = input.article();
        Views.ImageView image = pages.leadImage(article);
        List<String> jsonLd = new ArrayList<>();
        jsonLd.add(pages.structuredData().newsArticle(article, pages.views().provinceName(article), image));
        input.conference().ifPresent(entry -> jsonLd.add(pages.structuredData().event(entry)));
        Map<String, Object> model = pages.base(pages.views().page(name(), article.title(), article.url(),
                article.front().summary().orElse(""), null, null, List.of(), jsonLd).withImage(image));
        model.put("article", pages.views().article(article, bodyHtml, input.older(), input.newer(),
                input.related().in(pages.site()), image, bodyHtml.contains("class=\"embed-open\"")));
        input.conference().ifPresent(entry -> model.put("facts", pages.conferenceViews().facts(entry)));
        return new PageRenderer.Page(name() + ".ftlh", model, article.source().path());
    }
}
