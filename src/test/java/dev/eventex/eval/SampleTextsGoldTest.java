package dev.eventex.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.SharedExtractor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every sample text (the seed article and the team's own news texts, each with a gold file
 * beside it) yields exactly its gold events: no miss and no false event, matched on the
 * required roles of the output contract.
 */
class SampleTextsGoldTest {

    @Test
    void everySampleTextYieldsExactlyItsGoldEvents() throws Exception {
        EventScorer s = GoldSets.score(SharedExtractor.defaults(), Path.of("sample-texts"));
        int[] total = s.total(null);
        assertThat(s.details().stream().filter(d -> d.contains(": MISS ") || d.contains(": FALSE ")).toList())
                .as("misses and false events\n%s", s.report())
                .isEmpty();
        assertThat(total[0]).as("events found").isGreaterThanOrEqualTo(60);
        assertThat(s.eventFreeDocsWithEvents()).as("texts without events that got events").isZero();
    }

    @Test
    void optionalRolesMostlyRight() throws Exception {
        EventScorer s = GoldSets.score(SharedExtractor.defaults(), Path.of("sample-texts"));
        assertThat(s.optionalAccuracy()).as("optional-role accuracy\n%s", s.report()).isGreaterThanOrEqualTo(0.65);
    }
}
