package vn.gazette.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gazette.config.Province;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.importer.Finding.Confidence;

/**
 * Finds the province an article is about, from the vocabulary: named in the title, else in the first paragraph,
 * else the portal's host name (langson.gov.vn), else the province the body names most. The name kept is the one in
 * use at the article's date (a 2023 article keeps "Hà Giang"); a unit named after it was merged becomes the unit
 * that absorbed it. Immutable and thread-safe.
 */
final class ProvinceFinder {

    private final ProvinceVocabulary vocabulary;
    private final Map<String, Province> spellings = new LinkedHashMap<>();

    ProvinceFinder(ProvinceVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Province p : vocabulary.all()) {
            spellings.put(p.name(), p);
            for (String alias : p.aliases()) {
                spellings.putIfAbsent(alias, p);
            }
        }
    }

    Finding<String> find(String title, String firstParagraph, Optional<String> host, String body, Optional<LocalDate> date) {
        Optional<Province> inTitle = first(title);
        if (inTitle.isPresent()) {
            return named(inTitle.get(), date, Confidence.HIGH, "title");
        }
        Optional<Province> inLead = first(firstParagraph);
        if (inLead.isPresent()) {
            return named(inLead.get(), date, Confidence.HIGH, "first paragraph");
        }
        Optional<Province> byHost = host.flatMap(this::byHost);
        if (byHost.isPresent()) {
            return named(byHost.get(), date, Confidence.MEDIUM, "host name");
        }
        return most(body).map(p -> named(p, date, Confidence.MEDIUM, "named most in the body")).orElseGet(Finding::none);
    }

    private Finding<String> named(Province province, Optional<LocalDate> date, Confidence confidence, String how) {
        boolean gone = province.mergedInto().isPresent() && date.isPresent()
                && province.until().map(u -> date.get().isAfter(u)).orElse(false);
        if (gone) {
            Province now = vocabulary.currentOf(province);
            return Finding.of(now.name(), Confidence.LOW, how + ": " + province.name() + " was merged into " + now.name());
        }
        return Finding.of(province.name(), confidence, how);
    }

    private Optional<Province> first(String text) {
        int best = Integer.MAX_VALUE;
        Province found = null;
        for (Map.Entry<String, Province> e : spellings.entrySet()) {
            int at = wordIndex(text, e.getKey());
            if (at >= 0 && at < best) {
                best = at;
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<Province> most(String text) {
        Map<Province, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Province> e : spellings.entrySet()) {
            int n = 0;
            for (int at = wordIndex(text, e.getKey()); at >= 0 && n < 1000; at = wordIndex(text, e.getKey(), at + 1)) {
                n++;
            }
            if (n > 0) {
                counts.merge(e.getValue(), n, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private Optional<Province> byHost(String host) {
        String h = host.toLowerCase(Locale.ROOT).replace("-", "");
        List<Province> hits = new ArrayList<>();
        for (Province p : vocabulary.all()) {
            String compact = p.slug().replace("-", "");
            if (compact.length() >= 5 && (h.startsWith(compact + ".") || h.contains("." + compact + "."))) {
                hits.add(p);
            }
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private static int wordIndex(String text, String word) {
        return wordIndex(text, word, 0);
    }

    /** Where {@code word} stands in {@code text} as whole words (same case, as names are written), or -1. */
    private static int wordIndex(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }
}
