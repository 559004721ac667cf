package vn.gazette.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a paginated list: the home page, a tag, a month. The first page lives at the list's own URL, the
 * others at {@code <list>/trang/N/}. Immutable.
 *
 * @param number   1-based page number
 * @param total    number of pages of the list
 * @param items    what this page shows
 * @param url      this page's site path
 * @param urls     the site path of every page of the list, in order (for page-number links)
 */
public record Pager<T>(int number, int total, List<T> items, String url, List<String> urls) {

    public Pager {
        items = List.copyOf(items);
        urls = List.copyOf(urls);
        Objects.requireNonNull(url, "url");
        if (number < 1 || number > total || urls.size() != total) {
            throw new IllegalArgumentException("page " + number + " of " + total);
        }
    }

    public Optional<String> previous() {
        return number > 1 ? Optional.of(urls.get(number - 2)) : Optional.empty();
    }

    public Optional<String> next() {
        return number < total ? Optional.of(urls.get(number)) : Optional.empty();
    }

    /**
     * Splits {@code items} into pages of {@code size}. An empty list gives no pages at all, unless
     * {@code keepEmpty} (the home page exists even before the first article).
     *
     * @param listUrl     the list's own site path, ending with {@code /}
     * @param pageSegment the path segment before page numbers, e.g. {@code trang}
     */
    public static <T> List<Pager<T>> paginate(List<T> items, int size, String listUrl, String pageSegment,
            boolean keepEmpty) {
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
        int total = items.isEmpty() ? (keepEmpty ? 1 : 0) : (items.size() + size - 1) / size;
        List<String> urls = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            urls.add(n == 1 ? listUrl : listUrl + pageSegment + "/" + n + "/");
        }
        List<String> allUrls = List.copyOf(urls); // shared by every page of the list, not copied per page
        List<Pager<T>> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<T> slice = items.subList(Math.min((n - 1) * size, items.size()), Math.min(n * size, items.size()));
            pages.add(new Pager<>(n, total, slice, allUrls.get(n - 1), allUrls));
        }
        return pages;
    }
}
