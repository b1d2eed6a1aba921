package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Givers and receivers listed in one sentence, on texts written for these tests. */
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

    @Test
    void receiversListedAsExamplesEachGetTheGift() {
        List<Donation> d = donations("Acme Mining Ltd donated 50 computers to the Mbarara Secondary School on Monday. "
                + "Computers were also provided to the Kasese Technical Institute, the Tororo Teachers College, and others.");
        assertThat(d).extracting(x -> x.recipient().text())
                .anySatisfy(t -> assertThat(t).contains("Kasese Technical Institute"))
                .anySatisfy(t -> assertThat(t).contains("Tororo Teachers College"));
    }

    @Test
    void anEnvoyHandsOverTheGiftOfOneListedGiverOnly() {
        List<Donation> d = donations("Ambassador Carla Benn of Canada handed over $12,000 to the Uganda Red Cross Society on Monday "
                + "on behalf of three groups. The donors include the Kampala Traders Association ($3,150), "
                + "the Mbarara District Council ($5,000) and Acme Mining Ltd ($4,000).");
        assertThat(d).hasSizeGreaterThanOrEqualTo(3);
        assertThat(d).extracting(x -> x.donor().text())
                .anySatisfy(t -> assertThat(t).contains("Mbarara District Council"))
                .anySatisfy(t -> assertThat(t).contains("Acme Mining"));
    }

    @Test
    void aProvisionByAGiverNamesTheGiverOfTheDeliveryThatFollows() {
        List<Donation> d = donations("Elbonia gave 20 tractors to Ruritania in 2023. In January a ceremony marked the start of "
                + "the provision of food aid by the Norwegian Red Cross to the flooded region. A consignment of 300 tonnes of rice "
                + "was delivered to the Kasese District Council on Monday.");
        assertThat(d).anySatisfy(x -> {
            assertThat(x.donor().text()).contains("Red Cross");
            assertThat(x.recipient().text()).contains("Kasese District Council");
        });
    }
}
