package vn.gazette.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The record of a conference, training or visit that an article reports: the {@code conference:} block of its
 * front matter. Immutable.
 */
public record Conference(Kind kind, LocalDate start, Optional<LocalDate> end, Optional<String> organizer,
        List<String> partners, List<String> locations, Format format, OptionalInt sites, OptionalInt participants,
        List<Speaker> speakers, List<String> topics) {

    /** What kind of event: only trainings go on the training index by default. */
    public enum Kind {
        TRAINING("training"), WORKSHOP("workshop"), SURVEY("survey"), OTHER("other");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static List<String> words() {
            return List.of("training", "workshop", "survey", "other");
        }
    }

    /** How people took part. */
    public enum Format {
        IN_PERSON("in-person"), ONLINE("online"), HYBRID("hybrid");

        private final String word;

        Format(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static List<String> words() {
            return List.of("in-person", "online", "hybrid");
        }
    }

    public Conference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(organizer, "organizer");
        partners = List.copyOf(partners);
        locations = List.copyOf(locations);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(participants, "participants");
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
    }

    /** The last day: the end if given, else the start. */
    public LocalDate lastDay() {
        return end.orElse(start);
    }

    /** Days the event lasts, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(start, lastDay()) + 1;
    }
}
