package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A visit under way and one told as past, and the kind word of the visit's own noun phrase. */
class VisitUnderWayTest {

    private static final RoleSpec.Finder KINDS = new RoleSpec.Finder("modifier", Set.of(),
            List.of("official", "state", "working", "private"), 40, false, false, false);

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 10))).eventsOf(Visit.class);
    }

    @Test
    void theKindWordOfTheTriggersOwnPhraseWinsOverOneOnAnotherNoun() {
        // "members of the private sector are on an official four - day visit ."
        SentenceFixture f = SentenceFixture.of("members/NOUN>6:nsubj of/ADP>5:case the/DET>5:det private/ADJ>5:amod sector/NOUN>1:nmod "
                + "are/AUX>0:root on/ADP>13:case an/DET>13:det official/ADJ>13:amod four/NUM>12:nummod -/PUNCT>12:punct "
                + "day/NOUN>13:compound visit/NOUN>6:obl ./PUNCT>6:punct");
        assertThat(ValueFinders.ownPhraseWord(f.context(), 12, KINDS)).isEqualTo(8);
    }

    @Test
    void ofTwoKindWordsInThePhraseTheOneOnTheNounWins() {
        // "her official week - long state tour"
        SentenceFixture f = SentenceFixture.of("her/PRON>7:nmod:poss official/ADJ>7:amod week/NOUN>5:compound -/PUNCT>5:punct "
                + "long/ADJ>7:amod state/NOUN>7:compound tour/NOUN>0:root");
        assertThat(ValueFinders.ownPhraseWord(f.context(), 6, KINDS)).isEqualTo(5);
    }

    @Test
    void noKindWordInThePhraseLeavesItToTheWiderSearch() {
        // "the private sector backs the visit"
        SentenceFixture f = SentenceFixture.of("the/DET>3:det private/ADJ>3:amod sector/NOUN>4:nsubj backs/VERB>0:root the/DET>6:det "
                + "visit/NOUN>4:obj");
        assertThat(ValueFinders.ownPhraseWord(f.context(), 5, KINDS)).isEqualTo(-1);
    }

    @Test
    void aVisitUnderWayIsNotTheVisitMadeYearsBefore() {
        List<Visit> v = visits("Kenyan President Daniel Mwangi is on an official three-day visit to Uganda.\n\n"
                + "Mwangi last visited Uganda in August 2022 for the inauguration of the new president.");
        assertThat(v).hasSize(2);
        assertThat(v).extracting(Visit::tense).containsExactlyInAnyOrder(Tense.ONGOING, Tense.PAST);
        assertThat(v).filteredOn(x -> x.tense() == Tense.ONGOING).singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo("official"));
    }

    @Test
    void anArrivalDaysBeforeIsTheVisitUnderWay() {
        List<Visit> v = visits("Kenyan President Daniel Mwangi is on a three-day state visit to Uganda.\n\n"
                + "Mwangi arrived in Uganda on Sunday.");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.destination().name()).isEqualTo("Uganda"));
    }
}
