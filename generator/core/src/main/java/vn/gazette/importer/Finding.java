package vn.gazette.importer;

import java.util.Optional;
import java.util.function.Function;

/**
 * Something the importer found in a capture, how sure it is of it and where it was found, for the report.
 *
 * @param value      what was found, or empty
 * @param confidence how sure the importer is
 * @param how        where it was found, such as "h1", "meta article:published_time", "first sentence"
 */
record Finding<T>(Optional<T> value, Confidence confidence, String how) {

    /** How sure the importer is of a finding; the report lists the least sure articles first. */
    enum Confidence {
        NONE, LOW, MEDIUM, HIGH;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static <T> Finding<T> of(T value, Confidence confidence, String how) {
        return new Finding<>(Optional.of(value), confidence, how);
    }

    static <T> Finding<T> none() {
        return new Finding<>(Optional.empty(), Confidence.NONE, "");
    }

    boolean found() {
        return value.isPresent();
    }

    <U> Finding<U> map(Function<T, U> f) {
        return new Finding<>(value.map(f), confidence, how);
    }

    Finding<T> or(java.util.function.Supplier<Finding<T>> other) {
        return found() ? this : other.get();
    }
}
