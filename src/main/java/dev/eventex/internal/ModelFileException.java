package dev.eventex.internal;

import java.util.List;

/**
 * One or more files under {@code models/} are malformed. Every error found is listed, each
 * naming its file and line (word lists, gazetteers) or JSON pointer (rules), so a user fixes a
 * file in one pass instead of one error per run.
 */
public class ModelFileException extends RuntimeException {

    private final List<String> errors;

    /** A single error. */
    public ModelFileException(String message) {
        this(List.of(message), null);
    }

    public ModelFileException(String message, Throwable cause) {
        this(List.of(message), cause);
    }

    /** Every error found, in file order; the message lists them all. */
    public ModelFileException(List<String> errors, Throwable cause) {
        super(summary(errors), cause);
        this.errors = List.copyOf(errors);
    }

    /** The errors, one per malformed line, rule value or file. */
    public List<String> errors() {
        return errors;
    }

    private static String summary(List<String> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors");
        }
        // one error stays one line, as before: messages are printed after "cannot load the models: "
        return errors.size() == 1 ? errors.get(0) : errors.size() + " errors:\n  " + String.join("\n  ", errors);
    }
}
