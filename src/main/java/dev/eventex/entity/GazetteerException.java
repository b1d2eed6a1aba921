package dev.eventex.entity;

import dev.eventex.internal.ModelFileException;
import java.util.List;

/** Gazetteer files could not be loaded; the message names file and line of every malformed line. */
public class GazetteerException extends ModelFileException {

    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }

    public GazetteerException(List<String> errors) {
        super(errors, null);
    }
}
