package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of separate events stated in one sentence (one event per listed counterpart, stop or
 * receiver), and the lists that stay one event; sentences written for these tests.
 */
class ListedEventsTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 2, 11)));
    }

    private static List<String> names(List<Argument> args) {
        return args.stream().map(Argument::name).toList();
    }

    @Test
    void separatelyAfterTheListMakesOneMeetingPerCounterpart() {
        List<Meeting> m = extract("Estonian President Tomas Varga met Latvian President Pavel Dvorak, Moldovan Prime Minister Ion Rusu "
                + "and Lithuanian President Ilze Berzina separately on the sidelines of the forum.").eventsOf(Meeting.class);
        assertThat(m).extracting(x -> names(x.participants())).containsExactlyInAnyOrder(
                List.of("Tomas Varga", "Pavel Dvorak"), List.of("Tomas Varga", "Ion Rusu"), List.of("Tomas Varga", "Ilze Berzina"));
    }

    @Test
    void longOfficesBeforeSemicolonListedNamesDoNotEndTheList() {
        // each office runs through "of the <body> of <country>" and a bracketed gloss before its holder's name
        List<Meeting> m = extract("Parliament Speaker Tomas Varga held talks with Deputy Speaker of the House of "
                + "Commons of the United Kingdom Ana Velor; President of the Italian Senate Marco Zenti; President of the Chamber of "
                + "Deputies of Chile Pedro Alvar Ruiz; and Speaker of the Lok Sabha (House of the People) of India Ravi Menon in Vienna.")
                .eventsOf(Meeting.class);
        assertThat(m).extracting(x -> names(x.participants())).containsExactly(
                List.of("Tomas Varga", "Ana Velor", "Marco Zenti", "Pedro Alvar Ruiz", "Ravi Menon"));
    }

    @Test
    void anOfficeHolderAndThenTheCounterpartAreTwoMeetings() {
        List<Meeting> m = extract("Elbonian Foreign Minister Tomas Varga arrived in Tarvo on Thursday to meet Ruritanian President "
                + "Omar Hadi al-Zamani and his counterpart Sami Nour.").eventsOf(Meeting.class);
        assertThat(m).extracting(x -> names(x.participants())).containsExactlyInAnyOrder(
                List.of("Tomas Varga", "Omar Hadi al-Zamani"), List.of("Tomas Varga", "Sami Nour"));
    }

    @Test
    void aSubjectAndHisCounterpartStayOneMeeting() {
        List<Meeting> m = extract("Elbonian President Tomas Varga and his Ruritanian counterpart Sami Nour met in Geneva on Thursday.")
                .eventsOf(Meeting.class);
        assertThat(m).extracting(x -> names(x.participants())).containsExactly(List.of("Tomas Varga", "Sami Nour"));
    }

    @Test
    void individuallyAfterTheListToo() {
        List<Meeting> m = extract("Foreign Minister Tomas Varga of Elbonia received the ambassadors of Chile and Peru individually "
                + "at the ministry on Monday.").eventsOf(Meeting.class);
        assertThat(m).hasSize(2);
    }

    @Test
    void aListWithoutAnApartWordIsOneJointMeeting() {
        List<Meeting> m = extract("Estonian President Tomas Varga met Latvian President Pavel Dvorak, Moldovan Prime Minister Ion Rusu "
                + "and Lithuanian President Ilze Berzina on the sidelines of the forum to discuss energy.").eventsOf(Meeting.class);
        assertThat(m).extracting(x -> names(x.participants())).containsExactly(
                List.of("Tomas Varga", "Pavel Dvorak", "Ion Rusu", "Ilze Berzina"));
    }

    @Test
    void aGroupNounBeforeTheNamesIsTheirLabel() {
        // the list's names must be read as persons by the name model (the model retrained with tweets misses "Juris Ozols")
        List<Meeting> m = extract("Foreign Minister Tomas Varga will hold separate meetings with the opposition leaders Marta Kalnina, "
                + "Janis Ozols and Peteris Liepa during his stay.").eventsOf(Meeting.class);
        assertThat(m).extracting(x -> names(x.participants())).containsExactlyInAnyOrder(
                List.of("Tomas Varga", "Marta Kalnina"), List.of("Tomas Varga", "Janis Ozols"), List.of("Tomas Varga", "Peteris Liepa"));
    }

    @Test
    void aRepeatedPrepositionMakesASecondMeeting() {
        List<Meeting> m = extract("Minister Tomas Varga held talks with Prime Minister Kofi Mensah of Ghana and with "
                + "President Amina Diallo of Mali on Monday.").eventsOf(Meeting.class);
        assertThat(m).extracting(x -> names(x.participants())).containsExactlyInAnyOrder(
                List.of("Tomas Varga", "Kofi Mensah"), List.of("Tomas Varga", "Amina Diallo"));
    }

    @Test
    void oneJointMeetingOfSeveralLeadersStaysOne() {
        List<Meeting> m = extract("President Ana Lindqvist, Prime Minister Kofi Mensah and Chancellor Jonas Berg met in Oslo "
                + "for a trilateral summit on Friday.").eventsOf(Meeting.class);
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0).participants())).containsExactlyInAnyOrder("Ana Lindqvist", "Kofi Mensah", "Jonas Berg");
    }

    @Test
    void theLeadersOfSeveralCountriesAreSeparateCounterparts() {
        List<Meeting> m = extract("On the sidelines of the forum, President Ana Lindqvist held bilateral meetings with the "
                + "leaders of Ghana and Senegal.").eventsOf(Meeting.class);
        assertThat(m).hasSize(2);
        assertThat(m).allSatisfy(x -> assertThat(names(x.participants())).contains("Ana Lindqvist").hasSize(2));
        assertThat(m).extracting(x -> x.participants().get(1).text()).anySatisfy(t -> assertThat(t).contains("Ghana"))
                .anySatisfy(t -> assertThat(t).contains("Senegal"));
    }

    @Test
    void eachStopOfATourIsAVisit() {
        List<Visit> v = extract("The Swedish foreign minister arrived in Lima on Monday after stops in Chile, Bolivia and Ecuador.")
                .eventsOf(Visit.class);
        assertThat(v).extracting(x -> x.destination().name()).containsExactlyInAnyOrder("Lima", "Chile", "Bolivia", "Ecuador");
    }

    @Test
    void stopsInPlacesOfUnknownCountryAreOneVisit() {
        List<Visit> v = extract("Throughout his stops in Zarnovia, Quellmark and Ostbruck, Bishop Ivo Marek was greeted by crowds.")
                .eventsOf(Visit.class);
        assertThat(v).hasSize(1);
    }

    @Test
    void aBusStopIsNoVisit() {
        assertThat(extract("The bus stops in Lima every hour on weekdays.").events()).isEmpty();
    }

    @Test
    void receiversInEachListedPlaceAreSeparateGifts() {
        List<Donation> d = extract("The Red Cross distributed food baskets to families in Tamale, Kumasi and Accra on Saturday.")
                .eventsOf(Donation.class);
        assertThat(d).extracting(x -> x.recipient().text()).containsExactlyInAnyOrder("families in Tamale", "Kumasi", "Accra");
        assertThat(d).allSatisfy(x -> assertThat(x.donor().text()).isEqualTo("Red Cross"));
    }

    @Test
    void aPlaceAndItsCountryNameOneReceiver() {
        List<Donation> d = extract("The Red Cross distributed food baskets to families in Tamale, Ghana on Saturday.")
                .eventsOf(Donation.class);
        assertThat(d).extracting(x -> x.recipient().text()).containsExactly("families in Tamale");
    }
}
