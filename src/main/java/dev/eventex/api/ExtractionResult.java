package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one document: the unit of output (one JSON line).
 *
 * @param schemaVersion the output contract version ({@value #SCHEMA_VERSION})
 * @param document      what was processed
 * @param entities      entities with their mentions
 * @param events        events found
 * @param rejected      explain mode only: the triggers rules matched that produced no event of
 *                      their own, and why, in text order; null (omitted in JSON) otherwise
 * @param errors        problems; empty when the document was fully processed (omitted in JSON)
 */
@JsonPropertyOrder({"schemaVersion", "document", "entities", "events", "rejected", "errors"})
public record ExtractionResult(String schemaVersion, DocumentInfo document, List<Entity> entities,
                               List<Event> events,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<RejectedTrigger> rejected,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProcessingError> errors) {

    /** The version of the output contract this library writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /**
     * Checks schema version and document and copies the lists; no errors become an empty list.
     *
     * @param schemaVersion see {@link #schemaVersion()}
     * @param document      see {@link #document()}
     * @param entities      see {@link #entities()}
     * @param events        see {@link #events()}
     * @param rejected      see {@link #rejected()}
     * @param errors        see {@link #errors()}
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public ExtractionResult {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(document, "document");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        rejected = rejected == null ? null : List.copyOf(rejected);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * A result without explain mode's rejected triggers.
     *
     * @param schemaVersion see {@link #schemaVersion()}
     * @param document      see {@link #document()}
     * @param entities      see {@link #entities()}
     * @param events        see {@link #events()}
     * @param errors        see {@link #errors()}
     */
    public ExtractionResult(String schemaVersion, DocumentInfo document, List<Entity> entities, List<Event> events,
                            List<ProcessingError> errors) {
        this(schemaVersion, document, entities, events, null, errors);
    }

    /**
     * The same result with other errors (the rejected triggers kept).
     *
     * @param others the errors of the copy
     * @return a copy with {@code others} as its errors
     */
    public ExtractionResult withErrors(List<ProcessingError> others) {
        return new ExtractionResult(schemaVersion, document, entities, events, rejected, others);
    }

    /**
     * A result for a document that could not be processed at all.
     *
     * @param document the document's metadata
     * @param error    why it could not be processed
     * @return a result with no entities or events and the one error
     */
    public static ExtractionResult failed(DocumentInfo document, ProcessingError error) {
        return new ExtractionResult(SCHEMA_VERSION, document, List.of(), List.of(), List.of(error));
    }

    /** {@return true when processing reported any error} */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * The events of one Java type, for example {@code eventsOf(Visit.class)}.
     *
     * @param <T>  the event type
     * @param type the event record class
     * @return the events of that type, in document order
     */
    public <T extends Event> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
