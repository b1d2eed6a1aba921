package dev.eventex.eval;

import static dev.eventex.eval.GoldMatcherTest.j;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document-level scoring: greedy one-to-one pairing by score, counts, role accuracy, output. */
class EventScorerTest {

    @TempDir
    Path dir;

    private static GoldFile gold(String json) {
        return GoldFile.of(j(json), "d1");
    }

    @Test
    void bestScoringPairsAreTakenFirst() {
        // gold A has two parties, gold B three; the prediction naming all three belongs to B
        GoldFile g = gold("{'events':[{'type':'Meeting','participants':[['Ana Velcu'],['Oren Tal']]},"
                + "{'type':'Meeting','participants':[['Ana Velcu'],['Oren Tal'],['Bo Lind']]}]}");
        EventScorer s = new EventScorer();
        s.add(g, j("{'document':{'id':'d1.txt'},'events':["
                + "{'type':'Meeting','participants':[{'text':'Velcu'},{'text':'Tal'},{'text':'Lind'}]},"
                + "{'type':'Meeting','participants':[{'text':'Velcu'},{'text':'Tal'}]}]}"));
        assertThat(s.total("Meeting")).containsExactly(2, 0, 0);
    }

    @Test
    void onEqualScoresTheLaterPredictionWins() {
        GoldFile g = gold("{'events':[{'type':'Visit','visitor':['Ana Velcu'],'destination':['Tarsland'],'tense':'planned'}]}");
        EventScorer s = new EventScorer();
        s.add(g, j("{'events':[{'type':'Visit','visitor':{'text':'Velcu'},'destination':{'text':'Tarsland'},'tense':'past'},"
                + "{'type':'Visit','visitor':{'text':'Velcu'},'destination':{'text':'Tarsland'},'tense':'planned'}]}"));
        assertThat(s.total("Visit")).containsExactly(1, 1, 0);
        assertThat(s.optionalAccuracy()).isEqualTo(1.0);
        assertThat(s.roleCounts().get("Visit.tense")).containsExactly(1, 1);
    }

    @Test
    void countsMissesFalseEventsMissingDocumentsAndOtherTypes() {
        EventScorer s = new EventScorer();
        s.add(gold("{'events':[{'type':'Donation','donor':['Dornia'],'recipient':['Port Emel school'],'item':['desks'],'quantity':40}]}"),
                j("{'events':[{'type':'Donation','donor':{'text':'Dornia'},'recipient':{'text':'school'},'quantity':{'value':44}},"
                        + "{'type':'Visit','visitor':{'text':'Oren Tal'},'destination':{'text':'Dornia'}},"
                        + "{'type':'Sale','seller':{'text':'x'}}]}"));
        s.add(GoldFile.of(j("{'events':[{'type':'Visit','visitor':['Bo Lind'],'destination':['Tarsland']}]}"), "d2"), null);
        s.add(GoldFile.of(j("{'events':[]}"), "d3"), j("{'events':[]}"));
        assertThat(s.total("Donation")).containsExactly(1, 0, 0);
        assertThat(s.total("Visit")).containsExactly(0, 1, 1);
        assertThat(s.total(null)).containsExactly(1, 1, 1);
        assertThat(s.missing()).containsExactly("d2");
        assertThat(s.roleCounts().keySet()).containsExactly("Donation.item", "Donation.quantity");
        assertThat(s.roleCounts().get("Donation.quantity")).containsExactly(0, 1);
        assertThat(s.details()).anyMatch(d -> d.startsWith("d1: FALSE Visit"))
                .anyMatch(d -> d.startsWith("d2: MISS "))
                .anyMatch(d -> d.startsWith("d1: WRONG Donation.quantity"));
        assertThat(s.eventFreeDocsWithEvents()).isZero();
    }

    @Test
    void jsonHasTheSharedScorersKeysAndLayout() {
        EventScorer s = new EventScorer();
        s.add(gold("{'events':[{'type':'Visit','visitor':['Ana Velcu'],'destination':['Tarsland'],'tense':'past'}]}"),
                j("{'errors':[{'code':'X'}],'events':[{'type':'Visit','visitor':{'text':'Velcu'},'destination':{'text':'Tarsland'},'tense':'ongoing'}]}"));
        String json = s.toJson();
        assertThat(json).startsWith("{\n \"docs\": 1,\n \"missing\": [],\n \"with_errors\": [\n  \"d1\"\n ],\n \"bad_lines\": 0,\n \"types\": {\n  \"Visit\": {\n   \"tp\": 1,");
        assertThat(json).contains("\"p\": 1.0,").contains("\"TradeGoal\": {\n   \"tp\": 0,\n   \"fp\": 0,\n   \"fn\": 0,\n   \"p\": 0.0,");
        assertThat(json).endsWith(" \"roles\": {\n  \"Visit.tense\": \"1/1\"\n },\n \"micro\": {\n  \"tp\": 1,\n  \"fp\": 0,\n  \"fn\": 0,\n"
                + "  \"p\": 1.0,\n  \"r\": 1.0,\n  \"f1\": 1.0\n },\n \"role_accuracy\": 1.0\n}");
    }

    @Test
    void roundingIsPythonsHalfToEven() {
        assertThat(Py.round3(0.0625)).isEqualTo(0.062);
        assertThat(Py.round3(2.0 / 3)).isEqualTo(0.667);
        assertThat(Py.floatRepr(0.7)).isEqualTo("0.7");
        assertThat(Py.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(Py.floatRepr(5000000000.0)).isEqualTo("5000000000.0");
        assertThat(Py.floatRepr(0.00001)).isEqualTo("1e-05");
    }

    @Test
    void predictionsAreKeyedByDocumentBaseName() throws IOException {
        Path f = dir.resolve("out.jsonl");
        Files.writeString(f, "{\"document\": {\"id\": \"n1.txt\", \"source\": \"a/n1.txt\"}, \"events\": []}\n"
                + "not json\n\n"
                + "{\"document\": {\"source\": \"corpus/docs/n2.txt\"}, \"events\": []}\n"
                + "{\"document\": {\"id\": \"n1.txt\"}, \"events\": [{\"type\": \"Visit\"}]}\n");
        Predictions p = Predictions.read(f);
        assertThat(p.badLines()).isEqualTo(1);
        assertThat(p.byDocument().keySet()).containsExactly("n1", "n2");
        assertThat(p.byDocument().get("n1").get("events").size()).as("a later line replaces an earlier one").isEqualTo(1);
    }
}
