package vn.gazette.importer;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.gazette.importer.Finding.Confidence;

/**
 * Everything read from one capture: the extracted article and the facts found in it, before anything is written.
 *
 * @param dates    the publication date and the event's first day
 * @param summary  the first sentences of the body, for {@code summary:}
 */
record Reading(Capture capture, String sha256, String encoding, Extracted page, Finding<String> title,
        DateFinder.Dates dates, Finding<String> province, Optional<ConferenceFacts> conference, String summary) {

    /** A page with more elements than this is refused: no article needs them, a hostile page may have millions. */
    static final int MAX_ELEMENTS = 200_000;

    /** Reads a decoded capture; empty when the page has too many elements. */
    static Optional<Reading> of(Capture capture, String sha, TextDecoder.Decoded text, HtmlExtractor html,
            ProvinceFinder provinces, LocalDate today) {
        Extracted page;
        if (capture.html()) {
            Document doc = Jsoup.parse(text.text(), capture.url().map(URI::toString).orElse(""));
            if (doc.getAllElements().size() > MAX_ELEMENTS) {
                return Optional.empty();
            }
            page = html.extract(doc, capture.url());
        } else {
            page = TextExtractor.extract(text.text());
        }
        String body = page.body().text();
        List<String> paragraphs = new ArrayList<>();
        page.body().select("p, li, div:not(:has(p, div))").forEach(e -> {
            if (e.text().length() >= 40 && e.select("em").text().length() < e.text().length() / 2) {
                paragraphs.add(e.text());
            }
        });
        String lead = paragraphs.isEmpty() ? body : paragraphs.get(0);
        Finding<String> title = page.title().map(Reading::sentenceCase)
                .or(() -> lead.isEmpty() ? Finding.none() : Finding.of(firstWords(lead), Confidence.LOW,
                        "first words of the body"));
        String titleText = title.value().orElse("");
        String opening = paragraphs.stream().limit(2).map(Reading::firstSentence).reduce("", (a, b) -> a + "\n" + b);
        DateFinder.Dates dates = DateFinder.find(page, titleText, opening.isEmpty() ? firstSentence(lead) : opening,
                body, today);
        Optional<LocalDate> date = dates.published().value().map(DateFinder.Day::date);
        Optional<String> host = capture.url().or(page::canonical).map(URI::getHost);
        Finding<String> province = provinces.find(titleText, lead, host, body, date);
        Optional<ConferenceFacts> conference = dates.event().flatMap(start -> ConferenceFinder.find(titleText, lead,
                body, start, province.value().orElse("")));
        return Optional.of(new Reading(capture, sha, text.encoding(), page, title, dates, province, conference,
                summary(lead)));
    }

    /** An all-capitals heading ("TẬP HUẤN CÔNG TÁC ...") written as a sentence. */
    static String sentenceCase(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        long letters = t.codePoints().filter(Character::isLetter).count();
        long upper = t.codePoints().filter(Character::isUpperCase).count();
        if (letters < 8 || upper < letters * 0.9) {
            return t;
        }
        String lower = t.toLowerCase(new Locale("vi"));
        return lower.substring(0, 1).toUpperCase(new Locale("vi")) + lower.substring(1);
    }

    private static String firstSentence(String lead) {
        int end = lead.indexOf(". ");
        return end > 0 ? lead.substring(0, end + 1) : lead;
    }

    private static String firstWords(String lead) {
        String[] words = lead.split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, 14)));
    }

    private static String summary(String lead) {
        if (lead.length() <= 300) {
            return lead;
        }
        int end = lead.lastIndexOf(". ", 300);
        return end > 60 ? lead.substring(0, end + 1) : lead.substring(0, 297).strip() + "…";
    }

    /** The article's body element (shared with the page). */
    Element body() {
        return page.body();
    }
}
