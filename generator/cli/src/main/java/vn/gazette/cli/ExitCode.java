package vn.gazette.cli;

/** The exit codes of gazette.jar: part of its contract with scripts and CI, so they never change meaning. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The content or theme has errors; they were printed, nothing was published. */
    public static final int CONTENT_ERRORS = 1;
    /** The command line is wrong (unknown option, missing folder). */
    public static final int USAGE = 2;
    /** Reading or writing failed for a reason outside the content, or Gazette has a bug. */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
