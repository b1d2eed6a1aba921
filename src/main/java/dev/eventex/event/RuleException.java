package dev.eventex.event;

import dev.eventex.internal.ModelFileException;
import java.util.List;

/** Event rule files are invalid; the message names file and JSON pointer (or line) of every error found. */
public class RuleException extends ModelFileException {

    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }

    public RuleException(List<String> errors) {
        super(errors, null);
    }
}
