package dev.eventex.event;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import java.util.List;

/**
 * What the meeting tests share: the meetings the default extractor finds in a text written for a
 * test (published on a fixed date, so relative dates are stable), and the names of a meeting's
 * parties.
 */
final class MeetingFixture {

    /** The publication date of every test text. */
    static final LocalDate DATE = LocalDate.of(2025, 3, 10);

    private MeetingFixture() {
    }

    static List<Meeting> meetings(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(DATE)).eventsOf(Meeting.class);
    }

    static List<String> names(Meeting m) {
        return m.participants().stream().map(Argument::name).toList();
    }
}
