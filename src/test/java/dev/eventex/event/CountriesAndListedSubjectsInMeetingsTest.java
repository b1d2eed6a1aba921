package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meetings whose parties are countries holding talks, and parties listed before or after the verb
 * with words between them that the list walk does not join; on sentences written for these tests.
 */
class CountriesAndListedSubjectsInMeetingsTest {

    @Test
    void aCountryThatHoldsTalksIsAParty() {
        List<Meeting> m = meetings("Kenya held talks with rebel leaders in Nairobi on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).hasSize(2).contains("Kenya");
    }

    @Test
    void aCountryTalksAreHeldWithIsAParty() {
        List<Meeting> m = meetings("Minister Tarn Osk held talks with Uganda in Kampala on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Uganda");
    }

    @Test
    void aCountryBeforeAnOfficeOnlyNamesTheOfficeHoldersCountry() {
        List<Meeting> m = meetings("President Joran Mik held talks with the Ugandan Prime Minister, Tarn Osk, in Kampala on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Joran Mik", "Tarn Osk");
    }

    @Test
    void countriesBeforeANounAreNoPartiesOfTheirOwn() {
        List<Meeting> m = meetings("President Joran Mik held talks with Kenya and Uganda officials in Nairobi on Monday.");
        assertThat(m).hasSize(1);
        // the officials are the party, named by their country; the country listed before them is no party of its own
        assertThat(names(m.get(0))).doesNotContain("Kenya").contains("Joran Mik");
    }

    @Test
    void aPossessiveCountryBeforeTheSubjectIsNoParty() {
        List<Meeting> m = meetings("Kenya's President Joran Mik held talks with Minister Tarn Osk on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Joran Mik", "Tarn Osk");
    }

    @Test
    void theFirstOfTwoSubjectsWithAComplementAfterItsNameMeets() {
        List<Meeting> m = meetings("Joran Mik of the ruling party and trade chief Ana Velt met in Nairobi last Friday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Joran Mik", "Ana Velt");
    }

    @Test
    void theFirstOfTwoSubjectsBeforeACountrysOfficeMeets() {
        List<Meeting> m = meetings("Deputy Minister Tarn Osk and Kenyan Foreign Minister Ana Velt met in Nairobi last Thursday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Ana Velt");
    }

    @Test
    void everyoneListedAsReceivedMeetsTheHost() {
        List<Meeting> m = meetings("Minister Tarn Osk and Foreign Minister Ana Velt were received by President Joran Mik in Lima on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Ana Velt", "Joran Mik");
    }

    @Test
    void theCountryThatSaysItWillHoldTalksHoldsThem() {
        List<Meeting> m = meetings("Peru announced that it would hold border talks with Chile in June.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Peru", "Chile");
    }

    @Test
    void aPersonIsNeverTheItOfTheClauseReported() {
        assertThat(meetings("Minister Tarn Osk announced that it would hold border talks with Chile in June.")).isEmpty();
    }

    @Test
    void aCountryInAVisitNounOfARelativeClauseIsNoParty() {
        List<Meeting> m = meetings("Deputy Minister Tarn Osk, now on a week-long Kenya visit, held a long meeting with Ana Velt in Nairobi.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Ana Velt");
    }

    @Test
    void everyoneListedAsHostedMeetsTheHost() {
        List<Meeting> m = meetings("Minister Tarn Osk and Foreign Minister Ana Velt were hosted by President Joran Mik in Lima on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Ana Velt", "Joran Mik");
    }

    @Test
    void aPlaceTheTravellerVisitedIsNotWhoHoldsTheTalksAfterIt() {
        List<Meeting> m = meetings("Minister Tarn Osk toured Kenya in March, holding long talks with Security Adviser Ana Velt.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Ana Velt");
    }

    @Test
    void aMeetingRuledOutIsNoMeeting() {
        assertThat(meetings("Kenya has ruled out any meeting with the Ugandan leader Joran Mik at next month's forum.")).isEmpty();
    }

    @Test
    void beingReadyToHoldTalksIsNoMeeting() {
        assertThat(meetings("Minister Tarn Osk told the press he was ready to hold fresh talks with Uganda.")).isEmpty();
    }

    @Test
    void anOfficeOfBothListedCountriesLeavesTheFirstCountryOut() {
        List<Meeting> m = meetings("Last Friday President Joran Mik held separate talks with Kenya and Uganda Presidents in his office.");
        assertThat(m).allSatisfy(x -> assertThat(names(x)).doesNotContain("Kenya"));
    }

    @Test
    void countriesListedBeforeTalksWithACountryAllTakePart() {
        List<Meeting> m = meetings("Officials said Peru, Chile and Norway will hold new trade talks with Kenya in May.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Peru", "Chile", "Norway", "Kenya");
    }

    @Test
    void talksBegunResumedOrOpenedAreMeetingsButTalksWantedAreNot() {
        assertThat(meetings("Kenya and Ghana began talks in Accra on Monday.")).singleElement()
                .satisfies(m -> assertThat(names(m)).containsExactlyInAnyOrder("Kenya", "Ghana"));
        assertThat(meetings("Kenya wants to continue talks with Ghana on the border.")).isEmpty();
        assertThat(meetings("The president opened the session of parliament on Monday.")).isEmpty();
    }
}
