package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> PROVINCES = List.of("An Giang", "Long An", "Lạng Sơn", "Lâm Đồng", "Quảng Ngãi",
            "Quảng Ninh", "Quảng Nam", "Hà Nội", "Hà Nam", "Hà Tĩnh", "Thành phố Hồ Chí Minh");
    private static final List<String> KEYS = List.of("title", "date", "slug", "tags", "province", "author", "draft");

    @Test
    void suggestsLongAnForLongAng() {
        assertThat(DidYouMean.closest("Long Ang", PROVINCES)).contains("Long An");
    }

    @Test
    void suggestsTitleForTitel() {
        assertThat(DidYouMean.closest("titel", KEYS)).contains("title");
    }

    @Test
    void suggestsAuthorForAuther() {
        assertThat(DidYouMean.closest("auther", KEYS)).contains("author");
    }

    @Test
    void countsMissingToneMarksAsNothing() {
        assertThat(DidYouMean.closest("Quang Ngai", PROVINCES)).contains("Quảng Ngãi");
        assertThat(DidYouMean.closest("lam dong", PROVINCES)).contains("Lâm Đồng");
        assertThat(DidYouMean.closest("thanh pho ho chi minh", PROVINCES)).contains("Thành phố Hồ Chí Minh");
    }

    @Test
    void prefersTheSpellingWithTheSameToneMarks() {
        assertThat(DidYouMean.closest("Hà Nội", List.of("Hà Nôi", "Hà Nội"))).contains("Hà Nội");
        assertThat(DidYouMean.closest("Hà Nội", List.of("Hà Nội", "Hà Nôi"))).contains("Hà Nội");
    }

    @Test
    void usesTheToneMarksToChooseBetweenNamesThatOnlyTheyTellApart() {
        assertThat(DidYouMean.closest("Lạng Son", List.of("Láng Sơn", "Lạng Sơn"))).contains("Lạng Sơn");
        assertThat(DidYouMean.closest("Láng Son", List.of("Láng Sơn", "Lạng Sơn"))).contains("Láng Sơn");
    }

    @Test
    void readsDecomposedInputLikeComposedInput() {
        assertThat(DidYouMean.closest("Qua\u0309ng Nga\u0303i", PROVINCES)).contains("Quảng Ngãi");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(DidYouMean.closest("Bắc Kạn", PROVINCES)).isEmpty();
        assertThat(DidYouMean.closest("headline", KEYS)).isEmpty();
        assertThat(DidYouMean.closest("xyz", KEYS)).isEmpty();
    }

    @Test
    void suggestsNothingForAShortWordWithNoLetterInCommon() {
        assertThat(DidYouMean.closest("fr", List.of("vi", "en"))).isEmpty();
        assertThat(DidYouMean.closest("de", List.of("vi", "en"))).isEmpty();
    }

    @Test
    void suggestsAShortWordThatKeepsALetter() {
        assertThat(DidYouMean.closest("vn", List.of("vi", "en"))).contains("en");
        assertThat(DidYouMean.closest("vj", List.of("vi", "en"))).contains("vi");
    }

    @Test
    void suggestsNothingForInputWithoutLettersOrDigits() {
        assertThat(DidYouMean.closest("??", List.of("vi", "en"))).isEmpty();
        assertThat(DidYouMean.closest("", KEYS)).isEmpty();
    }

    @Test
    void suggestsNothingFromAnEmptyList() {
        assertThat(DidYouMean.closest("title", List.of())).isEmpty();
    }

    @Test
    void allowsMoreMistakesInLongerWords() {
        assertThat(DidYouMean.closest("confrence organizr", List.of("conference organizer"))).contains(
                "conference organizer");
        assertThat(DidYouMean.closest("tgas", List.of("tags"))).contains("tags");
        assertThat(DidYouMean.closest("tgs", List.of("title"))).isEmpty();
    }

    @Test
    void breaksTiesAlphabeticallyWhateverTheCandidateOrder() {
        assertThat(DidYouMean.closest("tagz", List.of("tagy", "tagx"))).contains("tagx");
        assertThat(DidYouMean.closest("tagz", List.of("tagx", "tagy"))).contains("tagx");
    }

    @Test
    void suggestsNothingForAWordFarFromEveryCandidate() {
        assertThat(DidYouMean.closest("titel", KEYS)).contains("title");
        assertThat(DidYouMean.closest("headline", KEYS)).isEmpty();
    }

    @Test
    void countsEditsBetweenTwoWords() {
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("sitting", "kitten")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
        assertThat(DidYouMean.distance("abc", "")).isEqualTo(3);
        assertThat(DidYouMean.distance("titel", "title")).isEqualTo(2);
        assertThat(DidYouMean.distance("same", "same")).isZero();
    }
}
