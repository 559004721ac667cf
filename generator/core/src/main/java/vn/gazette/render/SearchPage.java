package vn.gazette.render;

import java.util.ArrayList;
import java.util.List;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.site.Site;

/**
 * What the search page and the search box in every header are given: where the search page, the index and the
 * script are, and the indexes a reader without JavaScript can browse instead. Immutable.
 *
 * @param url          the search page, e.g. {@code /tim-kiem/} (with the base path)
 * @param indexUrl     the folder of the index files ({@code search-index/})
 * @param scriptUrl    the theme's search script
 * @param styleUrl     the theme's search styles
 * @param browse       links to the tag, province and archive indexes, those the site has
 * @param engine       an external engine's form address, or null
 * @param engineSite   the site's host, to restrict the external engine to it
 */
public record SearchPage(String url, String indexUrl, String scriptUrl, String styleUrl, List<Views.LinkView> browse,
        String engine, String engineSite) {

    /** The search index's folder in the output; the search stage writes there. */
    public static final String INDEX_FOLDER = "search-index/";

    public SearchPage {
        browse = List.copyOf(browse);
    }

    /** The site path of the search page. */
    public static String path(SiteConfig config) {
        return "/" + config.segments().search() + "/";
    }

    static SearchPage of(Site site, java.util.Map<String, String> messages) {
        SiteConfig config = site.config();
        List<Views.LinkView> browse = new ArrayList<>();
        site.taxonomy(TaxonomyConfig.TAGS).filter(t -> !t.terms().isEmpty()).ifPresent(t -> browse.add(
                new Views.LinkView(messages.getOrDefault("search.browseTags", "Tags"), config.link(t.url()), false,
                        null)));
        site.taxonomy(TaxonomyConfig.PROVINCE).filter(t -> !t.terms().isEmpty()).ifPresent(t -> browse.add(
                new Views.LinkView(messages.getOrDefault("search.browseProvinces", "Provinces"), config.link(t.url()),
                        false, null)));
        if (!site.archive().years().isEmpty()) {
            browse.add(new Views.LinkView(messages.getOrDefault("search.browseArchive", "Archive"),
                    config.link(site.archive().url()), false, null));
        }
        return new SearchPage(config.link(path(config)), config.link("/" + INDEX_FOLDER), config.link("/js/search.js"),
                config.link("/css/search.css"), browse, config.searchEngine().map(Object::toString).orElse(null),
                config.baseUrl().getHost());
    }
}
