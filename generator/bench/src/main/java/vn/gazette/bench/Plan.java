package vn.gazette.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What each article of the corpus is about, decided before any text is written (so that articles can link to
 * each other): date, province, tags, title, slug, author and whether it reports a conference.
 */
final class Plan {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    /** Provinces merged away in 2025 existed until this day; later articles name the province they joined. */
    static final LocalDate MERGER_EVE = LocalDate.of(2025, 6, 30);

    /** One planned article. {@code kind} is null when it reports no conference. */
    record Item(int index, LocalDate day, String date, String province, List<String> districts, String district,
            List<String> tags, String title, String slug, String author, String kind) {

        String url() {
            return String.format(Locale.ROOT, "/articles/%04d/%02d/%s/", day.getYear(), day.getMonthValue(), slug);
        }

        String file() {
            return String.format(Locale.ROOT, "articles/%04d/%02d/%s.md", day.getYear(), day.getMonthValue(), slug);
        }
    }

    private Plan() {
    }

    static List<Item> make(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Prose prose = new Prose(random);
        List<List<String>> districts = new ArrayList<>();
        for (int p = 0; p < Words.PROVINCES.length; p++) {
            districts.add(names(prose, 8));
        }
        List<String> authors = new ArrayList<>();
        while (authors.size() < 60) {
            String name = prose.person();
            if (!authors.contains(name)) {
                authors.add(name);
            }
        }
        double[] tagWeights = weights(Words.TAGS.length, k -> 1.0 / Math.pow(k + 1, 0.9));
        double[] provinceWeights = weights(Words.PROVINCES.length, k -> 5.0 - (k * 7) % 5);
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextLong(days));
            String date = day.toString();
            double timed = random.nextDouble();
            if (timed < 0.25) { // a quarter carry a time of day, a few of them with the offset too
                date += String.format(Locale.ROOT, "T%02d:%02d", prose.between(7, 21), prose.between(0, 59))
                        + (timed < 0.06 ? ":00+07:00" : "");
            }
            int p = draw(random, provinceWeights);
            String province = Words.PROVINCES[p][0];
            if (Words.PROVINCES[p][1] != null && day.isAfter(MERGER_EVE)) {
                province = Words.PROVINCES[p][1];
            }
            String district = prose.pick(districts.get(p));
            List<String> tags = new ArrayList<>();
            int wanted = prose.between(2, 5);
            while (tags.size() < wanted) {
                String tag = Words.TAGS[draw(random, tagWeights)];
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            String kind = null;
            if (prose.chance(0.3)) {
                double k = random.nextDouble();
                kind = k < 0.6 ? "training" : k < 0.8 ? "workshop" : k < 0.95 ? "survey" : "other";
            }
            String title = title(prose, kind, tags.get(0), province, district, day.getYear());
            String slug = slug(title, 60) + String.format(Locale.ROOT, "-%06d", i + 1);
            items.add(new Item(i, day, date, province, districts.get(p), district, List.copyOf(tags), title, slug,
                    prose.pick(authors), kind));
        }
        return items;
    }

    private static String title(Prose prose, String kind, String topic, String province, String district, int year) {
        String[] choices;
        if (kind == null) {
            choices = new String[] {province + " đẩy mạnh " + topic + " năm " + year,
                "Huyện " + district + ": chuyển biến tích cực trong " + topic,
                "Sơ kết " + prose.between(3, 10) + " năm thực hiện đề án về " + topic + " tại " + province,
                "Nhiều cách làm hay về " + topic + " ở vùng cao " + province,
                province + " triển khai kế hoạch " + topic + " năm " + year,
                "Người dân huyện " + district + " hưởng lợi từ chương trình " + topic};
        } else if (kind.equals("training")) {
            choices = new String[] {"Tập huấn " + topic + " cho cán bộ cơ sở huyện " + district,
                "Hội nghị tập huấn công tác " + topic + " năm " + year,
                province + " bồi dưỡng kiến thức " + topic + " cho đội ngũ báo cáo viên"};
        } else if (kind.equals("workshop")) {
            choices = new String[] {"Hội thảo chuyên đề về " + topic + " tại " + province,
                "Tọa đàm nâng cao chất lượng " + topic + " năm " + year};
        } else if (kind.equals("survey")) {
            choices = new String[] {"Đoàn công tác của tỉnh khảo sát " + topic + " tại huyện " + district,
                "Khảo sát thực tế về " + topic + " ở các xã biên giới tỉnh " + province};
        } else {
            choices = new String[] {"Giao lưu, trao đổi kinh nghiệm về " + topic + " giữa các địa phương"};
        }
        return Prose.capitalize(prose.pick(choices));
    }

    /** Invented place names of two different syllables. */
    private static List<String> names(Prose prose, int count) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        while (names.size() < count) {
            String a = prose.pick(Words.SYLLABLES);
            String b = prose.pick(Words.SYLLABLES);
            if (!a.equals(b) && seen.add(a + " " + b)) {
                names.add(a + " " + b);
            }
        }
        return names;
    }

    private static double[] weights(int count, java.util.function.IntToDoubleFunction weight) {
        double[] cumulative = new double[count];
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += weight.applyAsDouble(k);
            cumulative[k] = sum;
        }
        return cumulative;
    }

    private static int draw(SplittableRandom random, double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(i >= 0 ? i + 1 : -i - 1, cumulative.length - 1);
    }

    /** ASCII slug: đ → d, marks dropped, anything else but a-z and 0-9 a single hyphen; cut at a hyphen. */
    static String slug(String text, int max) {
        String s = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > max) {
            int cut = s.lastIndexOf('-', max);
            s = s.substring(0, cut > 0 ? cut : max).replaceAll("-+$", "");
        }
        return s;
    }
}
