package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Why a document could not be processed, fully or partly.
 *
 * @param code    stable machine-readable code ("EMPTY_INPUT", "TIMEOUT", "BINARY_INPUT", ...)
 * @param message human-readable explanation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "message"})
public record ProcessingError(String code, String message) {

    /**
     * Checks that code and message are given.
     *
     * @param code    see {@link #code()}
     * @param message see {@link #message()}
     */
    public ProcessingError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
