package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.event.RoleSpec.Finder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A meeting's topics read from hand-built dependency trees (no models). */
class TopicPhrasesTest {

    private static final Finder ON = finder("on", "to discuss");
    private static final Finder OWN_OBJECT = finder();

    private static Finder finder(String... words) {
        return new Finder("topics", Set.of(), List.of(words), 30, false, false, false);
    }

    /** The topics of the trigger at tokens {@code [tStart, tEnd)}, as text. */
    private static List<String> topics(SentenceFixture f, Finder finder, int tStart, int tEnd) {
        SentenceContext ctx = f.context();
        TopicPhrases.Found found = TopicPhrases.find(ctx, finder, tStart, tEnd);
        List<String> out = new ArrayList<>();
        if (found != null) {
            for (int[] item : found.items()) {
                out.add(f.text().substring(ctx.token(item[0]).start(), ctx.token(item[1]).end()));
            }
        }
        return out;
    }

    @Test
    void aBareOnGovernedByTheTriggerListsItsItems() {
        // "Ana Velor held talks with Ben Okoro on fish quotas , port fees and ferry links ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat held/VERB>0:root talks/NOUN>3:obj "
                + "with/ADP>6:case Ben/PROPN>4:nmod Okoro/PROPN>6:flat on/ADP>10:case fish/NOUN>10:compound quotas/NOUN>3:obl "
                + ",/PUNCT>13:punct port/NOUN>13:compound fees/NOUN>10:conj and/CCONJ>16:cc ferry/NOUN>16:compound "
                + "links/NOUN>10:conj ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(5, 7, EntityType.PERSON);
        assertThat(topics(f, ON, 2, 4)).containsExactly("fish quotas", "port fees", "ferry links");
    }

    @Test
    void theTreeIsReadOnlyOnceACueFollowsTheTrigger() {
        // "Ana Velor held talks with Ben Okoro on fish quotas ." and "Ana Velor held talks with Ben Okoro ."
        SentenceFixture cued = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat held/VERB>0:root talks/NOUN>3:obj "
                + "with/ADP>6:case Ben/PROPN>4:nmod Okoro/PROPN>6:flat on/ADP>10:case fish/NOUN>10:compound quotas/NOUN>3:obl "
                + "./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(5, 7, EntityType.PERSON);
        SentenceFixture plain = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat held/VERB>0:root talks/NOUN>3:obj "
                + "with/ADP>6:case Ben/PROPN>4:nmod Okoro/PROPN>6:flat ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(5, 7, EntityType.PERSON);
        int[] parses = {0};
        TopicPhrases.Found none = TopicPhrases.find(plain.lazyContext(s -> {
            parses[0]++;
            return plain.syntax();
        }), ON, 2, 4);
        assertThat(none).isNull();
        assertThat(parses[0]).isZero();
        TopicPhrases.Found found = TopicPhrases.find(cued.lazyContext(s -> {
            parses[0]++;
            return cued.syntax();
        }), ON, 2, 4);
        assertThat(parses[0]).isEqualTo(1);
        TopicPhrases.Found withTree = TopicPhrases.find(cued.context(), ON, 2, 4);
        assertThat(found).isNotNull();
        assertThat(found.cueStart()).isEqualTo(withTree.cueStart());
        assertThat(found.items()).containsExactlyElementsOf(withTree.items());
    }

    @Test
    void aCueBeforeAPronounOrADateIsRejectedWithoutTheTree() {
        // "Ana Velor held talks with Ben Okoro on them ." and "... on Monday ."
        SentenceFixture pronoun = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat held/VERB>0:root talks/NOUN>3:obj "
                + "with/ADP>6:case Ben/PROPN>4:nmod Okoro/PROPN>6:flat on/ADP>9:case them/PRON>3:obl ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(5, 7, EntityType.PERSON);
        SentenceFixture date = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat held/VERB>0:root talks/NOUN>3:obj "
                + "with/ADP>6:case Ben/PROPN>4:nmod Okoro/PROPN>6:flat on/ADP>9:case Monday/PROPN>3:obl ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(5, 7, EntityType.PERSON).name(8, 9, EntityType.DATE);
        for (SentenceFixture f : List.of(pronoun, date)) {
            int[] parses = {0};
            TopicPhrases.Found lazy = TopicPhrases.find(f.lazyContext(s -> {
                parses[0]++;
                return f.syntax();
            }), ON, 2, 4);
            assertThat(lazy).isNull();
            assertThat(parses[0]).isZero();
            assertThat(TopicPhrases.find(f.context(), ON, 2, 4)).isNull(); // the tree would not have found one either
        }
    }

    @Test
    void aBareOnThatAnotherVerbGovernsIsNoTopic() {
        // "Ana Velor met Ben Okoro , her office wrote in a post on Tarvonet ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat met/VERB>9:ccomp Ben/PROPN>3:obj "
                + "Okoro/PROPN>4:flat ,/PUNCT>9:punct her/PRON>8:nmod:poss office/NOUN>9:nsubj wrote/VERB>0:root "
                + "in/ADP>12:case a/DET>12:det post/NOUN>9:obl on/ADP>14:case Tarvonet/NOUN>12:nmod ./PUNCT>9:punct")
                .name(0, 2, EntityType.PERSON).name(3, 5, EntityType.PERSON);
        assertThat(topics(f, ON, 2, 3)).isEmpty();
    }

    @Test
    void aParticleOnStartsNoTopic() {
        // "Talks between Tarvo and Elbonia have been going on for years ."
        SentenceFixture f = SentenceFixture.of("Talks/NOUN>8:nsubj between/ADP>3:case Tarvo/PROPN>1:nmod and/CCONJ>5:cc "
                + "Elbonia/PROPN>3:conj have/AUX>8:aux been/AUX>8:aux going/VERB>0:root on/ADP>8:compound:prt "
                + "for/ADP>11:case years/NOUN>8:obl ./PUNCT>8:punct")
                .name(2, 3, EntityType.LOCATION).name(4, 5, EntityType.LOCATION);
        assertThat(topics(f, ON, 0, 1)).isEmpty();
    }

    @Test
    void aCircumstanceGivesWayToTheNextCue() {
        // "Ana Velor met Ben Okoro on the sidelines of the summit to discuss the river port ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat met/VERB>0:root Ben/PROPN>3:obj "
                + "Okoro/PROPN>4:flat on/ADP>8:case the/DET>8:det sidelines/NOUN>3:obl of/ADP>11:case the/DET>11:det "
                + "summit/NOUN>8:nmod to/PART>13:mark discuss/VERB>3:advcl the/DET>16:det river/NOUN>16:compound "
                + "port/NOUN>13:obj ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(3, 5, EntityType.PERSON);
        assertThat(topics(f, ON, 2, 3)).containsExactly("river port");
    }

    @Test
    void coordinatedModifiersAndBetweenStayInOneItemAndLeadInsAreLeftOut() {
        // "They met to discuss economic and cultural ties , the Sava and Drina border posts , trade between Tarvo and
        // Elbonia , including tariffs ."
        SentenceFixture f = SentenceFixture.of("They/PRON>2:nsubj met/VERB>0:root to/PART>4:mark discuss/VERB>2:advcl "
                + "economic/ADJ>8:amod and/CCONJ>7:cc cultural/ADJ>5:conj ties/NOUN>4:obj ,/PUNCT>15:punct the/DET>15:det "
                + "Sava/PROPN>15:compound and/CCONJ>13:cc Drina/PROPN>11:conj border/NOUN>15:compound posts/NOUN>8:conj "
                + ",/PUNCT>17:punct trade/NOUN>8:conj between/ADP>19:case Tarvo/PROPN>17:nmod and/CCONJ>21:cc "
                + "Elbonia/PROPN>19:conj ,/PUNCT>24:punct including/VERB>24:case tariffs/NOUN>8:conj ./PUNCT>2:punct")
                .name(11, 12, EntityType.LOCATION).name(13, 14, EntityType.LOCATION).name(18, 19, EntityType.LOCATION)
                .name(20, 21, EntityType.LOCATION);
        assertThat(topics(f, ON, 1, 2)).containsExactly("economic and cultural ties", "Sava and Drina border posts",
                "trade between Tarvo and Elbonia", "tariffs");
    }

    @Test
    void aPersonCalledOnIsNoTopicNorTheOfficeBeforeTheName() {
        // "Ana Velor called on the Speaker of the Assembly , Ben Okoro ."
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Velor/PROPN>1:flat called/VERB>0:root on/ADP>6:case "
                + "the/DET>6:det Speaker/PROPN>3:obl of/ADP>9:case the/DET>9:det Assembly/PROPN>6:nmod ,/PUNCT>11:punct "
                + "Ben/PROPN>6:appos Okoro/PROPN>11:flat ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(8, 9, EntityType.ORGANIZATION).name(10, 12, EntityType.PERSON);
        assertThat(topics(f, ON, 2, 3)).isEmpty();
    }

    @Test
    void aCoordinatedClauseEndsTheTopics() {
        // "They met to discuss fish quotas and signed a deal ."
        SentenceFixture f = SentenceFixture.of("They/PRON>2:nsubj met/VERB>0:root to/PART>4:mark discuss/VERB>2:advcl "
                + "fish/NOUN>6:compound quotas/NOUN>4:obj and/CCONJ>8:cc signed/VERB>2:conj a/DET>10:det deal/NOUN>8:obj "
                + "./PUNCT>2:punct");
        assertThat(topics(f, ON, 1, 2)).containsExactly("fish quotas");
    }

    @Test
    void withoutCueWordsTheTriggerIsTheTopicVerb() {
        // "The two discussed visa rules and the situation of seasonal workers ."
        SentenceFixture f = SentenceFixture.of("The/DET>2:det two/NUM>3:nsubj discussed/VERB>0:root visa/NOUN>5:compound "
                + "rules/NOUN>3:obj and/CCONJ>8:cc the/DET>8:det situation/NOUN>5:conj of/ADP>11:case seasonal/ADJ>11:amod "
                + "workers/NOUN>8:nmod ./PUNCT>3:punct");
        assertThat(topics(f, OWN_OBJECT, 2, 3)).containsExactly("visa rules", "situation of seasonal workers");
    }
}
