package vn.gazette.importer;

import java.util.List;
import java.util.Optional;

/**
 * One capture's line of the report: what became of it and what was found in it, with how sure the importer is.
 *
 * @param capture    the capture's name ({@code source.capture})
 * @param file       the article's file, relative to the import folder, when there is one
 * @param outcome    written, skipped (imported before), updated, written beside an edited one, or failed
 * @param confidence the least sure of title, date and province: the report lists the doubtful ones first
 */
public record ImportedArticle(String capture, Optional<String> url, Optional<String> file, Outcome outcome,
        String confidence, String encoding, Optional<String> recipe, Field title, Field date, Field province,
        Field author, List<String> tags, int images, List<String> missingImages, Optional<Field> conference,
        List<String> notes) {

    /** What became of a capture. */
    public enum Outcome {
        WRITTEN, SKIPPED, UPDATED, BESIDE, FAILED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A found value (empty when nothing was found), how sure the importer is, and where it was found. */
    public record Field(Optional<String> value, String confidence, String how) {
        static Field of(Finding<?> finding) {
            return new Field(finding.value().map(String::valueOf), finding.confidence().word(), finding.how());
        }
    }

    public ImportedArticle {
        tags = List.copyOf(tags);
        missingImages = List.copyOf(missingImages);
        notes = List.copyOf(notes);
    }
}
