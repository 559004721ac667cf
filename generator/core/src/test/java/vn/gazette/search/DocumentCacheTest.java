package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents the build cache keeps: what comes back, and what makes a key change. */
class DocumentCacheTest {

    private static final Document.Source SOURCE = new Document.Source("/luu-tru/articles/2024/hoa-binh/",
            "Hoà Bình và Hòa Bình", "2024-02-01", List.of("#y:2024", "#p:ha-giang", "#p:tuyen-quang", "#t:tap-huan",
                    "#k:training"), List.of("Hà Giang", "Tuyên Quang", "tập huấn"), Optional.of("Hà Giang"),
            Optional.of("Tuyên Quang"), Optional.of("training"), Optional.of("Tóm tắt: thủy và thuỷ."),
            Optional.of("Bùi Trường Giang"), List.of("Sở Thông tin", "Hà Nội", "Nguyễn Văn A", "giảng viên"));

    private static final String BODY = "<p>Đồng bào dân tộc thiểu số (DTTS) ở <b>Hòa Bình</b> &amp; Hoà Bình; "
            + "Lũng Cú, Đà Nẵng.</p><script>khong()</script><p>Thủy và thuỷ, Ngãi, Quảng-Ngãi.</p>";

    @TempDir
    Path dir;

    @Test
    void aDocumentComesBackAsItWasMadeSpellingsInTheirOrder() throws IOException {
        Document.Keys keys = new Document.Keys();
        Document made = Document.of(SOURCE, BODY, keys, new Document.Scratch());
        long key = SOURCE.key(vn.gazette.internal.Digest.of(BODY));
        try (DocumentCache cache = DocumentCache.open(dir)) {
            cache.put(key, made);
        }
        try (DocumentCache cache = DocumentCache.open(dir)) {
            assertThat(cache.has(key)).isTrue();
            Document read = cache.get(key, keys).orElseThrow();
            assertThat(read.syllables().bares()).isEqualTo(made.syllables().bares());
            assertThat(read.syllables().weights()).isEqualTo(made.syllables().weights());
            assertThat(read.syllables().exacts()).isEqualTo(made.syllables().exacts());
            assertThat(read.syllables().more()).isEqualTo(made.syllables().more());
            assertThat(read.pairs()).isEqualTo(made.pairs());
            assertThat(read.filters()).isEqualTo(made.filters());
            assertThat(read.meta()).isEqualTo(made.meta());
            // in another build the bare keys have other numbers, and the pairs another order
            Document.Keys others = new Document.Keys();
            others.bare("zzz");
            Document again = cache.get(key, others).orElseThrow();
            assertThat(again.syllables().exacts()).isEqualTo(made.syllables().exacts());
            assertThat(again.pairs()).isSorted().hasSameSizeAs(made.pairs());
        }
        List<String> spellings = new ArrayList<>();
        for (int i = 0; i < made.syllables().size(); i++) {
            if (made.syllables().bares()[i].text.equals("hoa")) {
                spellings.add(made.syllables().exacts()[i]);
                assertThat(made.syllables().more()[i]).isNull();
            }
        }
        assertThat(spellings).containsExactly("hoa1");
    }

    @Test
    void aThreadThatRemembersTheBytesOfManySpellingsStillEncodesEachAsItIs() {
        // more spellings than a thread remembers (it forgets them all and starts again), from two builds' keys
        for (Document.Keys keys : List.of(new Document.Keys(), new Document.Keys())) {
            Document.Scratch scratch = new Document.Scratch();
            for (int d = 0; d < 40; d++) {
                StringBuilder body = new StringBuilder("<p>Hòa Bình, thuỷ");
                for (int i = 0; i < 1000; i++) {
                    body.append(" từ").append(d * 1000 + i);
                }
                Document made = Document.of(SOURCE, body.append("</p>").toString(), keys, scratch);
                Document read = DocumentCache.decode(DocumentCache.encode(made), keys);
                assertThat(read.syllables().bares()).isEqualTo(made.syllables().bares());
                assertThat(read.syllables().exacts()).isEqualTo(made.syllables().exacts());
                assertThat(read.syllables().more()).isEqualTo(made.syllables().more());
                // a document read back has no bytes of its spellings at hand: encoded again, it is the same
                assertThat(DocumentCache.encode(read)).isEqualTo(DocumentCache.encode(made));
            }
        }
    }

    @Test
    void bytesThatAreNoDocumentAreAnExceptionNotAnAllocation() {
        byte[] good = DocumentCache.encode(Document.of(SOURCE, BODY, new Document.Keys(), new Document.Scratch()));
        Random random = new Random(42);
        List<byte[]> bad = new ArrayList<>();
        bad.add(new byte[0]);
        bad.add(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07}); // a count of 2^31 - 1
        bad.add(java.util.Arrays.copyOf(good, good.length - 1));
        bad.add(java.util.Arrays.copyOf(good, good.length + 1));
        for (int i = 0; i < 200; i++) {
            byte[] bytes = good.clone();
            bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt();
            bad.add(bytes);
        }
        int thrown = 0;
        for (byte[] bytes : bad) {
            try {
                DocumentCache.decode(bytes, new Document.Keys());
            } catch (RuntimeException e) {
                thrown++;
            }
        }
        assertThat(thrown).isGreaterThanOrEqualTo(4);
        assertThatThrownBy(() -> DocumentCache.decode(bad.get(1), new Document.Keys()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyComponentOfTheSourceAndTheBodyAreInTheKey() throws ReflectiveOperationException {
        Set<Long> keys = new HashSet<>();
        keys.add(SOURCE.key(1));
        keys.add(SOURCE.key(2));
        RecordComponent[] components = Document.Source.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(SOURCE);
            }
            values[changed] = other(values[changed]);
            Document.Source source = Document.Source.class.getDeclaredConstructor(types).newInstance(values);
            assertThat(keys.add(source.key(1))).as(components[changed].getName()).isTrue();
        }
        // an empty value is not an absent one, nor one list item two
        assertThat(sourceWith(Optional.of("")).key(1)).isNotEqualTo(sourceWith(Optional.empty()).key(1));
    }

    private static Object other(Object value) {
        if (value instanceof String text) {
            return text + "x";
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? Optional.empty() : Optional.of("x");
        }
        List<Object> list = new ArrayList<>((List<?>) value);
        list.add("x");
        return List.copyOf(list);
    }

    private static Document.Source sourceWith(Optional<String> author) {
        return new Document.Source(SOURCE.link(), SOURCE.title(), SOURCE.date(), SOURCE.filters(), SOURCE.labels(),
                SOURCE.province(), SOURCE.provinceNow(), SOURCE.kind(), SOURCE.summary(), author, SOURCE.fields());
    }
}
