package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A present-tense verb the tagger reads as a plural noun right after its subject ("X heads to Y",
 * "it plans to give") is the verb, so the subject walk reaches the traveller or the giver.
 * Sentences written for these tests.
 */
class PresentVerbAfterSubjectTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    private static List<Visit> visits(String text) {
        return extract(text).eventsOf(Visit.class);
    }

    private static String pos(String conll, int token) {
        return SentenceFixture.of(conll).context().sentence.token(token).pos();
    }

    @Test
    void aPresentVerbAfterItsSubjectBeforeToIsTheVerb() {
        // the tagger's reading: "heads" a plural noun, "to" an infinitive marker
        assertThat(pos("Ana/PROPN>3:nsubj Velor/PROPN>1:flat heads|head/NOUN>0:root to/PART>5:case Tarvoka/PROPN>3:obl ./PUNCT>3:punct", 2))
                .isEqualTo("VERB");
        assertThat(pos("it/PRON>2:nsubj plans|plan/NOUN>0:root to/PART>4:mark send/VERB>2:xcomp aid/NOUN>4:obj ./PUNCT>2:punct", 1))
                .isEqualTo("VERB");
        assertThat(pos("Ana/PROPN>3:nsubj Velor/PROPN>1:flat plans|plan/NOUN>0:root to/PART>5:mark visit/VERB>3:xcomp "
                + "Tarvoka/PROPN>5:obj ./PUNCT>3:punct", 2)).isEqualTo("VERB");
        // a determiner makes the name a modifier; a plural before an infinitive of no planning verb stays a noun
        assertThat(pos("the/DET>3:det Velor/PROPN>3:compound plans|plan/NOUN>0:root to/PART>5:case Tarvoka/PROPN>3:nmod", 2))
                .isEqualTo("NOUN");
        assertThat(pos("Tarvo/PROPN>2:compound leaders|leader/NOUN>4:nsubj to/PART>4:mark meet/VERB>0:root "
                + "today/NOUN>4:obl ./PUNCT>4:punct", 1)).isEqualTo("NOUN");
    }

    @Test
    void aTravellerHeadingToAPlaceVisitsIt() {
        assertThat(visits("Kenyan President Ana Velor heads to Uganda on Friday.")).singleElement()
                .satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Ana Velor");
                    assertThat(v.destination().name()).isEqualTo("Uganda");
                });
    }

    @Test
    void aGiverSayingItPlansToGiveIsTheGiver() {
        assertThat(extract("The Tarvo Relief Fund says it plans to send two million dollars of aid to Kenya.").eventsOf(Donation.class))
                .singleElement().satisfies(d -> {
                    assertThat(d.donor().name()).isEqualTo("Tarvo Relief Fund");
                    assertThat(d.recipient().name()).isEqualTo("Kenya");
                });
    }
}
