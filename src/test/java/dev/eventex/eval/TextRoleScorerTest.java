package dev.eventex.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Free-text roles scored item by item, exactly and in part. */
class TextRoleScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void itemsMatchExactlyAfterNormalizingOrInPartByTheirWords() throws Exception {
        TextRoleScorer s = new TextRoleScorer();
        s.add("Meeting", json("{\"topics\": [\"The fish quotas\", \"port fees for ferries\", \"energy\"]}"),
                json("{\"topics\": [\"fish quotas\", \"port fees\", \"cultural ties\"]}"));
        int[] c = s.counts().get("Meeting.topics");
        assertThat(c).containsExactly(3, 3, 1, 2); // predicted, gold, exact, partial (exact included)
        assertThat(s.report()).contains("Meeting.topics").contains("0.333/0.333  0.667/0.667");
    }

    @Test
    void aTextRoleIsOneItemAndEventsWithoutTextRolesCountNothing() throws Exception {
        TextRoleScorer s = new TextRoleScorer();
        s.add("Visit", json("{\"purpose\": \"to attend a summit\"}"), json("{\"purpose\": \"to attend a summit\"}"));
        s.add("Visit", json("{\"visitor\": \"A\"}"), json("{\"visitor\": \"A\"}"));
        assertThat(s.counts()).containsOnlyKeys("Visit.purpose");
        assertThat(s.counts().get("Visit.purpose")).containsExactly(1, 1, 1, 1);
    }

    @Test
    void tokenF1CountsSharedWords() {
        assertThat(TextRoleScorer.tokenF1("port fees for ferries", "port fees")).isEqualTo(2 * 1.0 * 0.5 / 1.5);
        assertThat(TextRoleScorer.tokenF1("energy", "cultural ties")).isZero();
    }
}
