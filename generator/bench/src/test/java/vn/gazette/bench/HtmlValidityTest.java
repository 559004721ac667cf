package vn.gazette.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.Generator;

/**
 * Issue 14, point 5: every page of the sample archive, and of a generated 300-article archive (the benchmark's
 * corpus), built with the default theme, passes the Nu HTML Checker (the W3C's validator, run here as a library,
 * offline) with no error and no warning.
 */
class HtmlValidityTest {

    @TempDir
    Path dir;

    private static Path root() {
        return Path.of(System.getProperty("gazette.projectRoot", "../..")).toAbsolutePath().normalize();
    }

    @Test
    void everyPageOfTheSampleArchiveIsValidHtmlWithoutWarnings() throws Exception {
        Path out = dir.resolve("sample");
        BuildResult result = Generator.create().build(BuildRequest.of(root().resolve("content"), out)
                .withTheme(root().resolve("themes/default")));
        assertThat(result.problems()).isEmpty();

        assertThat(summary(validate(out))).isEmpty();
    }

    @Test
    void everyPageOfAGenerated300ArticleArchiveIsValidHtmlWithoutWarnings() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(300, corpus, 1);
        Files.copy(root().resolve("content/provinces.yaml"), corpus.resolve("provinces.yaml"));
        Path out = dir.resolve("site");
        BuildResult result = Generator.create().build(BuildRequest.of(corpus, out)
                .withTheme(root().resolve("themes/default")));
        assertThat(result.hasErrors()).as(result.problems().toString()).isFalse();

        assertThat(summary(validate(out))).isEmpty();
    }

    /** One line per kind of finding: how many, and the first (path:line:column: kind: message). */
    static List<String> summary(List<String> findings) {
        java.util.Map<String, List<String>> byMessage = new java.util.TreeMap<>();
        for (String finding : findings) {
            String message = finding.substring(finding.indexOf(": ") + 2);
            byMessage.computeIfAbsent(message, m -> new ArrayList<>()).add(finding);
        }
        return byMessage.values().stream().map(all -> all.size() + " × " + all.get(0)).toList();
    }

    /** {@code path:line:column: error: message} for every finding of the checker, over every page of a site. */
    static List<String> validate(Path site) throws IOException, SAXException {
        List<String> findings = new ArrayList<>();
        Path[] current = new Path[1];
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                add("warning", e);
            }

            @Override
            public void error(SAXParseException e) {
                add("error", e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add("fatal", e);
            }

            private void add(String kind, SAXParseException e) {
                findings.add(site.relativize(current[0]) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                        + kind + ": " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        } catch (Exception e) {
            throw new IllegalStateException("the checker's HTML schema does not load", e);
        }
        validator.setUpValidatorAndParsers(handler, true, false);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            current[0] = page;
            try (InputStream in = Files.newInputStream(page)) {
                InputSource source = new InputSource(in);
                source.setEncoding("UTF-8");
                source.setSystemId(page.toUri().toString());
                validator.checkHtmlInputSource(source);
            }
        }
        return findings;
    }
}
