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

    /**
     * Vietnamese uses the arguments English uses; it may leave one out only where that argument is a library's own
     * English words (SnakeYAML's, in the YAML syntax messages), which the Vietnamese hint says better.
     */
    @Test
    void everyWordingUsesOnlyTheArgumentsItsEnglishUses() {
        for (String key : Catalog.of("en").keys()) {
            java.util.Set<String> english = placeholders(Catalog.of("en").wording(key));
            java.util.Set<String> vietnamese = placeholders(Catalog.of("vi").wording(key));
            if (key.startsWith("config.yaml.")) {
                assertThat(english).as(key).containsAll(vietnamese);
            } else {
                assertThat(vietnamese).as(key).isEqualTo(english);
            }
        }
    }

    @Test
    void aLanguageGazetteDoesNotSpeakGetsEnglish() {
        Message message = Message.of("config.field.not-boolean", "draft", "x");
        assertThat(message.text("fr")).isEqualTo("'draft' must be true or false, not 'x'");
        assertThat(message.text("vi")).isEqualTo("'draft' phải là true hoặc false, không phải 'x'");
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
