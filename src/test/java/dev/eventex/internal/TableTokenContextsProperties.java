package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;

/**
 * {@link TableTokenContexts} against OpenNLP's {@link DefaultTokenContextGenerator}: at every
 * position of any token, its context is OpenNLP's with the features the table does not know left
 * out, each as the table's own instance, in OpenNLP's order (so a model's sums are the same).
 */
class TableTokenContextsProperties {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "Jr.", "&c.");

    @Property(tries = 300)
    void givesOpenNlpsKnownFeaturesInItsOrder(@ForAll("tokens") List<String> tokens, @ForAll long seed) {
        DefaultTokenContextGenerator plain = new DefaultTokenContextGenerator(ABBREVIATIONS);
        // the model knows a random half of the features these tokens have, and some others
        java.util.Random random = new java.util.Random(seed);
        Set<String> features = new LinkedHashSet<>(List.of("p1=bok", "p2=bok", "f2=bok", "cc", "pabb", "s=", "p="));
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                features.addAll(List.of(plain.getContext(token, i)));
            }
        }
        Map<String, Context> known = new HashMap<>();
        for (String f : features) {
            if (random.nextBoolean()) {
                known.put(f, new Context(new int[] {0}, new double[] {1}));
            }
        }
        FeatureTable table = FeatureTable.of(known);
        TableTokenContexts ours = new TableTokenContexts(ABBREVIATIONS, table);
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                List<String> expected = new ArrayList<>();
                for (String f : plain.getContext(token, i)) {
                    if (known.containsKey(f)) {
                        expected.add(f);
                    }
                }
                String[] got = ours.getContext(token, i);
                assertThat(got).containsExactlyElementsOf(expected);
                for (String f : got) {
                    assertThat(f).isSameAs(table.canonical(f));
                }
            }
        }
    }

    /** Tokens as the tokenizer meets them: words with punctuation, entities, abbreviations, non-ASCII. */
    @Provide
    Arbitrary<List<String>> tokens() {
        Arbitrary<String> random = Arbitraries.strings().withChars("aZ9.,'\"&;()[]-$%é\u2019\u00A0\u4E2D\u0130")
                .ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> typical = Arbitraries.of("Tarvo's", "(Elbonia)", "U.S.", "e.g.", "Jr.", "&amp;", "\"Velor,", "1,500.",
                "don't", "co-operation", "São", "İzmir", "$4.5bn", "x");
        return Arbitraries.oneOf(random, typical).list().ofMinSize(1).ofMaxSize(8);
    }
}
