package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capitals written for style are read as running text: headlines and datelines, nothing else. */
class CaseReadingTest {

    private static final CaseReading READING = new CaseReading(HandText.GAZETTEER, HandText.LEXICONS);

    private static List<String> read(String sentence) {
        Sentence s = HandText.doc(sentence).sentences().get(0);
        Sentence r = READING.read(s);
        for (int i = 0; i < s.size(); i++) {
            // offsets never move
            assertThat(r.token(i).start()).isEqualTo(s.token(i).start());
            assertThat(r.token(i).end()).isEqualTo(s.token(i).end());
        }
        return r.tokens().stream().map(Token::text).toList();
    }

    @Test
    void aDatelineSetOffByADashIsReadAsAName() {
        assertThat(read("CAIRO - The ministry said on Monday that talks would resume .")).startsWith("Cairo", "-", "The");
        assertThat(read("PORT LOUIS \u2014 The minister arrived .")).startsWith("Port", "Louis", "\u2014");
        assertThat(read("VESTRIA : A new clinic opened .")).startsWith("Vestria", ":");
        assertThat(read("KARNOV ( Agency ) - Talks began .")).startsWith("Karnov", "(");
    }

    @Test
    void aDatelineBeforeADateIsReadAsAName() {
        assertThat(read("KARNOV , July 18 - Talks began .")).startsWith("Karnov", ",");
        assertThat(read("KARNOV , 18 July - Talks began .")).startsWith("Karnov", ",");
    }

    @Test
    void acronymsAndListsInCapitalsStayAsWritten() {
        // short capitals are acronyms, not datelines
        assertThat(read("WHO - The agency said .")).startsWith("WHO");
        assertThat(read("ELB : The party said .")).startsWith("ELB");
        // a comma before more capitals is a headline's list, and without a mark there is no dateline
        assertThat(read("ELBONIA , RURITANIA sign a pact today")).startsWith("ELBONIA");
        assertThat(read("ELBONIA signed a pact today .")).startsWith("ELBONIA");
        // capitals later in the sentence are left alone
        assertThat(read("The minister told KARNOV - a town - about it .")).contains("KARNOV");
    }

    @Test
    void aWholeLineInCapitalsIsReadAsAHeadline() {
        assertThat(read("ELBONIA SENDS DOCTORS TO THE UN")).containsExactly("Elbonia", "Sends", "Doctors", "to", "the", "UN");
        // two words in capitals are too few to tell a headline
        assertThat(read("ELBONIA WINS")).containsExactly("ELBONIA", "WINS");
    }

    /** The words of sentence {@code i} of a document, as read for the entity stage. */
    private static List<String> readLower(int i, String... sentences) {
        dev.eventex.text.AnalyzedText doc = HandText.doc(sentences);
        DocumentMemory memory = new DocumentMemory();
        memory.countWordCase(List.of(doc));
        return READING.read(doc.sentences().get(i), doc, memory).tokens().stream().map(Token::text).toList();
    }

    @Test
    void aSentenceInLowerCaseTakesTheCapitalsTheDocumentGivesAWordOnItsOwn() {
        assertThat(readLower(1, "We asked Kestrel/PROPN staff about it .", "the kestrel/NOUN team flew to chile/NOUN yesterday ."))
                .containsExactly("the", "Kestrel", "team", "flew", "to", "Chile", "yesterday", ".");
    }

    @Test
    void aWordTheDocumentAlsoWritesInLowerCaseOrOnlyInsideANameIsLeftAlone() {
        assertThat(readLower(1, "The Tarvo Port Authority served chile/NOUN sauce .", "ships left the port/NOUN with chile/NOUN ."))
                .containsExactly("ships", "left", "the", "port", "with", "chile", ".");
    }

    @Test
    void onlyNounsAreReadAsGazetteerNamesAndPiecesOfSentencesStayAsWritten() {
        assertThat(readLower(0, "we can go somewhere nice/ADJ tonight .")).contains("nice");
        assertThat(readLower(0, "8 ships left for chile/NOUN .")).contains("chile");
    }

    @Test
    void aPlaceInLowerCaseInASentenceWithCapitalsIsReadAsThePlace() {
        assertThat(readLower(0, "We spent two weeks in lisbon/ADJ last year .")).contains("Lisbon");
        assertThat(readLower(0, "Tarvo flew to lisbon/NOUN .")).contains("Lisbon");
    }

    @Test
    void aPlaceWordEnglishWritesInLowerCaseOrInsideACodeOrPhraseIsLeftAlone() {
        assertThat(readLower(0, "We can go somewhere in nice/NOUN tonight .")).contains("nice");
        assertThat(readLower(0, "See at lisbon/NOUN . gov for Tarvo .")).contains("lisbon");
        assertThat(readLower(0, "Tarvo became a lisbon/NOUN of trade .")).contains("lisbon");
        assertThat(readLower(0, "Pet shops on avenida lisbon/NOUN sell Tarvo fish .")).contains("lisbon");
    }
}
