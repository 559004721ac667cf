package vn.gazette.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects the problems of one build, from any number of threads.
 *
 * <p>Stages add what they find and go on with the next item, so one build reports every problem at once.
 * Thread-safe: workers add concurrently; {@link #sorted()} gives a stable snapshot.
 */
public final class Problems {

    private final ConcurrentLinkedQueue<Problem> found = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void error(SourcePosition where, String stage, Message text) {
        add(Problem.error(where, stage, text));
    }

    public void warning(SourcePosition where, String stage, Message text) {
        add(Problem.warning(where, stage, text));
    }

    public void addAll(Iterable<Problem> problems) {
        problems.forEach(found::add);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return found.stream().filter(Problem::isError).count();
    }

    /** Everything found so far, in the order found. */
    public List<Problem> all() {
        return List.copyOf(found);
    }

    /** Everything found so far, sorted by file, line and column; duplicates removed. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(found.stream().distinct().toList());
        list.sort(Problem.ORDER);
        return List.copyOf(list);
    }
}
