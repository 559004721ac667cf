package vn.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static final String NO_FRONT_MATTER =
            "no front matter: start the file with a line '---', then 'title:' and 'date:' lines, then '---'";
    private static final String NOT_CLOSED =
            "the front matter is not closed: add a line '---' after the last front-matter line";

    private static ArticleText split(String text) {
        ArticleText.SplitResult result = ArticleText.split(text);
        assertThat(result.failure()).isEmpty();
        return result.text().orElseThrow();
    }

    private static ArticleText.Failure failure(String text) {
        ArticleText.SplitResult result = ArticleText.split(text);
        assertThat(result.text()).isEmpty();
        return result.failure().orElseThrow();
    }

    @Test
    void splitsFrontMatterFromBodyAndCountsTheBodysFirstLine() {
        String file = """
                ---
                title: Hội nghị
                date: 2023-09-22
                ---
                Nội dung bài.
                """;

        ArticleText text = split(file);

        assertThat(text.frontMatter()).isEqualTo("title: Hội nghị\ndate: 2023-09-22\n");
        assertThat(text.bodyOffset()).isEqualTo(41);
        assertThat(file.substring(0, text.bodyOffset())).endsWith("---\n");
        assertThat(text.bodyFirstLine()).isEqualTo(5);
        assertThat(text.body(file)).isEqualTo("Nội dung bài.\n");
    }

    @Test
    void aFileWithoutFrontMatterIsRefusedAtItsFirstLine() {
        ArticleText.Failure failure = failure("title: Hội nghị\ndate: 2023-09-22\n");

        assertThat(failure.line()).isEqualTo(1);
        assertThat(failure.message()).isEqualTo(NO_FRONT_MATTER);
    }

    @Test
    void anEmptyFileHasNoFrontMatter() {
        assertThat(failure("").message()).isEqualTo(NO_FRONT_MATTER);
    }

    @Test
    void aDashLineThatIsNotFirstDoesNotStartFrontMatter() {
        assertThat(failure("\n---\ntitle: A\n---\n").message()).isEqualTo(NO_FRONT_MATTER);
    }

    @Test
    void frontMatterWithoutClosingLineIsRefused() {
        ArticleText.Failure failure = failure("---\ntitle: Hội nghị\ndate: 2023-09-22\n\nNội dung bài.\n");

        assertThat(failure.line()).isEqualTo(1);
        assertThat(failure.message()).isEqualTo(NOT_CLOSED);
    }

    @Test
    void aLoneOpeningLineIsNotClosed() {
        assertThat(failure("---").message()).isEqualTo(NOT_CLOSED);
        assertThat(failure("---\n").message()).isEqualTo(NOT_CLOSED);
    }

    @Test
    void aFileEndingAtTheClosingLineHasAnEmptyBody() {
        String file = "---\ntitle: A\n---";

        ArticleText text = split(file);

        assertThat(text.frontMatter()).isEqualTo("title: A\n");
        assertThat(text.bodyOffset()).isEqualTo(file.length());
        assertThat(text.bodyFirstLine()).isEqualTo(4);
        assertThat(text.body(file)).isEmpty();
    }

    @Test
    void emptyFrontMatterIsSplitAndLeftToTheParser() {
        String file = "---\n---\nNội dung\n";

        ArticleText text = split(file);

        assertThat(text.frontMatter()).isEmpty();
        assertThat(text.bodyOffset()).isEqualTo(8);
        assertThat(text.bodyFirstLine()).isEqualTo(3);
    }

    @Test
    void threeDotsAlsoCloseTheFrontMatter() {
        ArticleText text = split("---\ntitle: A\n...\nThân bài\n");

        assertThat(text.frontMatter()).isEqualTo("title: A\n");
        assertThat(text.bodyFirstLine()).isEqualTo(4);
        assertThat(text.bodyOffset()).isEqualTo(17);
    }

    @Test
    void trailingSpacesOnTheClosingLineAreAllowed() {
        ArticleText text = split("---\ntitle: A\n---  \nThân bài\n");

        assertThat(text.frontMatter()).isEqualTo("title: A\n");
        assertThat(text.bodyOffset()).isEqualTo(19);
        assertThat(text.bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void trailingSpacesOnTheOpeningLineAreAllowedToo() {
        ArticleText text = split("---  \ntitle: A\n---\nThân bài\n");

        assertThat(text.frontMatter()).isEqualTo("title: A\n");
        assertThat(text.bodyOffset()).isEqualTo(19);
        assertThat(text.bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void onlyTheFirstClosingLineEndsTheFrontMatter() {
        String file = "---\ntitle: A\n---\nĐoạn một\n---\nĐoạn hai\n";

        ArticleText text = split(file);

        assertThat(text.frontMatter()).isEqualTo("title: A\n");
        assertThat(text.body(file)).isEqualTo("Đoạn một\n---\nĐoạn hai\n");
    }

    @Test
    void aLongerDashLineDoesNotCloseTheFrontMatter() {
        assertThat(failure("---\ntitle: A\n----\nThân bài\n").message()).isEqualTo(NOT_CLOSED);
    }
}
