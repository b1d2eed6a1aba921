package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Parties meet, hold talks, receive or call on each other.
 * Required: {@code participants} (two or more parties).
 *
 * @param id          document-local id ("M1")
 * @param evidence    the sentence spans stating the event, in text order; never empty
 * @param confidence  0..1, see the README
 * @param tense       optional: done, under way or planned relative to the publication date
 * @param explanation optional: the rules that fired (explain mode only)
 * @param participants two or more parties, in order of mention; a group ("members of
 *                     parliament") counts as one
 * @param location     optional: where (a place, or a named building)
 * @param date         optional: when
 * @param topics       optional, never empty: what was discussed, one string per item as written
 *                     after "to discuss", "focused on", "on" ... split at commas and "and"
 *                     ({@code ["energy links", "the protection of undersea cables"]})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "participants", "location", "date", "topics",
        "tense", "confidence", "evidence", "explanation"})
public record Meeting(String id, List<Evidence> evidence, double confidence, Tense tense,
                      Explanation explanation, List<Argument> participants, Argument location,
                      DateValue date, List<String> topics) implements Event {

    /**
     * Checks the fields every event has and that there are two or more participants; no topics become {@code null}.
     *
     * @param id           see {@link #id()}
     * @param evidence     see {@link #evidence()}
     * @param confidence   see {@link #confidence()}
     * @param tense        see {@link #tense()}
     * @param explanation  see {@link #explanation()}
     * @param participants see {@link #participants()}
     * @param location     see {@link #location()}
     * @param date         see {@link #date()}
     * @param topics       see {@link #topics()}
     */
    public Meeting {
        Event.checkCommon(id, evidence, confidence);
        evidence = List.copyOf(evidence);
        participants = List.copyOf(participants);
        if (participants.size() < 2) {
            throw new IllegalArgumentException("meeting " + id + " needs two or more participants, got "
                    + participants.size());
        }
        topics = topics == null || topics.isEmpty() ? null : List.copyOf(topics);
    }

    @Override
    public String type() {
        return "Meeting";
    }
}
