package vn.gazette.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The conference facts the importer proposes for review, written as the article's {@code conference:} block.
 *
 * @param kind         training, workshop, survey or other (the vocabulary of the front matter)
 * @param format       in-person, online or hybrid
 * @param sites        connected sites (điểm cầu)
 * @param participants approximate head count ("trên 130 đại biểu" is 130)
 * @param speakers     name and role of each speaker
 * @param clues        which words gave each fact, for the report
 */
record ConferenceFacts(String kind, LocalDate start, Optional<LocalDate> end, Optional<String> organizer,
        List<String> partners, List<String> locations, String format, OptionalInt sites, OptionalInt participants,
        List<Speaker> speakers, List<String> clues) {

    /** A speaker and the role the article gives them. */
    record Speaker(String name, String role) {
    }
}
