package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Parties meet, hold talks, receive or call on each other.
 * Required: {@code participants} (two or more parties).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "participants", "location", "date", "topics",
        "tense", "confidence", "evidence", "explanation"})
public record Meeting(String id, List<Evidence> evidence, double confidence, Tense tense,
                      Explanation explanation, List<Argument> participants, Argument location,
                      DateValue date, List<String> topics) implements Event {

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
