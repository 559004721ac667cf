package vn.gazette.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.gazette.site.Conferences;

/**
 * The small chart at the top of the conference index: trainings per year as bars stacked by province, drawn at
 * build time as inline SVG, so it reads without JavaScript. Screen readers get its {@code <title>} and a
 * {@code <desc>} with every number; the colours (Okabe–Ito, safe for colour-blind readers) are also named in a
 * legend, written by the template as HTML so that it wraps on a phone. The chart is drawn at its natural size in
 * CSS pixels (the page scrolls it sideways rather than shrinking its text below 12 px on a phone). Output depends
 * only on the entries, so it is deterministic. Thread-safe.
 */
final class ConferenceChart {

    /** The drawing and its legend (each province's colour, most conferences first). */
    record Chart(String svg, List<Legend> legend) {
    }

    /** A colour of the chart and what it stands for. */
    record Legend(String label, String colour) {
    }

    /** The size of the chart's text, in CSS pixels: never below the 12 px a phone can read. */
    static final int FONT = 13;

    private static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
        "#F0E442"};
    private static final String OTHER_COLOUR = "#999999";
    private static final int BAR = 28;
    private static final int STEP = 48;
    private static final int LEFT = 36;
    private static final int TOP = 20;
    private static final int HEIGHT = 140;

    private ConferenceChart() {
    }

    /**
     * @param title   the chart's title
     * @param other   the legend label for provinces beyond the seven with their own colour
     * @param unknown the label for conferences without a province
     */
    static Chart chart(List<Conferences.Entry> entries, Comparator<String> names, String title, String other,
            String unknown) {
        if (entries.isEmpty()) {
            return null;
        }
        Map<String, Integer> totals = new TreeMap<>(names);
        TreeMap<Integer, Map<String, Integer>> byYear = new TreeMap<>();
        for (Conferences.Entry entry : entries) {
            String province = entry.province().map(t -> t.name()).orElse(unknown);
            totals.merge(province, 1, Integer::sum);
            byYear.computeIfAbsent(entry.conference().start().getYear(), y -> new TreeMap<>(names))
                    .merge(province, 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(totals.keySet());
        ranked.sort(Comparator.comparing((String p) -> -totals.get(p)).thenComparing(names));
        Map<String, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            colours.put(ranked.get(i), i < COLOURS.length ? COLOURS[i] : OTHER_COLOUR);
        }
        int firstYear = byYear.firstKey();
        int lastYear = byYear.lastKey();
        int max = byYear.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int width = LEFT + (lastYear - firstYear + 1) * STEP + 8;
        int height = TOP + HEIGHT + 24;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"_chart-title _chart-desc\">\n");
        svg.append("<title id=\"_chart-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"_chart-desc\">").append(escape(describe(byYear, firstYear, lastYear))).append("</desc>\n");
        svg.append("<line x1=\"").append(LEFT - 4).append("\" y1=\"").append(TOP + HEIGHT).append("\" x2=\"")
                .append(width - 4).append("\" y2=\"").append(TOP + HEIGHT).append("\" stroke=\"currentColor\"/>\n");
        for (int year = firstYear; year <= lastYear; year++) {
            int x = LEFT + (year - firstYear) * STEP;
            int y = TOP + HEIGHT;
            int total = 0;
            for (Map.Entry<String, Integer> part : byYear.getOrDefault(year, Map.of()).entrySet()) {
                int h = part.getValue() * HEIGHT / max;
                y -= h;
                total += part.getValue();
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BAR)
                        .append("\" height=\"").append(h).append("\" fill=\"").append(colours.get(part.getKey()))
                        .append("\"><title>").append(escape(part.getKey() + " " + year + ": " + part.getValue()))
                        .append("</title></rect>\n");
            }
            if (total > 0) {
                svg.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(y - 4)
                        .append("\" text-anchor=\"middle\" font-size=\"" + FONT + "\" fill=\"currentColor\">").append(total)
                        .append("</text>\n");
            }
            svg.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + HEIGHT + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"" + FONT + "\" fill=\"currentColor\">").append(year)
                    .append("</text>\n");
        }
        svg.append("</svg>");
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < Math.min(ranked.size(), COLOURS.length); i++) {
            legend.add(new Legend(ranked.get(i), COLOURS[i]));
        }
        if (ranked.size() > COLOURS.length) {
            legend.add(new Legend(other, OTHER_COLOUR));
        }
        return new Chart(svg.toString(), legend);
    }

    /** "2022: 1 (Long An 1); 2023: 3 (Cao Bằng 1, Hà Giang 1, Lạng Sơn 1)". */
    private static String describe(TreeMap<Integer, Map<String, Integer>> byYear, int first, int last) {
        List<String> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            Map<String, Integer> parts = byYear.getOrDefault(year, Map.of());
            int total = parts.values().stream().mapToInt(Integer::intValue).sum();
            List<String> each = new ArrayList<>();
            parts.forEach((province, count) -> each.add(province + " " + count));
            years.add(year + ": " + total + (each.isEmpty() ? "" : " (" + String.join(", ", each) + ")"));
        }
        return String.join("; ", years);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
