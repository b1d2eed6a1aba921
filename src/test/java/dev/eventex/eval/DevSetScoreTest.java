package dev.eventex.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.SharedExtractor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the event scores on the development set (60 texts written by the team) so a change
 * that loses quality fails the build. Raise the floors when the scores rise.
 */
class DevSetScoreTest {

    @Test
    void devSetScoresDoNotRegress() throws Exception {
        EventScorer s = GoldSets.score(SharedExtractor.defaults(), Path.of("src/test/resources/devset"));
        assertThat(s.f1(null)).as("micro F1 on required roles\n%s", s.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(s.f1("Visit")).as("Visit F1\n%s", s.report()).isGreaterThanOrEqualTo(0.81);
        assertThat(s.f1("Meeting")).as("Meeting F1\n%s", s.report()).isGreaterThanOrEqualTo(0.68);
        assertThat(s.f1("TradeGoal")).as("TradeGoal F1\n%s", s.report()).isGreaterThanOrEqualTo(0.92);
        assertThat(s.f1("Donation")).as("Donation F1\n%s", s.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(s.optionalAccuracy()).as("optional-role accuracy\n%s", s.report()).isGreaterThanOrEqualTo(0.79);
        assertThat(s.eventFreeDocsWithEvents()).as("texts without events that got events\n%s", s.report()).isLessThanOrEqualTo(1);
    }
}
