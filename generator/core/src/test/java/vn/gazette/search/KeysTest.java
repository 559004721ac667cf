package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The structures the index folds articles with: shared keys, a document's spellings, the pairs' map. */
class KeysTest {

    @Test
    void eachBareKeyIsOneObjectWithANumberAndEachSpellingOneString() {
        Document.Keys keys = new Document.Keys();
        Document.Keys.Key hoa = keys.of("Hoà");
        Document.Keys.Key hoa2 = keys.of("hòa");
        Document.Keys.Key hoa3 = keys.of("HOA");
        assertThat(hoa.bare()).isSameAs(hoa2.bare()).isSameAs(hoa3.bare());
        assertThat(hoa.bare().text).isEqualTo("hoa");
        assertThat(hoa.exact()).isEqualTo("hoa1").isSameAs(hoa2.exact());
        assertThat(hoa3.exact()).isEqualTo("hoa");
        Document.Keys.Key binh = keys.of("Bình");
        assertThat(binh.bare().id).isNotEqualTo(hoa.bare().id);
        long pair = Document.Keys.pair(hoa.bare(), binh.bare());
        Document.Keys.Bare[] byId = keys.byId();
        assertThat(byId[(int) (pair >>> 32)]).isSameAs(hoa.bare());
        assertThat(byId[(int) pair]).isSameAs(binh.bare());
    }

    @Test
    void threadsFoldingTheSameWordsGetTheSameKeys() throws Exception {
        Document.Keys keys = new Document.Keys();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            words.add("từ" + (i % 500) + ((i / 500) % 2 == 0 ? "" : "à"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Document.Keys.Key>>> all = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                all.add(pool.submit(() -> words.stream().map(keys::of).toList()));
            }
            List<Document.Keys.Key> first = all.get(0).get();
            for (Future<List<Document.Keys.Key>> other : all) {
                List<Document.Keys.Key> got = other.get();
                for (int i = 0; i < words.size(); i++) {
                    assertThat(got.get(i).bare()).isSameAs(first.get(i).bare());
                    assertThat(got.get(i).exact()).isSameAs(first.get(i).exact());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Document.Keys.Bare[] byId = keys.byId();
        assertThat(byId).doesNotContainNull().hasSize(1000);
        for (int id = 0; id < byId.length; id++) {
            assertThat(byId[id].id).isEqualTo(id);
        }
    }

    @Test
    void theScratchGathersEachSyllableOnceWithItsWeightAndEachSpellingOnceAndStartsAfreshPerArticle() {
        Document.Keys keys = new Document.Keys();
        Document.Scratch scratch = new Document.Scratch();
        scratch.begin();
        for (String word : List.of("Hoà", "hòa", "HOA", "hỏa", "Bình", "hoa")) {
            Document.Keys.Key key = keys.of(word);
            assertThat(new String(key.exactUtf8(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(key.exact());
            scratch.add(key, word.equals("Bình") ? 8 : 1);
        }
        Document.Words words = scratch.words();
        assertThat(words.size()).isEqualTo(2);
        assertThat(words.bares()[0].text).isEqualTo("hoa");
        assertThat(words.weights()[0]).isEqualTo(5);
        assertThat(words.exacts()[0]).isEqualTo("hoa1");
        assertThat(words.more()[0]).containsExactly("hoa", "hoa3");
        assertThat(words.bares()[1].text).isEqualTo("binh");
        assertThat(words.weights()[1]).isEqualTo(8);
        assertThat(words.more()[1]).isNull();

        scratch.begin();
        for (int i = 0; i < 300; i++) {
            scratch.add(keys.of("hoa"), 1);
        }
        for (int i = 0; i < 2000; i++) {
            scratch.add(keys.of("t" + i), 1);
        }
        Document.Words next = scratch.words();
        assertThat(next.size()).as("grown past its first room").isEqualTo(2001);
        assertThat(next.weights()[0]).as("capped at one byte").isEqualTo(255);
        assertThat(next.more()[0]).isNull();
    }

    @Test
    void theScratchFindsTheKeysOfSyllablesItMetByTheirCharactersThroughItsGrowthAndForgetsThemForAnotherBuild() {
        Document.Keys keys = new Document.Keys();
        Document.Scratch scratch = new Document.Scratch();
        String text = "  Hoà, hòa Bình";
        char[] chars = text.toCharArray();
        Document.Keys.Key hoa = key(scratch, chars, 2, 5, keys);
        assertThat(hoa).isSameAs(keys.of("Hoà")).isSameAs(key(scratch, "Hoà".toCharArray(), 0, 3, keys));
        assertThat(key(scratch, chars, 7, 10, keys).bare()).isSameAs(hoa.bare());
        assertThat(key(scratch, chars, 7, 10, keys).exact()).isSameAs(hoa.exact());
        assertThat(key(scratch, chars, 11, 15, keys)).isSameAs(keys.of("Bình"));
        for (int i = 0; i < 20_000; i++) { // far past the table's first room
            char[] word = ("từ" + i).toCharArray();
            assertThat(key(scratch, word, 0, word.length, keys).bare().text).isEqualTo("tu" + i);
        }
        assertThat(key(scratch, "Hoà".toCharArray(), 0, 3, keys)).isSameAs(hoa);
        char[] seven = "từ7".toCharArray();
        assertThat(key(scratch, seven, 0, seven.length, keys)).isSameAs(keys.of("từ7"));

        Document.Keys next = new Document.Keys();
        next.of("Bình"); // another build numbers its keys otherwise
        Document.Keys.Key again = key(scratch, "Hoà".toCharArray(), 0, 3, next);
        assertThat(again).isNotSameAs(hoa).isSameAs(next.of("Hoà"));
        assertThat(again.bare().id).isEqualTo(1);
    }

    @Test
    void theLongMapFindsWhatItWasGivenThroughItsGrowth() {
        LongMap<String> map = new LongMap<>();
        Map<Long, String> expected = new HashMap<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            long key = i % 3 == 0 ? ((long) i << 32) | (i * 31L) : random.nextLong();
            String value = map.computeIfAbsent(key, k -> "v" + k);
            expected.putIfAbsent(key, value);
            assertThat(map.computeIfAbsent(key, k -> "other")).isSameAs(expected.get(key));
        }
        assertThat(map.size()).isEqualTo(expected.size());
        Map<Long, String> seen = new HashMap<>();
        map.forEach(seen::put);
        assertThat(seen).isEqualTo(expected);
        assertThat(map.computeIfAbsent(0L, k -> "zero")).isEqualTo("v0");
    }

    /** The scratch's key of {@code chars[start..end)}, given the hash {@link Syllables#each} counts. */
    private static Document.Keys.Key key(Document.Scratch scratch, char[] chars, int start, int end,
            Document.Keys keys) {
        return scratch.key(chars, start, end, new String(chars, start, end - start).hashCode(), keys);
    }
}
