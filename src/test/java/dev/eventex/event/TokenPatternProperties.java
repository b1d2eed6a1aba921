package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TokenPattern#find} skips start positions whose token no opening token test accepts: for any
 * pattern of the grammar (optional, repeated and empty-capable parts, alternatives, captures, negated
 * and wildcard tests) and any sentence, it finds what trying every start finds.
 */
class TokenPatternProperties {

    @Property(tries = 3000)
    void skippingStartsNoTestAcceptsFindsTheSameMatch(@ForAll("patterns") String pattern, @ForAll("sentences") String sentence,
                                                      @ForAll("positions") int from, @ForAll("positions") int cover) {
        TokenPattern p = TokenPattern.compile(pattern);
        List<TokenView> tokens = TokenPatternTest.tokens(sentence);
        int mustCover = cover % 3 == 0 ? -1 : cover;
        TokenPattern.Match expected = p.findTryingEveryStart(tokens, from, mustCover);
        TokenPattern.Match found = p.find(tokens, from, mustCover);
        String what = pattern + " on " + sentence + " from " + from + " covering " + mustCover;
        if (expected == null) {
            assertThat(found).as(what).isNull();
        } else {
            assertThat(found).as(what).isNotNull();
            assertThat(found.start()).as(what).isEqualTo(expected.start());
            assertThat(found.end()).as(what).isEqualTo(expected.end());
            assertThat(found.captures().keySet()).as(what).isEqualTo(expected.captures().keySet());
            expected.captures().forEach((name, span) -> assertThat(found.captures().get(name)).as(what + " " + name).containsExactly(span));
        }
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 7);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> token = Combinators.combine(Arbitraries.of("a", "b", "c", "D"), Arbitraries.of("NOUN", "VERB", "ADP"))
                .as((w, pos) -> w + "/" + pos);
        return token.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> patterns() {
        return alternatives(3);
    }

    private Arbitrary<String> alternatives(int depth) {
        return sequence(depth).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" | ", l));
    }

    private Arbitrary<String> sequence(int depth) {
        return item(depth).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
    }

    private Arbitrary<String> item(int depth) {
        Arbitrary<String> quantifier = Arbitraries.of("", "", "?", "*", "+", "{0,2}", "{1,2}", "{0,0}", "{2}");
        return Combinators.combine(atom(depth), quantifier).as((a, q) -> a + q);
    }

    private Arbitrary<String> atom(int depth) {
        Arbitrary<String> test = Arbitraries.of("[lower=a]", "[lower=b|c]", "[word=D]", "[pos=NOUN]", "[pos!=VERB]", "[]",
                "[lower=a & pos=ADP]", "[lower=/[bc]/]");
        if (depth <= 0) {
            return test;
        }
        Arbitrary<String> group = Arbitraries.lazy(() -> alternatives(depth - 1)).map(s -> "(" + s + ")");
        Arbitrary<String> capture = Combinators.combine(Arbitraries.of("x", "y"), Arbitraries.lazy(() -> alternatives(depth - 1)))
                .as((name, s) -> "(?<" + name + ">" + s + ")");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, test), net.jqwik.api.Tuple.of(2, group),
                net.jqwik.api.Tuple.of(1, capture));
    }
}
