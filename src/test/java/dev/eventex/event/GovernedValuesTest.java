package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import org.junit.jupiter.api.Test;

/** A value tied to its trigger through the tree (finder {@code governed}), on hand-parsed sentences. */
class GovernedValuesTest {

    private static boolean tied(SentenceFixture f, int money, int trigger) {
        SentenceContext ctx = f.context();
        return ValueFinders.tiedToTrigger(ctx, ctx.mentions.stream().filter(m -> m.tokens().start() == money).findFirst().orElseThrow(),
                trigger);
    }

    @Test
    void aSumTheTriggerGovernsOrItsControllingVerbGovernsIsTied() {
        // "Tarvo aims to raise trade to $5bn ."
        SentenceFixture f = SentenceFixture.of("Tarvo/PROPN>2:nsubj aims/VERB>0:root to/PART>4:mark raise/VERB>2:xcomp "
                + "trade/NOUN>4:obj to/ADP>7:case $5bn/NUM>4:obl ./PUNCT>2:punct").name(6, 7, EntityType.MONEY);
        assertThat(tied(f, 6, 3)).isTrue();
        assertThat(tied(f, 6, 1)).isTrue();
    }

    @Test
    void aSumOfAnotherClauseIsNotTied() {
        // "Sekora gave $9m in grants , and trade grew ."
        SentenceFixture joined = SentenceFixture.of("Sekora/PROPN>2:nsubj gave/VERB>0:root $9m/NUM>2:obj in/ADP>5:case "
                + "grants/NOUN>2:obl ,/PUNCT>9:punct and/CCONJ>9:cc trade/NOUN>9:nsubj grew/VERB>2:conj ./PUNCT>2:punct")
                .name(2, 3, EntityType.MONEY);
        assertThat(tied(joined, 2, 8)).isFalse();
        // "The firm spent $9m , hoping to expand ."
        SentenceFixture adverbial = SentenceFixture.of("The/DET>2:det firm/NOUN>3:nsubj spent/VERB>0:root $9m/NUM>3:obj "
                + ",/PUNCT>6:punct hoping/VERB>3:advcl to/PART>8:mark expand/VERB>6:xcomp ./PUNCT>3:punct").name(3, 4, EntityType.MONEY);
        assertThat(tied(adverbial, 3, 7)).isFalse();
        assertThat(tied(adverbial, 3, 2)).isTrue();
    }

    @Test
    void aSumInAClauseOfItsOwnIsNotTiedThroughTheClauseItJoins() {
        // "Tarvo will raise imports , adding that exports might reach $5bn ."
        SentenceFixture f = SentenceFixture.of("Tarvo/PROPN>3:nsubj will/AUX>3:aux raise/VERB>0:root imports/NOUN>3:obj "
                + ",/PUNCT>6:punct adding|add/VERB>3:conj that/SCONJ>10:mark exports/NOUN>10:nsubj might/AUX>10:aux "
                + "reach/VERB>6:ccomp $5bn/NUM>10:obj ./PUNCT>3:punct").name(10, 11, EntityType.MONEY);
        assertThat(tied(f, 10, 2)).isFalse();
    }

    @Test
    void aReportingVerbTheParserHangsTheSumOnIsNoClauseOfItsOwn() {
        // "Tarvo agreed to raise trade to $5bn , the ministry said ." with the sum read as the complement of "said"
        SentenceFixture f = SentenceFixture.of("Tarvo/PROPN>2:nsubj agreed/VERB>0:root to/PART>4:mark raise/VERB>2:xcomp "
                + "trade/NOUN>4:obj to/ADP>7:case $5bn/NUM>11:ccomp ,/PUNCT>11:punct the/DET>10:det ministry/NOUN>11:nsubj "
                + "said|say/VERB>4:advcl ./PUNCT>2:punct").name(6, 7, EntityType.MONEY);
        assertThat(tied(f, 6, 3)).isTrue();
    }
}
