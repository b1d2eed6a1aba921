package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Money keeps its scale whatever the number: "$1.8 million" is 1,800,000 in every sentence
 * frame (the sentence detector once cut "$1.8 | million" in some contexts). Each try runs a
 * full extraction, so tries are few but the numbers and frames vary.
 */
class AmountProperties {

    private static final List<String> FRAMES = List.of(
            "The embassy donated 12 ambulances worth %s to the health ministry.",
            "Officials said the grant of %s to the province would arrive soon.",
            "The two countries aim to raise trade to %s by 2030.",
            "A donation worth %s was handed over to the hospital on Monday.");

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("999.9")).ofScale(1);
    }

    @Property(tries = 40)
    void moneyWithAScaleWordKeepsTheScale(@ForAll("numbers") BigDecimal n, @ForAll("scales") String scale,
                                          @ForAll("frames") String frame) {
        String written = "$" + n.stripTrailingZeros().toPlainString() + " " + scale;
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t", String.format(frame, written)));
        BigDecimal expected = n.multiply(scale.equals("million") ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000_000_000));
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.MONEY)
                .extracting(e -> new BigDecimal(e.attributes().get("value")))
                .anySatisfy(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Provide
    Arbitrary<String> scales() {
        return Arbitraries.of("million", "billion");
    }

    @Provide
    Arbitrary<String> frames() {
        return Arbitraries.of(FRAMES);
    }
}
