package vn.gazette.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkResolverTest {

    private final LinkResolver root = new LinkResolver("/");
    private final LinkResolver below = new LinkResolver("/luu-tru/");

    private static Optional<String> path(LinkResolver resolver, String page, String href) {
        return resolver.resolve(page, href).orElseThrow().path();
    }

    @Test
    void externalLinksAndFragmentsAreNotTheSitesToCheck() {
        for (String href : new String[] {"https://x.vn/", "HTTP://x.vn", "mailto:a@b.vn", "tel:123", "data:x",
                "//cdn.x.vn/a.js", "#muc", "", "  "}) {
            assertThat(root.resolve("/articles/a/", href)).as(href).isEmpty();
        }
    }

    @Test
    void siteAbsoluteAndRelativeReferencesBecomeOutputPaths() {
        assertThat(path(root, "/articles/2023/a/", "/the/x/")).contains("the/x/");
        assertThat(path(root, "/articles/2023/a/", "so-do.svg")).contains("articles/2023/a/so-do.svg");
        assertThat(path(root, "/articles/2023/a/", "../b/?trang=2#muc")).contains("articles/2023/b/");
        assertThat(path(root, "/articles/2023/a/", "./")).contains("articles/2023/a/");
        assertThat(path(root, "/articles/2023/a/", "?trang=2")).contains("articles/2023/a/");
        assertThat(path(root, "/404.html", "css/a.css")).contains("css/a.css");
        assertThat(path(root, "/the/", "/")).contains("");
        assertThat(path(root, "/the/", "/tai-lieu/b%C3%A1o%20c%C3%A1o.pdf")).contains("tai-lieu/báo cáo.pdf");
        assertThat(path(root, "/the/", "/a/%E0%A4%A.pdf")).contains("a/%E0%A4%A.pdf");
    }

    @Test
    void climbingAboveTheTopLeadsNowhere() {
        assertThat(root.resolve("/a/", "../../x/")).contains(new LinkResolver.Target(Optional.empty(), false));
    }

    @Test
    void aSiteBelowADomainsRootTakesItsBasePathOffAndRefusesLinksWithoutIt() {
        assertThat(path(below, "/the/", "/luu-tru/articles/a/")).contains("articles/a/");
        assertThat(path(below, "/the/", "/luu-tru")).contains("");
        assertThat(path(below, "/the/", "../articles/a/")).contains("articles/a/");
        assertThat(below.resolve("/the/", "/articles/a/")).contains(new LinkResolver.Target(Optional.empty(), true));
        assertThat(below.resolve("/the/", "/luu-trux/")).contains(new LinkResolver.Target(Optional.empty(), true));
    }

    @Test
    void aFolderExistsThroughItsIndexPage() {
        Set<String> files = Set.of("index.html", "the/x/index.html", "css/a.css");
        assertThat(LinkResolver.exists(files, "")).isTrue();
        assertThat(LinkResolver.exists(files, "the/x/")).isTrue();
        assertThat(LinkResolver.exists(files, "the/x")).isTrue();
        assertThat(LinkResolver.exists(files, "css/a.css")).isTrue();
        assertThat(LinkResolver.exists(files, "the/")).isFalse();
        assertThat(LinkResolver.exists(files, "css/b.css")).isFalse();
    }

    @Test
    void aPageAddressComesFromItsOutputPath() {
        assertThat(LinkResolver.pageUrl("index.html")).isEqualTo("/");
        assertThat(LinkResolver.pageUrl("the/x/index.html")).isEqualTo("/the/x/");
        assertThat(LinkResolver.pageUrl("404.html")).isEqualTo("/404.html");
    }
}
