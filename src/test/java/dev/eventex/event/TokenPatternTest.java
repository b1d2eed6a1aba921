package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenPatternTest {

    /**
     * Builds token views from "text/POS/lemma[/ENT[/KIND[/gaz+gaz]]]" items separated by spaces;
     * offsets are those of the words joined by single spaces.
     */
    static List<TokenView> tokens(String spec) {
        List<TokenView> out = new ArrayList<>();
        int pos = 0;
        for (String item : spec.trim().split("\\s+")) {
            String[] f = item.split("/", -1);
            String text = f[0];
            Token t = new Token(out.size(), text, pos, pos + text.length(), f.length > 1 ? f[1] : "X",
                    f.length > 2 ? f[2] : text.toLowerCase());
            String ent = f.length > 3 && !f[3].isEmpty() ? f[3] : null;
            String kind = f.length > 4 && !f[4].isEmpty() ? f[4] : null;
            Set<String> gaz = f.length > 5 ? Set.copyOf(Arrays.asList(f[5].split("\\+"))) : Set.of();
            out.add(new TokenView(t, ent, kind, gaz));
            pos += text.length() + 1;
        }
        return out;
    }

    /** "President Tokayev paid a state visit to Mongolia in October ." */
    private static final List<TokenView> SENTENCE = tokens("""
            President/PROPN/President/PERSON/NOMINAL/title
            Tokayev/PROPN/Tokayev/PERSON/NAME
            paid/VERB/pay
            a/DET/a
            state/NOUN/state
            visit/NOUN/visit
            to/ADP/to
            Mongolia/PROPN/Mongolia/LOCATION/NAME/country
            in/ADP/in
            October/PROPN/October/DATE/VALUE
            ./PUNCT/.
            """);

    private static String covered(List<TokenView> ts, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            b.append(i > start ? " " : "").append(ts.get(i).token().text());
        }
        return b.toString();
    }

    private static String match(String pattern, List<TokenView> ts) {
        TokenPattern.Match m = TokenPattern.compile(pattern).find(ts, 0, -1);
        return m == null ? null : covered(ts, m.start(), m.end());
    }

    // ---- compile errors ---------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> char {1}: {2}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            [foo=bar] => 1  => unknown key 'foo'
            [lemmaz=visit] => 1  => unknown key 'lemmaz'
            [word=a => 7  => expected '&' or ']'
            ([word=a] => 9  => missing ')'
            [word=/(/] => 6  => bad regex
            [word=/abc] => 6  => unclosed regex
            [word=a]{2,1} => 8  => bad repetition {2,1}
            [word=a]{x} => 8  => bad repetition
            [word=a]{2 => 8  => unclosed '{'
            [word a] => 6  => expected '=' or '!=' after word
            word=a => 0  => expected '[' or '('
            [word=a] ) => 9  => unexpected ')'
            (?<1x>[word=a]) => 1  => bad group name '1x'
            (?<v[word=a]) => 1  => unclosed group name
            [word=] => 6  => empty value for word
            [word=a] | => 10 => empty sequence
            "()" => 1  => empty sequence
            """)
    void compileErrorsCarryPositionAndReason(String pattern, int position, String reason) {
        assertThatThrownBy(() -> TokenPattern.compile(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at char " + position + ":")
                .hasMessageContaining(reason)
                .hasMessageEndingWith("in: " + pattern);
    }

    @Test
    void unknownKeyMessageListsTheKnownKeys() {
        assertThatThrownBy(() -> TokenPattern.compile("[tag=NOUN]"))
                .hasMessageContaining("known: ent, gaz, kind, lemma, lower, pos, word");
    }

    @Test
    void emptyPatternIsAnError() {
        assertThatThrownBy(() -> TokenPattern.compile("")).hasMessageContaining("empty sequence");
        assertThatThrownBy(() -> TokenPattern.compile("   ")).hasMessageContaining("empty sequence");
    }

    @Test
    void captureNamesAreListedInOrder() {
        TokenPattern p = TokenPattern.compile("(?<visitor>[ent=PERSON]+) [lemma=visit] (?<destination>[ent=LOCATION])");
        assertThat(p.captureNames()).containsExactly("visitor", "destination");
        assertThat(p.source()).startsWith("(?<visitor>");
    }

    // ---- matching ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", nullValues = "NULL", quoteCharacter = '"', textBlock = """
            [lemma=visit] => visit
            [word=Mongolia] => Mongolia
            [word=mongolia] => NULL
            [lower=mongolia] => Mongolia
            [LEMMA=visit] => visit
            [pos=VERB] => paid
            [lemma=pay] [pos=DET] [lower=state] [lemma=visit] => paid a state visit
            [lemma=pay] [pos=DET]? [lemma=visit] => NULL
            [lemma=pay] [pos=DET]? [pos=NOUN]? [lemma=visit] => paid a state visit
            [lemma=visit] [pos=DET]? [lower=to] => visit to
            [pos=PROPN]+ => President Tokayev
            [pos=PROPN]{1,1} => President
            [pos=PROPN]{2} => President Tokayev
            [pos=PROPN]{3} => NULL
            [pos=DET] []* [lemma=in] => a state visit to Mongolia in
            [pos=DET] []{0,2} [lemma=visit] => a state visit
            [pos=DET] []{0,1} [lemma=visit] => a state visit
            [pos=DET] []{0} [lemma=visit] => NULL
            [lower=state|official] [lemma=visit] => state visit
            [lower=/st.*/] [lemma=visit] => state visit
            [lower=/st/] => NULL
            [pos=NOUN & lemma!=state] => visit
            [pos!=PROPN & pos!=PUNCT] => paid
            [lemma=meet] | [lemma=pay] [pos=DET] => paid a
            ([lower=a] [lower=state]) | [lower=visit] => a state
            [ent=LOCATION] => Mongolia
            [ent=DATE & kind=VALUE] => October
            [kind=NOMINAL] [kind=NAME] => President Tokayev
            [gaz=country] => Mongolia
            [gaz=title] [ent=PERSON] => President Tokayev
            [gaz!=title & ent=PERSON] => Tokayev
            [ent=/LOC.*/] [lower=in] => Mongolia in
            [word=/\\./] => .
            """)
    void matchesTheLeftmostLongestSpan(String pattern, String expected) {
        assertThat(match(pattern, SENTENCE)).isEqualTo(expected);
    }

    @Test
    void capturesFillNamedSpans() {
        TokenPattern p = TokenPattern.compile(
                "(?<visitor>[ent=PERSON]+) [lemma=pay] [pos=DET]? [pos=NOUN]* [lemma=visit] [lower=to] (?<destination>[ent=LOCATION])"
                        + " ([lower=in] (?<date>[ent=DATE]))?");
        TokenPattern.Match m = p.find(SENTENCE, 0, -1);
        assertThat(m).isNotNull();
        assertThat(covered(SENTENCE, m.start(), m.end())).isEqualTo("President Tokayev paid a state visit to Mongolia in October");
        Map<String, int[]> caps = m.captures();
        assertThat(caps).containsOnlyKeys("visitor", "destination", "date");
        assertThat(caps.get("visitor")).containsExactly(0, 2);
        assertThat(caps.get("destination")).containsExactly(7, 8);
        assertThat(caps.get("date")).containsExactly(9, 10);
    }

    @Test
    void optionalCaptureThatDidNotMatchIsAbsent() {
        List<TokenView> ts = tokens("Tokayev/PROPN/Tokayev/PERSON visited/VERB/visit Mongolia/PROPN/Mongolia/LOCATION ./PUNCT/.");
        TokenPattern p = TokenPattern.compile("(?<visitor>[ent=PERSON]) [lemma=visit] (?<destination>[ent=LOCATION])"
                + " ([lower=in] (?<date>[ent=DATE]))?");
        TokenPattern.Match m = p.find(ts, 0, -1);
        assertThat(m).isNotNull();
        assertThat(m.captures()).containsOnlyKeys("visitor", "destination");
    }

    @Test
    void captureInsideARepeatKeepsTheLastIteration() {
        List<TokenView> ts = tokens("Kenya/PROPN and/CCONJ Uganda/PROPN and/CCONJ Rwanda/PROPN");
        TokenPattern p = TokenPattern.compile("[pos=PROPN] ([lower=and] (?<last>[pos=PROPN]))+");
        TokenPattern.Match m = p.find(ts, 0, -1);
        assertThat(m.end()).isEqualTo(5);
        assertThat(m.captures().get("last")).containsExactly(4, 5);
    }

    @Test
    void findStartsAtFromAndMustCoverTheGivenToken() {
        TokenPattern p = TokenPattern.compile("[pos=PROPN]+");
        TokenPattern.Match first = p.find(SENTENCE, 0, -1);
        assertThat(first.start()).isZero();
        assertThat(first.end()).isEqualTo(2);

        TokenPattern.Match later = p.find(SENTENCE, 2, -1);
        assertThat(covered(SENTENCE, later.start(), later.end())).isEqualTo("Mongolia");

        TokenPattern.Match covering = p.find(SENTENCE, 0, 9);
        assertThat(covering).as("'in' at index 8 is no PROPN; October at 9 is").isNotNull();
        assertThat(covered(SENTENCE, covering.start(), covering.end())).isEqualTo("October");

        assertThat(p.find(SENTENCE, 0, 5)).as("no PROPN run covers 'visit'").isNull();
        assertThat(p.find(SENTENCE, 8, 1)).as("a match must start at or before the covered token").isNull();
    }

    @Test
    void matchAtIsAnchored() {
        TokenPattern p = TokenPattern.compile("[lemma=visit] [lower=to]");
        assertThat(p.matchAt(SENTENCE, 4, -1)).isNull();
        TokenPattern.Match m = p.matchAt(SENTENCE, 5, -1);
        assertThat(m.start()).isEqualTo(5);
        assertThat(m.end()).isEqualTo(7);
    }

    @Test
    void emptyMatchesAreNotMatches() {
        assertThat(TokenPattern.compile("[lower=nothing]?").find(SENTENCE, 0, -1)).isNull();
        assertThat(TokenPattern.compile("[lemma=visit]").find(List.of(), 0, -1)).isNull();
    }

    @Test
    void nestedUnboundedRepeatsFinishOnLongInput() {
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            spec.append("a/X ");
        }
        spec.append("y/X");
        List<TokenView> ts = tokens(spec.toString());
        // catastrophic for a naive backtracker; the step limit must make it give up, not hang
        assertThat(TokenPattern.compile("([]*)* [word=x]").find(ts, 0, -1)).isNull();
        assertThat(TokenPattern.compile("([]*)* [word=y]").matchAt(ts, 60, -1)).isNotNull();
    }

    @Test
    void escapedSlashInsideRegex() {
        Token t = new Token(0, "24/7", 0, 4, "NUM", "24/7");
        List<TokenView> one = List.of(new TokenView(t, null, null, null));
        assertThat(TokenPattern.compile("[word=/\\d+\\/\\d+/]").find(one, 0, -1)).isNotNull();
    }

    @Test
    void tokenViewCopiesAndDefaultsGazetteerClasses() {
        Token t = new Token(0, "Mongolia", 0, 8, "PROPN", "Mongolia");
        assertThat(new TokenView(t, null, null, null).gazetteer()).isEmpty();
        java.util.Set<String> classes = new java.util.HashSet<>(Set.of("country"));
        TokenView v = new TokenView(t, "LOCATION", "NAME", classes);
        classes.add("city");
        assertThat(v.gazetteer()).containsExactly("country");
    }

    @Test
    void tokenRejectsAnInvertedSpanWithBothValues() {
        assertThatThrownBy(() -> new Token(0, "x", 5, 3, "X", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start=5").hasMessageContaining("end=3");
    }

    @Test
    void repeatOfOptionalBodyReachesItsMinimum() {
        List<TokenView> ts = tokens("a/X b/X");
        assertThat(match("([word=a]?){2} [word=b]", ts)).isEqualTo("a b");
        assertThat(match("([word=a]?){2} [word=b]", tokens("b/X"))).isEqualTo("b");
    }
}
