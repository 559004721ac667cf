package vn.gazette.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void everyKeyHasAWordingInEveryLanguage() {
        assertThat(Catalog.of("vi").keys()).containsExactlyElementsOf(Catalog.of("en").keys());
    }

    @Test
    void eachAreaHasTheSameKeysInEveryLanguage() {
        for (String area : Catalog.AREAS) {
            assertThat(Catalog.read(Catalog.file(area, "vi")).keySet()).as(area)
                    .isEqualTo(Catalog.read(Catalog.file(area, "en")).keySet());
        }
    }

    @Test
    void everyWordingUsesOnlyTheArgumentsItsEnglishUses() {
        for (String key : Catalog.of("en").keys()) {
            assertThat(placeholders(Catalog.of("vi").wording(key))).as(key)
                    .isEqualTo(placeholders(Catalog.of("en").wording(key)));
        }
    }

    @Test
    void anUnkeyedMessageIsPrintedAsWrittenInEnglish() {
        Message message = Message.unkeyed("'draft' must be true or false, not 'x'");
        assertThat(message.text("en")).isEqualTo("'draft' must be true or false, not 'x'");
        assertThat(Catalog.of("fr").language()).isEqualTo("en");
    }

    @Test
    void anUnknownKeyStillSaysSomething() {
        assertThat(Message.of("no.such.key", "a", 1).text("vi")).isEqualTo("no.such.key [a, 1]");
    }

    private static java.util.Set<String> placeholders(String wording) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d\\}").matcher(wording);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
