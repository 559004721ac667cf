package vn.gazette.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gazette.site.Conferences;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;

/**
 * The A–Z jump of the speakers index: one link per initial letter, to the first speaker with that initial, on
 * whichever page of the index they are. Letters keep Vietnamese Đ apart from D and put Ă, Â with A (the index is
 * in Vietnamese order, so they follow A's names anyway). Stateless and thread-safe.
 */
final class SpeakerLetters {

    private SpeakerLetters() {
    }

    static List<Views.LinkView> of(Site site) {
        List<Views.LinkView> letters = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Pager<Conferences.SpeakerRecord> pager : site.speakerPages()) {
            for (Conferences.SpeakerRecord speaker : pager.items()) {
                String letter = initial(speaker.name());
                if (seen.add(letter)) {
                    letters.add(new Views.LinkView(letter, site.config().link(pager.url()) + "#" + speaker.slug(), false,
                            null));
                }
            }
        }
        return letters;
    }

    /** "Đ" for Đặng, "A" for Âu, "#" for a name that starts with no letter. */
    static String initial(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            return "#";
        }
        int first = stripped.codePointAt(0);
        if (first == 'Đ' || first == 'đ') {
            return "Đ";
        }
        if (!Character.isLetter(first)) {
            return "#";
        }
        String base = Normalizer.normalize(new String(Character.toChars(first)), Normalizer.Form.NFD).substring(0, 1);
        return base.toUpperCase(Locale.ROOT);
    }
}
