package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who meets when the subject is not a name: an infinitive of purpose after a verb and its object ("visited
 * the Assembly to meet Y"), a plural pronoun ("they met Y") and the group of people it stands for,
 * coordinated subjects each named with their country, and groups listed as counterparts; on sentences
 * written for these tests.
 */
class GroupPartiesInMeetingsTest {

    @Test
    void theObjectOfTheVerbAnInfinitiveOfPurposeServesDoesNotMeet() {
        List<Meeting> m = meetings("Foreign Minister Ivo Sandel toured the Tarvo Assembly to meet Speaker Ana Velor on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ivo Sandel", "Ana Velor");
    }

    @Test
    void aVerbWithoutObjectBeforeTheInfinitiveKeepsItsSubject() {
        List<Meeting> m = meetings("Foreign Minister Ivo Sandel is expected to meet Speaker Ana Velor on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ivo Sandel", "Ana Velor");
    }

    @Test
    void aPluralPronounSubjectIsNotANameNamedBeforeIt() {
        // "they" is the subject; the man named in the clause before it does not meet the minister
        assertThat(meetings("After months of asking for an inquiry into Pero Marko they finally met Interior Minister Ana Velor."))
                .noneMatch(m -> names(m).contains("Pero Marko"));
    }

    @Test
    void aGroupOfRelativesMeets() {
        List<Meeting> m = meetings("Two widows of the miners met Interior Minister Ana Velor in Tarvo on Monday.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).extracting(a -> a.text()).contains("Two widows");
    }

    @Test
    void theyStandsForTheGroupNamedInTheSentenceBefore() {
        List<Meeting> m = meetings("The miners' widows travelled to Tarvo by bus on Sunday.\n\n"
                + "They met Interior Minister Ana Velor on Monday and toured the Assembly to meet Speaker Ivo Sandel.");
        assertThat(m).hasSize(2);
        assertThat(m).allSatisfy(x -> assertThat(x.participants()).extracting(a -> a.text()).contains("widows"));
        assertThat(m).flatExtracting(MeetingFixture::names).contains("Ana Velor", "Ivo Sandel").doesNotContain("Assembly");
    }

    @Test
    void theyStandsForTheGroupWhoseEffortTheSentenceNames() {
        List<Meeting> m = meetings("The brothers blame Pero Marko for the fire.\n\n"
                + "On the brothers' tenth day in the capital with no word from Marko, they met with Interior Minister Ana Velor.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).extracting(a -> a.text()).contains("the brothers");
        assertThat(names(m.get(0))).doesNotContain("Pero Marko");
    }

    @Test
    void theyWithNoGroupBeforeItMakesNoMeeting() {
        assertThat(meetings("Speaker Ivo Sandel opened the session.\n\nThey met Interior Minister Ana Velor on Monday.")).isEmpty();
    }

    @Test
    void twoOfficeHoldersEachNamedWithTheirCountryMeet() {
        // the country after "of" belongs to the person before it; the walk over "and" reaches the first person
        List<Meeting> m = meetings("President Ana Velor of Elbonia and Prime Minister Tomas Varga of Ruritania held talks on Tuesday on trade.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ana Velor", "Tomas Varga");
    }

    @Test
    void aGroupAddedOnAfterAnotherWithItsComplementIsAMeetingOfItsOwn() {
        // the first group's "of" phrase is its own; the second is owned by a place and led by adjectives
        List<Meeting> m = meetings("On Tuesday Minister Ana Velor met representatives of organised labour as well as Ruritania's rural and urban mayors.");
        assertThat(m).hasSize(2);
        assertThat(m).flatExtracting(x -> x.participants()).extracting(a -> a.text()).contains("representatives", "urban mayors");
    }
}
