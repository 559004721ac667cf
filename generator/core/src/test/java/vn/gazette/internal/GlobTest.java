package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void aPatternWithoutASlashMatchesTheNameInAnyFolder() {
        Glob glob = Glob.of("*.txt");
        assertThat(glob.matches("ghi-chu.txt")).isTrue();
        assertThat(glob.matches("articles/2023/ghi-chu.TXT")).isTrue();
        assertThat(glob.matches("articles/2023/ghi-chu.txt.bak")).isFalse();
    }

    @Test
    void aPatternWithASlashIsRelativeToTheFolderAndStarDoesNotCrossFolders() {
        assertThat(Glob.of("du-lieu/*.json").matches("du-lieu/a.json")).isTrue();
        assertThat(Glob.of("du-lieu/*.json").matches("du-lieu/x/a.json")).isFalse();
        assertThat(Glob.of("du-lieu/**/*.json").matches("du-lieu/x/y/a.json")).isTrue();
        assertThat(Glob.of("du-lieu/**/*.json").matches("du-lieu/a.json")).isTrue();
        assertThat(Glob.of("noi-bo/").matches("noi-bo/a/b.pdf")).isTrue();
        assertThat(Glob.of("noi-bo/").matches("khac/noi-bo.pdf")).isFalse();
        assertThat(Glob.of("bai-?.md").matches("bai-1.md")).isTrue();
        assertThat(Glob.of("a+b(c).txt").matches("a+b(c).txt")).isTrue();
    }

    @Test
    void aPlainNameMatchesThatNameInAnyFolderInAnyCaseAndNothingLongerOrShorter() {
        Glob glob = Glob.of("corpus.json");
        assertThat(glob.matches("corpus.json")).isTrue();
        assertThat(glob.matches("du-lieu/x/CORPUS.Json")).isTrue();
        assertThat(glob.matches("du-lieu/xcorpus.json")).isFalse();
        assertThat(glob.matches("du-lieu/corpus.jso")).isFalse();
        assertThat(glob.matches("corpus.json/a.md")).isFalse();
        assertThat(glob.matches("du-lieu/corpus.jsox")).isFalse();
        assertThat(Glob.of("Đà Nẵng.txt").matches("a/đà nẵng.TXT")).isTrue();
        assertThat(Glob.of("Đà Nẵng.txt").matches("a/đà nẵng.TXT~")).isFalse();
    }

    @Test
    void absolutePathsParentFoldersAndEmptyPatternsAreRefused() {
        assertThat(Glob.isValid("/etc/passwd")).isFalse();
        assertThat(Glob.isValid("../ngoai")).isFalse();
        assertThat(Glob.isValid("a/../../b")).isFalse();
        assertThat(Glob.isValid(" ")).isFalse();
        assertThat(Glob.isValid("a\\b")).isFalse();
        assertThat(Glob.isValid("..x/y")).isTrue();
        assertThatThrownBy(() -> Glob.of("/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExtensionIsLowerCaseWithoutTheDot() {
        assertThat(Glob.extension("a/B.PDF")).isEqualTo("pdf");
        assertThat(Glob.extension("a.b/README")).isEmpty();
        assertThat(Glob.extension(".htaccess")).isEmpty();
    }
}
