package vn.gazette.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Articles by year and month of their local date in the site's zone, newest period first. Only periods with
 * articles exist. Immutable.
 *
 * @param url   the archive index page, e.g. {@code /luu-tru/}
 * @param years newest first
 */
public record Archive(String url, List<Year> years) {

    /** A year, with its months (newest first) and all its articles (newest first). */
    public record Year(int year, String url, List<Month> months, List<Article> articles) {
        public Year {
            months = List.copyOf(months);
            articles = List.copyOf(articles);
        }
    }

    /** A month of a year, with its articles, newest first. */
    public record Month(int year, int month, String url, List<Article> articles) {
        public Month {
            articles = List.copyOf(articles);
        }
    }

    public Archive {
        Objects.requireNonNull(url, "url");
        years = List.copyOf(years);
    }

    /** Builds the archive of {@code articles}, which are newest first. */
    static Archive of(String url, List<Article> articles) {
        TreeMap<Integer, TreeMap<Integer, List<Article>>> byYear = new TreeMap<>();
        for (Article article : articles) {
            var day = article.date().localDate();
            byYear.computeIfAbsent(day.getYear(), y -> new TreeMap<>())
                    .computeIfAbsent(day.getMonthValue(), m -> new ArrayList<>()).add(article);
        }
        List<Year> years = new ArrayList<>();
        for (var year : byYear.descendingMap().entrySet()) {
            List<Month> months = new ArrayList<>();
            List<Article> all = new ArrayList<>();
            for (var month : year.getValue().descendingMap().entrySet()) {
                months.add(new Month(year.getKey(), month.getKey(), monthUrl(year.getKey(), month.getKey()), month.getValue()));
                all.addAll(month.getValue());
            }
            years.add(new Year(year.getKey(), yearUrl(year.getKey()), months, all));
        }
        return new Archive(url, years);
    }

    public static String yearUrl(int year) {
        return "/" + year + "/";
    }

    public static String monthUrl(int year, int month) {
        return String.format("/%d/%02d/", year, month);
    }

    /** Every month, newest first. */
    public List<Month> months() {
        List<Month> months = new ArrayList<>();
        years.forEach(y -> months.addAll(y.months()));
        return months;
    }

    /** The next older year with articles. */
    public Optional<Year> older(Year year) {
        int i = years.indexOf(year);
        return i >= 0 && i + 1 < years.size() ? Optional.of(years.get(i + 1)) : Optional.empty();
    }

    /** The next newer year with articles. */
    public Optional<Year> newer(Year year) {
        int i = years.indexOf(year);
        return i > 0 ? Optional.of(years.get(i - 1)) : Optional.empty();
    }

    public Optional<Month> older(Month month) {
        List<Month> all = months();
        int i = all.indexOf(month);
        return i >= 0 && i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
    }

    public Optional<Month> newer(Month month) {
        List<Month> all = months();
        int i = all.indexOf(month);
        return i > 0 ? Optional.of(all.get(i - 1)) : Optional.empty();
    }
}
