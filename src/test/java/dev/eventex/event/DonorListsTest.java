package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Givers listed with their sums, on texts written for these tests. */
class DonorListsTest {

    private static List<Donation> donations(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5))).eventsOf(Donation.class);
    }

    @Test
    void eachListedGiverWithItsSumGaveToTheReceiverOfTheGift() {
        List<Donation> d = donations("The Embassy of Kenya handed over 12,000 dollars to the Uganda Red Cross Society on Monday "
                + "on behalf of three community groups. The donors include the Kampala Traders Association ($3,150), "
                + "the Mbarara District Council ($5,000) and Acme Mining Ltd ($4,000).");
        assertThat(d).hasSize(4);
        assertThat(d).allSatisfy(x -> assertThat(x.recipient().text()).contains("Uganda Red Cross Society"));
        assertThat(d).extracting(x -> x.donor().text()).anySatisfy(t -> assertThat(t).contains("Mbarara District Council"));
    }

    @Test
    void bracketedFiguresWithoutAGiftAreNoGifts() {
        assertThat(donations("The largest exporters were Acme Mining Ltd ($3.1 billion), the Kampala Traders Association "
                + "($500 million) and Zenith Foods ($200 million).")).isEmpty();
    }

    @Test
    void bracketedSalesAfterAGiftAreNoGifts() {
        List<Donation> d = donations("Acme Mining Ltd donated 50 computers to the Mbarara Secondary School on Monday. "
                + "Its sales to buyers include the Kampala Traders Association ($3,150) and Zenith Foods ($5,000).");
        assertThat(d).hasSize(1);
    }
}
