package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Participants read from hand-built dependency trees (no models). */
class SyntaxFindersTest {

    private static final Set<String> ACTORS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP");

    private static List<String> texts(List<Arg> args) {
        return args.stream().map(Arg::text).toList();
    }

    private static List<String> agentOf(SentenceFixture f, int trigger) {
        SentenceContext ctx = f.context();
        return texts(SyntaxFinders.argsAt(ctx.sentence.syntax(), ctx, f.text(), SyntaxFinders.agent(ctx.sentence.syntax(), ctx, trigger),
                ACTORS, true));
    }

    @Test
    void theSubjectOfARelativeClauseIsTheNounItModifies() {
        // "Ana Silva , who is visiting Lima , spoke ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>7:nsubj Silva/PROPN>1:flat ,/PUNCT>6:punct who/PRON>6:nsubj "
                + "is/AUX>6:aux visiting/VERB>1:acl:relcl Lima/PROPN>6:obj spoke/VERB>0:root ./PUNCT>8:punct")
                .name(0, 2, EntityType.PERSON).name(6, 7, EntityType.LOCATION);
        assertThat(agentOf(f, 5)).containsExactly("Ana Silva");
    }

    @Test
    void aControlledVerbSharesTheSubjectOfItsGovernor() {
        // "Ana Silva is expected to arrive in Lima ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>4:nsubj:pass Silva/PROPN>1:flat is/AUX>4:aux:pass expected/VERB>0:root "
                + "to/PART>6:mark arrive/VERB>4:xcomp in/ADP>8:case Lima/PROPN>6:obl ./PUNCT>4:punct")
                .name(0, 2, EntityType.PERSON).name(7, 8, EntityType.LOCATION);
        assertThat(agentOf(f, 5)).containsExactly("Ana Silva");
    }

    @Test
    void aPassiveTriggerTakesItsByAgentNotItsSubject() {
        // "Lima was visited by Ana Silva ."
        SentenceFixture f = SentenceFixture.of("Lima/PROPN>3:nsubj:pass was/AUX>3:aux:pass visited/VERB>0:root by/ADP>5:case "
                + "Ana/PROPN>3:obl:agent Silva/PROPN>5:flat ./PUNCT>3:punct")
                .name(0, 1, EntityType.LOCATION).name(4, 6, EntityType.PERSON);
        assertThat(agentOf(f, 2)).containsExactly("Ana Silva");
        SentenceContext ctx = f.context();
        assertThat(texts(SyntaxFinders.argsAt(ctx.sentence.syntax(), ctx, f.text(), SyntaxFinders.patient(ctx.sentence.syntax(), 2),
                ACTORS, false))).containsExactly("Lima");
    }

    @Test
    void aParticipleModifyingANounTakesOnlyItsByAgent() {
        // "Ana Silva praised the buses given to Lima by Tarvo ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat praised/VERB>0:root the/DET>5:det "
                + "buses/NOUN>3:obj given/VERB>5:acl to/ADP>8:case Lima/PROPN>6:obl by/ADP>10:case Tarvo/PROPN>6:obl ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(7, 8, EntityType.LOCATION).name(9, 10, EntityType.LOCATION);
        assertThat(agentOf(f, 5)).containsExactly("Tarvo");
        // "Ana Silva praised the buses given to Lima ."
        SentenceFixture noAgent = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat praised/VERB>0:root the/DET>5:det "
                + "buses/NOUN>3:obj given/VERB>5:acl to/ADP>8:case Lima/PROPN>6:obl ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(7, 8, EntityType.LOCATION);
        assertThat(agentOf(noAgent, 5)).isEmpty();
        // "the delegation visiting Lima": an active participle's noun is its agent
        SentenceFixture active = SentenceFixture.of("the/DET>2:det delegation/NOUN>0:root visiting/VERB>2:acl Lima/PROPN>3:obj")
                .name(3, 4, EntityType.LOCATION);
        assertThat(SyntaxFinders.agent(active.context().sentence.syntax(), active.context(), 2)).isEqualTo(1);
    }

    @Test
    void aSecondConjunctVerbKeepsTheFirstSubjectAndCoordinatedSubjectsAreAList() {
        // "Ana Silva and Ben Okoro arrived and met Cem Aydin ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>6:nsubj Silva/PROPN>1:flat and/CCONJ>4:cc Ben/PROPN>1:conj "
                + "Okoro/PROPN>4:flat arrived/VERB>0:root and/CCONJ>8:cc met/VERB>6:conj Cem/PROPN>8:obj Aydin/PROPN>9:flat ./PUNCT>6:punct")
                .name(0, 2, EntityType.PERSON).name(3, 5, EntityType.PERSON).name(8, 10, EntityType.PERSON);
        assertThat(agentOf(f, 7)).containsExactly("Ana Silva", "Ben Okoro");
        SentenceContext ctx = f.context();
        assertThat(texts(SyntaxFinders.objects(ctx.sentence.syntax(), ctx, f.text(), 7, ACTORS, true))).containsExactly("Cem Aydin");
    }

    @Test
    void aPrepositionalPhraseIsFoundByItsPrepositionWhateverItsDistance() {
        // "Ana Silva arrived on Monday evening after a long flight in Lima ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat arrived/VERB>0:root on/ADP>6:case "
                + "Monday/PROPN>6:compound evening/NOUN>3:obl after/ADP>10:case a/DET>10:det long/ADJ>10:amod flight/NOUN>3:obl "
                + "in/ADP>12:case Lima/PROPN>3:obl ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(11, 12, EntityType.LOCATION);
        SentenceContext ctx = f.context();
        assertThat(texts(SyntaxFinders.prepositional(ctx.sentence.syntax(), ctx, f.text(), 2, Set.of("in", "to"), Set.of("LOCATION"), false)))
                .containsExactly("Lima");
        assertThat(SyntaxFinders.prepositional(ctx.sentence.syntax(), ctx, f.text(), 2, Set.of("to"), Set.of("LOCATION"), false)).isEmpty();
    }

    @Test
    void aSentenceWithoutThePrepositionOrWithoutAMentionNeedsNoTreeForPrepositionalPhrases() {
        // "Ana Silva arrived on Monday in Lima ." and the same words without mentions
        String conll = "Ana/PROPN>3:nsubj Silva/PROPN>1:flat arrived/VERB>0:root on/ADP>5:case Monday/PROPN>3:obl "
                + "in/ADP>7:case Lima/PROPN>3:obl ./PUNCT>3:punct";
        SentenceFixture named = SentenceFixture.of(conll).name(0, 2, EntityType.PERSON).name(6, 7, EntityType.LOCATION);
        SentenceFixture bare = SentenceFixture.of(conll);
        SentenceContext ctx = named.context();
        assertThat(SyntaxFinders.mayHavePrepositional(ctx, Set.of("in", "to"))).isTrue();
        // no "to", or no mention at all: prepositional's answer is empty whatever the tree
        assertThat(SyntaxFinders.mayHavePrepositional(ctx, Set.of("to", "toward"))).isFalse();
        assertThat(SyntaxFinders.prepositional(ctx.sentence.syntax(), ctx, named.text(), 2, Set.of("to", "toward"),
                Set.of("LOCATION", "PERSON"), true)).isEmpty();
        SentenceContext noMentions = bare.context();
        assertThat(SyntaxFinders.hasMention(ctx)).isTrue();
        assertThat(SyntaxFinders.hasMention(noMentions)).isFalse();
        assertThat(SyntaxFinders.argsAt(noMentions.sentence.syntax(), noMentions, bare.text(), 0, Set.of("PERSON"), true)).isEmpty();
        assertThat(SyntaxFinders.mayHavePrepositional(noMentions, Set.of("in", "to"))).isFalse();
        assertThat(SyntaxFinders.prepositional(noMentions.sentence.syntax(), noMentions, bare.text(), 2, Set.of("in", "to"),
                Set.of("LOCATION", "PERSON"), true)).isEmpty();
    }

    @Test
    void aNominalTriggerReadsThePhrasesOfItsLightVerb() {
        // "Ana Silva paid a visit on Monday to Lima ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat paid/VERB>0:root a/DET>5:det visit/NOUN>3:obj "
                + "on/ADP>7:case Monday/PROPN>3:obl to/ADP>9:case Lima/PROPN>3:obl ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(8, 9, EntityType.LOCATION);
        SentenceContext ctx = f.context();
        assertThat(texts(SyntaxFinders.prepositional(ctx.sentence.syntax(), ctx, f.text(), 4, Set.of("to"), Set.of("LOCATION"), false)))
                .containsExactly("Lima");
        assertThat(agentOf(f, 2)).containsExactly("Ana Silva");
    }

    @Test
    void aTitleWordHeadsTheNameThatFollowsIt() {
        // "Ana Silva met Speaker of Parliament Ben Okoro ." with the parse hanging the name under "Parliament"
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat met/VERB>0:root Speaker/PROPN>3:obj "
                + "of/ADP>6:case Parliament/PROPN>4:nmod Ben/PROPN>6:appos Okoro/PROPN>7:flat ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).titledName(6, 8, "Speaker of Parliament");
        SentenceContext ctx = f.context();
        assertThat(texts(SyntaxFinders.objects(ctx.sentence.syntax(), ctx, f.text(), 2, Set.of("PERSON"), true))).containsExactly("Ben Okoro");
    }

    @Test
    void noAgentOutsideTheClauseChain() {
        // "Officials said Ana Silva met Ben Okoro ." : the agent of "said" is not the agent of "met"'s reporter
        SentenceFixture f = SentenceFixture.of("Officials/NOUN>2:nsubj said/VERB>0:root Ana/PROPN>5:nsubj Silva/PROPN>3:flat "
                + "met/VERB>2:ccomp Ben/PROPN>5:obj Okoro/PROPN>6:flat ./PUNCT>2:punct")
                .name(2, 4, EntityType.PERSON).name(5, 7, EntityType.PERSON);
        assertThat(agentOf(f, 4)).containsExactly("Ana Silva");
        // a clausal complement without its own subject does not borrow the reporter's
        SentenceFixture g = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat said/VERB>0:root talks/NOUN>5:nsubj "
                + "ended/VERB>3:ccomp ./PUNCT>3:punct").name(0, 2, EntityType.PERSON);
        SentenceContext ctx = g.context();
        assertThat(SyntaxFinders.agent(ctx.sentence.syntax(), ctx, 4)).isEqualTo(3);
        assertThat(SyntaxFinders.argsAt(ctx.sentence.syntax(), ctx, g.text(), 3, ACTORS, true)).isEmpty();
    }
}
