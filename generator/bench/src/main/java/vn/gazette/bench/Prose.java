package vn.gazette.bench;

import java.util.SplittableRandom;

/** Plausible Vietnamese news sentences built from {@link Words}; one instance per article, not thread-safe. */
final class Prose {

    private final SplittableRandom random;

    Prose(SplittableRandom random) {
        this.random = random;
    }

    SplittableRandom random() {
        return random;
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(java.util.List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    String person() {
        return pick(Words.FAMILY_NAMES) + " " + pick(Words.MIDDLE_NAMES) + " " + pick(Words.GIVEN_NAMES);
    }

    /** One sentence; {@code mark} ("*", "**" or "") wraps its object in emphasis. */
    String sentence(String mark) {
        StringBuilder s = new StringBuilder();
        int shape = random.nextInt(5);
        if (shape == 4) {
            s.append(pick(Words.OPENERS)).append(" toàn tỉnh có ").append(between(12, 4800)).append(' ')
                    .append(pick(Words.UNITS)).append(' ').append(pick(Words.PLACES)).append(", tăng ")
                    .append(between(3, 40)).append("% so với cùng kỳ");
        } else {
            if (shape == 0) {
                s.append(pick(Words.OPENERS)).append(' ');
            }
            s.append(pick(Words.SUBJECTS));
            if (chance(0.6)) {
                s.append(' ').append(pick(Words.MODALS));
            }
            s.append(' ').append(pick(Words.VERBS)).append(' ').append(mark).append(pick(Words.OBJECTS)).append(mark);
            if (chance(0.5)) {
                s.append(' ').append(pick(Words.PLACES));
            }
            if (chance(0.35)) {
                s.append(' ').append(pick(Words.MANNERS));
            }
            if (chance(0.4)) {
                s.append(", ").append(pick(Words.PURPOSES));
            }
        }
        return capitalize(s.toString()) + ".";
    }

    String sentence() {
        return sentence("");
    }

    /** A sentence that says how something went, for lists and quotes. */
    String assessment() {
        return capitalize(pick(Words.OBJECTS)) + " " + pick(new String[] {"có chuyển biến", "đạt kết quả",
            "được đánh giá", "ghi nhận bước tiến"}) + " " + pick(Words.QUALITIES) + " " + pick(Words.PLACES) + ".";
    }

    /** {@code min} to {@code max} sentences; often one of them carries *emphasis* or **strong** text. */
    String paragraph(int min, int max) {
        int count = between(min, max);
        int marked = chance(0.7) ? random.nextInt(count) : -1;
        String mark = chance(0.5) ? "*" : "**";
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence(i == marked ? mark : ""));
        }
        return p.toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** Words as a reader counts them: tokens that hold a letter or a digit. */
    static int words(String text) {
        int count = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                count++;
                counted = true;
            }
        }
        return count;
    }
}
