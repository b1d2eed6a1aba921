package dev.eventex.entity;

/** A gazetteer or rule file could not be loaded; the message names file and line. */
public class GazetteerException extends RuntimeException {

    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
