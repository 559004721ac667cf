package vn.gazette.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the closest known word for a misspelt one ("Long Ang" → "Long An", "titel" → "title").
 *
 * <p>Distances are counted on the slug form first, so a missing tone mark costs nothing, then on the folded
 * text to break ties. Stateless and thread-safe.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> closest(String input, Collection<String> candidates) {
        String wanted = Slugs.slugify(input);
        String folded = Texts.fold(input);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int score = distance(wanted, Slugs.slugify(candidate)) * 100 + distance(folded, Texts.fold(candidate));
            if (score < bestScore || score == bestScore && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(2, wanted.length() / 3);
        int distance = bestScore / 100;
        // a candidate that shares no letter with the input ('fr' and 'en') is not a suggestion, however short
        boolean related = distance < Math.max(wanted.length(), Slugs.slugify(best).length());
        return distance <= allowed && related ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
