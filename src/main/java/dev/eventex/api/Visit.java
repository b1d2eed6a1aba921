package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A person or delegation travels to a place (done, under way or planned).
 * Required: {@code visitor}, {@code destination}; the rest is optional.
 *
 * @param id          document-local id ("V1")
 * @param evidence    the sentence spans stating the event, in text order; never empty
 * @param confidence  0..1, see the README
 * @param tense       optional: done, under way or planned relative to the publication date
 * @param explanation optional: the rules that fired (explain mode only)
 * @param visitor     who travels
 * @param destination where to: a country, city or named place
 * @param host        optional: who receives the visitor ("the Mongolian side", a president)
 * @param date        optional: when
 * @param kind        optional: the kind of visit in lower case, as a rule's {@code modifier} finder
 *                    found it next to the trigger: with the packaged rules one of
 *                    {@code official}, {@code state}, {@code working}, {@code private},
 *                    {@code friendly}, {@code fact-finding}, {@code courtesy}, {@code pastoral},
 *                    {@code study}, ... A string, not an enum, because the words are data: a
 *                    rule file may add kinds ({@code models/rules/visit.json})
 * @param purpose     optional: what the visit is for, the phrase after "to attend", "to open",
 *                    "to take part in" ... as written ("the summit on water security")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "visitor", "destination", "host", "date", "kind", "purpose",
        "tense", "confidence", "evidence", "explanation"})
public record Visit(String id, List<Evidence> evidence, double confidence, Tense tense,
                    Explanation explanation, Argument visitor, Argument destination,
                    Argument host, DateValue date, String kind, String purpose) implements Event {

    /**
     * Checks the fields every event has and that visitor and destination are given.
     *
     * @param id          see {@link #id()}
     * @param evidence    see {@link #evidence()}
     * @param confidence  see {@link #confidence()}
     * @param tense       see {@link #tense()}
     * @param explanation see {@link #explanation()}
     * @param visitor     see {@link #visitor()}
     * @param destination see {@link #destination()}
     * @param host        see {@link #host()}
     * @param date        see {@link #date()}
     * @param kind        see {@link #kind()}
     * @param purpose     see {@link #purpose()}
     */
    public Visit {
        Event.checkCommon(id, evidence, confidence);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(destination, "destination");
    }

    @Override
    public String type() {
        return "Visit";
    }
}
