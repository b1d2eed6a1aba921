package dev.eventex.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared scorer's matching rules, on small events written for these tests. */
class GoldMatcherTest {

    private static final ObjectMapper M = new ObjectMapper();

    static JsonNode j(String json) {
        try {
            return M.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    @Test
    void normalizationDropsCaseQuotesPossessivePunctuationAndLeadingThe() {
        assertThat(GoldMatcher.norm("The Republic of Oldavia\u2019s  Ministry")).isEqualTo("republic of oldavia ministry");
        assertThat(GoldMatcher.norm("  Mr. Aldo-Brenn, Jr. ")).isEqualTo("mr aldo brenn jr");
        assertThat(GoldMatcher.norm("the")).isEqualTo("the");
        assertThat(GoldMatcher.norm("other's")).isEqualTo("other");
        assertThat(GoldMatcher.norm("it'said")).isEqualTo("it said");
        assertThat(GoldMatcher.norm("Théo Müller")).isEqualTo("théo müller");
    }

    @Test
    void namesMatchByWholeWordContainmentEitherWay() {
        List<JsonNode> gold = List.of(j("'Minister Ana Velcu'"), j("'Velcu'"));
        assertThat(GoldMatcher.nameMatch(List.of("Ana Velcu"), gold)).isTrue();
        assertThat(GoldMatcher.nameMatch(List.of("Foreign Minister Ana Velcu of Dornia"), gold)).isTrue();
        assertThat(GoldMatcher.nameMatch(List.of("Velc"), gold)).isFalse();
        assertThat(GoldMatcher.nameMatch(List.of("Velcuson"), gold)).isFalse();
        // word order counts: containment is of the whole phrase, not of a word set
        assertThat(GoldMatcher.nameMatch(List.of("Velcu Ana"), List.of(j("'Ana Velcu'")))).isFalse();
        assertThat(GoldMatcher.nameMatch(List.of("", "..."), gold)).isFalse();
    }

    @Test
    void predictedArgumentsOfferTextNameAndStringValue() {
        assertThat(GoldMatcher.stringsOf(j("{'text':'the minister','name':'Ana Velcu','value':'x','start':3}")))
                .containsExactly("the minister", "Ana Velcu", "x");
        assertThat(GoldMatcher.stringsOf(j("[{'text':'A'},'B',3,2.5]"))).containsExactly("A", "B", "3", "2.5");
        assertThat(GoldMatcher.stringsOf(null)).isEmpty();
    }

    @Test
    void visitNeedsVisitorAndDestination() {
        JsonNode gold = j("{'type':'Visit','visitor':['Ana Velcu','Velcu'],'destination':['Tarsland','Port Emel']}");
        assertThat(GoldMatcher.coreScore(j("{'type':'Visit','visitor':{'text':'Velcu'},'destination':{'text':'Port Emel'}}"), gold)).isEqualTo(2);
        assertThat(GoldMatcher.coreScore(j("{'type':'Visit','visitor':{'text':'Velcu'}}"), gold)).isZero();
        assertThat(GoldMatcher.coreScore(j("{'type':'Meeting','visitor':{'text':'Velcu'},'destination':{'text':'Tarsland'}}"), gold)).isZero();
    }

    @Test
    void meetingNeedsTwoMatchedPartiesOrAllWhenFewer() {
        JsonNode three = j("{'type':'Meeting','participants':[['Ana Velcu'],['Oren Tal'],['members of the senate']]}");
        assertThat(GoldMatcher.coreScore(j("{'type':'Meeting','participants':[{'text':'Velcu'},{'text':'Tal'}]}"), three)).isEqualTo(14);
        assertThat(GoldMatcher.coreScore(j("{'type':'Meeting','participants':[{'text':'Velcu'},{'text':'Tal'},{'text':'Bo Lind'}]}"), three))
                .as("an extra predicted party costs one").isEqualTo(13);
        assertThat(GoldMatcher.coreScore(j("{'type':'Meeting','participants':[{'text':'Velcu'},{'text':'Bo Lind'}]}"), three)).isZero();
        JsonNode one = j("{'type':'Meeting','participants':[['members of the senate']]}");
        assertThat(GoldMatcher.coreScore(j("{'type':'Meeting','participants':[{'text':'senate'}]}"), one)).isEqualTo(12);
        // one predicted party cannot stand for two gold parties
        JsonNode two = j("{'type':'Meeting','participants':[['Ana Velcu'],['Ana Velcu Jr']]}");
        assertThat(GoldMatcher.coreScore(j("{'type':'Meeting','participants':[{'text':'Ana Velcu'}]}"), two)).isZero();
    }

    @Test
    void tradeGoalNeedsTargetWithinTwoPercentSameCurrencyAndOneParty() {
        JsonNode gold = j("{'type':'TradeGoal','parties':[['Dornia'],['Tarsland']],'target':{'value':5000000000,'currency':'USD'}}");
        assertThat(GoldMatcher.coreScore(j("{'type':'TradeGoal','parties':[{'text':'Dornia'}],'target':{'value':5090000000,'currency':'USD'}}"), gold))
                .isEqualTo(2);
        assertThat(GoldMatcher.coreScore(j("{'type':'TradeGoal','parties':[{'text':'Dornia'},{'text':'Tarsland'}],'target':{'value':5e9,'currency':'USD'}}"), gold))
                .isEqualTo(3);
        assertThat(GoldMatcher.coreScore(j("{'type':'TradeGoal','parties':[{'text':'Dornia'}],'target':{'value':5200000000,'currency':'USD'}}"), gold)).isZero();
        assertThat(GoldMatcher.coreScore(j("{'type':'TradeGoal','parties':[{'text':'Dornia'}],'target':{'value':5000000000,'currency':'EUR'}}"), gold)).isZero();
        assertThat(GoldMatcher.coreScore(j("{'type':'TradeGoal','parties':[{'text':'Oldavia'}],'target':{'value':5000000000,'currency':'USD'}}"), gold)).isZero();
        // a currency in gold needs one in the prediction; none in gold accepts any
        assertThat(GoldMatcher.amountMatch(j("{'value':100}"), j("{'value':100,'currency':'USD'}"))).isFalse();
        assertThat(GoldMatcher.amountMatch(j("{'value':100,'currency':'USD'}"), j("{'value':100}"))).isTrue();
        assertThat(GoldMatcher.amountMatch(j("{'value':10,'unit':'tons'}"), j("{'value':10,'unit':'Tons'}"))).isTrue();
        assertThat(GoldMatcher.amountMatch(j("0"), j("0"))).isTrue();
        assertThat(GoldMatcher.amountMatch(j("{'value':'98.5'}"), j("100"))).as("float() of a numeric string").isTrue();
        assertThat(GoldMatcher.amountMatch(j("'98.5'"), j("100"))).as("a bare string is no amount").isFalse();
    }

    @Test
    void donationNeedsDonorOrOnBehalfOfAndRecipientAndScoresTheItem() {
        JsonNode gold = j("{'type':'Donation','donor':['Embassy of Dornia'],'onBehalfOf':['people of Dornia'],"
                + "'recipient':['Port Emel General Hospital'],'item':['oxygen concentrators']}");
        assertThat(GoldMatcher.coreScore(j("{'type':'Donation','donor':{'text':'Dornia embassy'},'onBehalfOf':{'text':'the people of Dornia'},"
                + "'recipient':{'text':'Port Emel General Hospital'}}"), gold)).isEqualTo(2);
        assertThat(GoldMatcher.coreScore(j("{'type':'Donation','donor':{'text':'Embassy of Dornia'},'recipient':{'text':'General Hospital'},"
                + "'item':{'text':'20 oxygen concentrators'}}"), gold)).isEqualTo(3);
        assertThat(GoldMatcher.coreScore(j("{'type':'Donation','donor':{'text':'Embassy of Dornia'},'recipient':{'text':'Port Emel'}}"), gold)).isEqualTo(2);
        assertThat(GoldMatcher.coreScore(j("{'type':'Donation','donor':{'text':'Embassy of Dornia'},'recipient':{'text':'school'}}"), gold)).isZero();
    }

    @Test
    void optionalRoles() {
        assertThat(GoldMatcher.roleMatches("tense", j("'ongoing'"), j("'past'"))).isTrue();
        assertThat(GoldMatcher.roleMatches("tense", j("'planned'"), j("'past'"))).isFalse();
        assertThat(GoldMatcher.roleMatches("tense", null, j("'past'"))).isFalse();
        assertThat(GoldMatcher.roleMatches("kind", j("'official working'"), j("'working'"))).isTrue();
        assertThat(GoldMatcher.roleMatches("kind", j("'state'"), j("'official'"))).isFalse();
        assertThat(GoldMatcher.roleMatches("date", j("{'text':'on Monday','value':'2031-05-05'}"), j("'2031-05-05'"))).isTrue();
        assertThat(GoldMatcher.roleMatches("date", j("{'text':'in May','value':'2031-05'}"), j("'2031-05-05'"))).isFalse();
        assertThat(GoldMatcher.roleMatches("deadline", j("{'text':'by 2035','value':'2035'}"), j("2035"))).as("str() of a number").isTrue();
        assertThat(GoldMatcher.roleMatches("metric", j("'annual exports'"), j("'two-way exports of grain'"))).isTrue();
        assertThat(GoldMatcher.roleMatches("metric", j("'investment'"), j("'trade volume'"))).isFalse();
        assertThat(GoldMatcher.roleMatches("quantity", j("{'value':203}"), j("200"))).isTrue();
        assertThat(GoldMatcher.roleMatches("value", j("{'value':1000000,'currency':'EUR'}"), j("{'value':1000000,'currency':'USD'}"))).isFalse();
        assertThat(GoldMatcher.roleMatches("location", j("{'text':'Port Emel'}"), j("['Port Emel city hall','Port Emel']"))).isTrue();
        assertThat(GoldMatcher.roleMatches("host", j("{'text':'Oren Tal'}"), j("['Ana Velcu']"))).isFalse();
        // setBy: a list of parties, or one party's alternatives; one match is enough
        assertThat(GoldMatcher.roleMatches("setBy", j("[{'text':'Oren Tal'}]"), j("[['Ana Velcu'],['Oren Tal']]"))).isTrue();
        assertThat(GoldMatcher.roleMatches("setBy", j("[{'text':'the two leaders'}]"), j("['both leaders','the two leaders']"))).isTrue();
        assertThat(GoldMatcher.roleMatches("setBy", j("[{'text':'x'}]"), j("[]"))).as("an empty gold list is an error, so wrong").isFalse();
    }

    @Test
    void aStringWhereTheSharedFormatWantsAListIsReadAsPythonWould() {
        // Python iterates a string's characters: the single letters never match a whole name
        assertThat(GoldMatcher.roleMatches("host", j("{'text':'Ana'}"), j("'Ana'"))).isFalse();
        assertThat(GoldMatcher.roleMatches("host", j("{'text':'A'}"), j("'Ana'"))).isTrue();
    }
}
