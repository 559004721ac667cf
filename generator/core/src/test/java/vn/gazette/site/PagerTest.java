package vn.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static List<Pager<String>> paginate(List<String> items, int size) {
        return Pager.paginate(items, size, "/", "trang", false);
    }

    @Test
    void noItemsGiveNoPages() {
        assertThat(paginate(List.of(), 10)).isEmpty();
    }

    @Test
    void noItemsGiveOneEmptyPageWhenTheListMustExist() {
        List<Pager<String>> pages = Pager.paginate(List.<String>of(), 10, "/", "trang", true);

        assertThat(pages).hasSize(1);
        Pager<String> page = pages.get(0);
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).isEmpty();
        assertThat(page.url()).isEqualTo("/");
        assertThat(page.urls()).containsExactly("/");
        assertThat(page.previous()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void oneItemIsOnePage() {
        List<Pager<String>> pages = paginate(List.of("a"), 10);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).containsExactly("a");
        assertThat(pages.get(0).url()).isEqualTo("/");
        assertThat(pages.get(0).previous()).isEmpty();
        assertThat(pages.get(0).next()).isEmpty();
    }

    @Test
    void exactlyOnePageOfItemsIsOnePage() {
        List<Pager<String>> pages = paginate(List.of("a", "b", "c"), 3);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).containsExactly("a", "b", "c");
        assertThat(pages.get(0).total()).isEqualTo(1);
        assertThat(pages.get(0).next()).isEmpty();
    }

    @Test
    void oneItemOverAPageStartsASecondPage() {
        List<Pager<String>> pages = paginate(List.of("a", "b", "c", "d"), 3);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).items()).containsExactly("a", "b", "c");
        assertThat(pages.get(1).items()).containsExactly("d");
        assertThat(pages.get(1).number()).isEqualTo(2);
        assertThat(pages.get(1).total()).isEqualTo(2);
    }

    @Test
    void theFirstPageIsAtTheListUrlAndTheOthersBelowThePageSegment() {
        List<Pager<String>> pages = paginate(List.of("a", "b", "c", "d", "e"), 2);

        assertThat(pages).extracting(Pager::url).containsExactly("/", "/trang/2/", "/trang/3/");
        assertThat(pages).allSatisfy(page -> assertThat(page.urls()).containsExactly("/", "/trang/2/", "/trang/3/"));
    }

    @Test
    void pagesOfAListBelowTheRootKeepItsUrl() {
        List<Pager<String>> pages = Pager.paginate(List.of("a", "b"), 1, "/the/tap-huan/", "trang", false);

        assertThat(pages).extracting(Pager::url).containsExactly("/the/tap-huan/", "/the/tap-huan/trang/2/");
    }

    @Test
    void previousAndNextLinkNeighbouringPages() {
        List<Pager<String>> pages = paginate(List.of("a", "b", "c", "d", "e"), 2);

        assertThat(pages.get(0).previous()).isEmpty();
        assertThat(pages.get(0).next()).contains("/trang/2/");
        assertThat(pages.get(1).previous()).contains("/");
        assertThat(pages.get(1).next()).contains("/trang/3/");
        assertThat(pages.get(2).previous()).contains("/trang/2/");
        assertThat(pages.get(2).next()).isEmpty();
    }

    @Test
    void everyItemIsOnExactlyOnePageInOrder() {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            items.add("bai-" + i);
        }

        List<Pager<String>> pages = paginate(items, 10);

        assertThat(pages).extracting(page -> page.items().size()).containsExactly(10, 10, 3);
        assertThat(pages.stream().flatMap(page -> page.items().stream()).toList()).isEqualTo(items);
    }

    @Test
    void pagesDoNotChangeWhenTheListDoes() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        List<Pager<String>> pages = paginate(items, 10);

        items.add("c");

        assertThat(pages.get(0).items()).containsExactly("a", "b");
    }

    @Test
    void aPageSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> paginate(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page size 0");
    }

    @Test
    void aPageNumberOutsideTheListIsRefused() {
        assertThatThrownBy(() -> new Pager<>(3, 2, List.of(), "/trang/3/", List.of("/", "/trang/2/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("page 3 of 2");
        assertThatThrownBy(() -> new Pager<>(0, 2, List.of(), "/", List.of("/", "/trang/2/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("page 0 of 2");
        assertThatThrownBy(() -> new Pager<>(1, 2, List.of(), "/", List.of("/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("page 1 of 2");
    }
}
