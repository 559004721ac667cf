package vn.gazette.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.gazette.internal.Slugs;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * The site's authors, from the {@code author} field: names compared after NFC normalisation and case folding, like
 * terms ("Tô Thị Thương" and "tô thị thương" are one author, shown in the most frequent spelling), in Vietnamese
 * alphabetical order, each with a page at {@code /tac-gia/<slug>/} ({@code segments.authors}). Two authors whose
 * names give the same slug (written with and without tone marks, say) both keep a page: the second in alphabetical
 * order gets {@code -2}, with a warning. Immutable.
 *
 * @param url     the index of every author, e.g. {@code /tac-gia/}
 * @param authors every author, in alphabetical order
 */
public record Authors(String url, List<Author> authors) {

    /**
     * An author and their articles, newest first.
     *
     * @param name the display spelling
     * @param url  the author's page
     */
    public record Author(String name, String slug, String url, List<Article> articles) {
        public Author {
            Objects.requireNonNull(name, "name");
            articles = List.copyOf(articles);
        }

        /** The author's Atom feed. */
        public String feedUrl() {
            return url + "atom.xml";
        }
    }

    public Authors {
        Objects.requireNonNull(url, "url");
        authors = List.copyOf(authors);
    }

    /** Groups the authors of articles (newest first) published under {@code /<segment>/}. */
    static Authors of(String segment, List<Article> articles, Comparator<String> names, Problems problems) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, List<Article>> byKey = new LinkedHashMap<>();
        Map<String, Article> first = new LinkedHashMap<>();
        for (Article article : articles) {
            article.front().author().map(a -> Texts.nfc(a.strip())).filter(a -> !a.isEmpty()).ifPresent(name -> {
                String key = TaxonomyBuilder.key(name);
                spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
                first.putIfAbsent(key, article);
            });
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        Map<String, String> display = new LinkedHashMap<>();
        keys.forEach(key -> display.put(key, TaxonomyBuilder.mostFrequent(spellings.get(key), names)));
        keys.sort(Comparator.comparing(display::get, names));
        String base = "/" + segment + "/";
        Set<String> taken = new HashSet<>();
        List<Author> authors = new ArrayList<>();
        for (String key : keys) {
            String name = display.get(key);
            Article where = first.get(key);
            SourcePosition position = where.front().positionOf("author", SourcePosition.of(where.source().path(), 1, 1));
            String slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                problems.warning(position, SiteAssembler.STAGE, Message.of("site.author.no-slug", name));
                continue;
            }
            String own = slug;
            for (int n = 2; !taken.add(own); n++) {
                own = slug + "-" + n;
            }
            if (!own.equals(slug)) {
                problems.warning(position, SiteAssembler.STAGE, Message.of("site.author.same-slug", name, base + own + "/",
                        base + slug + "/"));
            }
            authors.add(new Author(name, own, base + own + "/", byKey.get(key)));
        }
        return new Authors(base, authors);
    }
}
