package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.Mention;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A pronoun in a relative clause opened by ", who" refers to the person the clause is about. */
class RelativeClausePronounTest {

    private static ExtractionResult run(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 10)));
    }

    private static Entity person(ExtractionResult r, String name) {
        return r.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void thePossessiveInAWhoClauseIsTheAntecedents() {
        ExtractionResult r = run("Chilean President Tomas Varga sent a horse to Emir Karl Vesterberg, who showed his interest in horses "
                + "during his meeting with the Chilean statesman.");
        assertThat(person(r, "Karl Vesterberg").mentions()).extracting(Mention::text).contains("his");
        assertThat(person(r, "Tomas Varga").mentions()).extracting(Mention::text).doesNotContain("his");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Argument::name).containsExactlyInAnyOrder("Karl Vesterberg", "Tomas Varga"));
    }

    @Test
    void outsideTheClauseThePronounStillTakesTheSubject() {
        ExtractionResult r = run("President Tomas Varga met Emir Karl Vesterberg, who is on a visit to Elbonia, and said his country "
                + "would help.");
        assertThat(person(r, "Tomas Varga").mentions()).extracting(Mention::text).contains("his");
    }

    @Test
    void aPossessiveInAFrontedPhraseTakesTheSubjectAfterThePhraseNotAPersonInsideIt() {
        ExtractionResult r = run("During his meeting with Elbonian Foreign Minister Ana Velor on Saturday, President Marek Osso "
                + "praised the ties between the two countries.");
        assertThat(person(r, "Marek Osso").mentions()).extracting(Mention::text).contains("his");
        assertThat(person(r, "Ana Velor").mentions()).extracting(Mention::text).doesNotContain("his");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Argument::name).containsExactlyInAnyOrder("Ana Velor", "Marek Osso"));
    }

    @Test
    void aSentenceOpeningOnAPossessiveWithNoCommaRefersBack() {
        ExtractionResult r = run("Prime Minister Tarja Lind arrived in Elbonia on Monday. Her visit to the capital included talks "
                + "with President Marek Osso on trade.");
        assertThat(person(r, "Tarja Lind").mentions()).extracting(Mention::text).contains("Her");
        assertThat(person(r, "Marek Osso").mentions()).extracting(Mention::text).doesNotContain("Her");
    }
}
