package vn.gazette.image;

import vn.gazette.problem.Message;

/** An image that cannot be published, with the message the editor sees. Used inside the image stage only. */
final class ImageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    ImageException(Message problem) {
        super(problem.key(), null, false, false);
        this.problem = problem;
    }

    Message problem() {
        return problem;
    }
}
