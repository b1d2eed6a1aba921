package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Tense;
import org.junit.jupiter.api.Test;

/** Tense of nominal and bare triggers read from hand-built trees (no models). */
class TenseFromSyntaxTest {

    private static Tense at(String conll, int trigger) {
        return TenseDetector.fromSyntax(SentenceFixture.of(conll).context(), trigger);
    }

    @Test
    void aCopulaInThePresentMakesAVisitOngoing() {
        // "She is in Lima on a working visit ."
        assertThat(at("She/PRON>4:nsubj is/AUX>4:cop in/ADP>4:case Lima/PROPN>0:root on/ADP>8:case a/DET>8:det "
                + "working/NOUN>8:compound visit/NOUN>4:obl ./PUNCT>4:punct", 7)).isEqualTo(Tense.ONGOING);
        assertThat(at("She/PRON>6:nsubj is/AUX>6:cop on/ADP>6:case a/DET>6:det working/NOUN>6:compound visit/NOUN>0:root "
                + "./PUNCT>6:punct", 5)).isEqualTo(Tense.ONGOING);
    }

    @Test
    void aNounTakesTheTenseOfTheVerbItDependsOn() {
        // "He arrived in Lima for a visit ."
        assertThat(at("He/PRON>2:nsubj arrived/VERB>0:root in/ADP>4:case Lima/PROPN>2:obl for/ADP>7:case a/DET>7:det "
                + "visit/NOUN>2:obl ./PUNCT>2:punct", 6)).isEqualTo(Tense.PAST);
        // "They will hold talks ."
        assertThat(at("They/PRON>3:nsubj will/AUX>3:aux hold/VERB>0:root talks/NOUN>3:obj ./PUNCT>3:punct", 3))
                .isEqualTo(Tense.PLANNED);
    }

    @Test
    void aPlanningVerbAboveAnInfinitiveMakesItPlanned() {
        // "She plans to visit Lima ."
        assertThat(at("She/PRON>2:nsubj plans|plan/VERB>0:root to/PART>4:mark visit/VERB>2:xcomp Lima/PROPN>4:obj ./PUNCT>2:punct", 3))
                .isEqualTo(Tense.PLANNED);
    }

    @Test
    void aRelativeClauseInTheFutureMakesTheTalksPlannedWhateverTheVerbAboveThem() {
        // "He arrived for talks that will be held tomorrow ."
        assertThat(TenseDetector.relativeClauseTense(SentenceFixture.of("He/PRON>2:nsubj arrived/VERB>0:root for/ADP>4:case talks/NOUN>2:obl "
                + "that/PRON>8:nsubj:pass will/AUX>8:aux be/AUX>8:aux:pass held|hold/VERB>4:acl:relcl tomorrow/NOUN>8:obl ./PUNCT>2:punct")
                .context(), 3)).isEqualTo(Tense.PLANNED);
        // "He arrived for talks which are scheduled for Friday ."
        assertThat(TenseDetector.relativeClauseTense(SentenceFixture.of("He/PRON>2:nsubj arrived/VERB>0:root for/ADP>4:case talks/NOUN>2:obl "
                + "which/PRON>7:nsubj:pass are/AUX>7:aux:pass scheduled|schedule/VERB>4:acl:relcl for/ADP>9:case Friday/PROPN>7:obl ./PUNCT>2:punct")
                .context(), 3)).isEqualTo(Tense.PLANNED);
        // "He recalled talks that were held in May ." : the clause says nothing the default would not
        assertThat(TenseDetector.relativeClauseTense(SentenceFixture.of("He/PRON>2:nsubj recalled|recall/VERB>0:root talks/NOUN>2:obj "
                + "that/PRON>6:nsubj:pass were/AUX>6:aux:pass held|hold/VERB>3:acl:relcl in/ADP>8:case May/PROPN>6:obl ./PUNCT>2:punct")
                .context(), 2)).isNull();
    }

    @Test
    void aRelativeClauseIsLookedForInTheTreeOnlyWhenTheSentenceHasItsWords() {
        int[] parses = {0};
        // "He recalled talks that were held in May ." : no future auxiliary, no planning verb: not parsed
        SentenceFixture past = SentenceFixture.of("He/PRON>2:nsubj recalled|recall/VERB>0:root talks/NOUN>2:obj "
                + "that/PRON>6:nsubj:pass were/AUX>6:aux:pass held|hold/VERB>3:acl:relcl in/ADP>8:case May/PROPN>6:obl ./PUNCT>2:punct");
        assertThat(TenseDetector.relativeClauseTense(past.lazyContext(s -> {
            parses[0]++;
            return past.syntax();
        }), 2)).isNull();
        assertThat(parses[0]).isZero();
        // "He arrived for talks that will be held tomorrow ." : parsed, and planned as with the tree given
        SentenceFixture future = SentenceFixture.of("He/PRON>2:nsubj arrived/VERB>0:root for/ADP>4:case talks/NOUN>2:obl "
                + "that/PRON>8:nsubj:pass will/AUX>8:aux be/AUX>8:aux:pass held|hold/VERB>4:acl:relcl tomorrow/NOUN>8:obl ./PUNCT>2:punct");
        assertThat(TenseDetector.relativeClauseTense(future.lazyContext(s -> {
            parses[0]++;
            return future.syntax();
        }), 3)).isEqualTo(Tense.PLANNED);
        assertThat(parses[0]).isOne();
        // "Talks which are scheduled for Friday ." : a planning verb in -ed with "are": parsed
        SentenceFixture scheduled = SentenceFixture.of("Talks/NOUN>0:root which/PRON>4:nsubj:pass are/AUX>4:aux:pass "
                + "scheduled|schedule/VERB>1:acl:relcl for/ADP>6:case Friday/PROPN>4:obl ./PUNCT>1:punct");
        assertThat(TenseDetector.mayPlanInRelativeClause(scheduled.context())).isTrue();
        assertThat(TenseDetector.relativeClauseTense(scheduled.lazyContext(s -> scheduled.syntax()), 0)).isEqualTo(Tense.PLANNED);
    }

    @Test
    void aReportedClauseDoesNotBorrowTheReportingVerbsTense() {
        // "Officials said talks begin ." : "said" is past, the talks are not thereby past
        assertThat(at("Officials/NOUN>2:nsubj said/VERB>0:root talks/NOUN>4:nsubj begin/VERB>2:ccomp ./PUNCT>2:punct", 2)).isNull();
    }
}
