package dev.eventex.event;

/** An event rule file is invalid; the message names the file and the JSON pointer or line. */
public class RuleException extends RuntimeException {

    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
