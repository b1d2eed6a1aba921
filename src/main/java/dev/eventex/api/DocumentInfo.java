package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code document} block of a result: what was processed.
 *
 * @param id     the document id
 * @param source optional origin as given by the caller
 * @param date   optional ISO 8601 publication date (given, or read from a header line)
 * @param chars  length of the text in UTF-16 chars
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "date", "chars"})
public record DocumentInfo(String id, String source, String date, int chars) {
}
