package vn.gazette.problem;

/** How bad a problem is: an error fails the build, a warning is only reported. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in messages, as compilers print it. */
    public String label() {
        return label;
    }
}
