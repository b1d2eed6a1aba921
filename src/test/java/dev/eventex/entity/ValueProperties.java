package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Money as a property of value × scale × currency notation × sentence frame: whatever the
 * number, the amount is one MONEY mention with the full value and the ISO code. Runs the value
 * recognizer alone on hand-tokenized sentences (no models), so thousands of cases are cheap.
 */
class ValueProperties {

    private static final ValueRecognizer VALUES = new ValueRecognizer(Currencies.load(ModelSource.classpath()), Lexicons.load(ModelSource.classpath()));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,'-]*(?<![.,])|\\S");

    /** How an amount is written: a symbol or code before the number, or a currency word after it. */
    record Notation(String before, String after, String code) {
    }

    /** A scale word and what it multiplies by. */
    record Scale(String word, long factor, boolean spaced) {
    }

    private static final List<String> FRAMES = List.of(
            "The embassy donated 12 ambulances worth %s to the health ministry.",
            "Officials said the grant of %s would reach the province in May.",
            "%s was pledged by the fund for new schools.",
            "They aim to raise bilateral trade to %s by 2030, the minister said.",
            "A donation of %s, the largest so far, was handed over on Monday.");

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("999.9")).ofScale(1),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("99.99")).ofScale(2),
                Arbitraries.integers().between(1, 999).map(BigDecimal::valueOf));
    }

    @Provide
    Arbitrary<Scale> scales() {
        return Arbitraries.of(
                new Scale("million", 1_000_000L, true), new Scale("billion", 1_000_000_000L, true),
                new Scale("thousand", 1_000L, true), new Scale("m", 1_000_000L, false),
                new Scale("mn", 1_000_000L, false), new Scale("bn", 1_000_000_000L, false),
                new Scale("crore", 10_000_000L, true), new Scale("", 1L, false));
    }

    @Provide
    Arbitrary<Notation> notations() {
        return Arbitraries.of(
                new Notation("$", "", "USD"), new Notation("US$", "", "USD"), new Notation("USD ", "", "USD"),
                new Notation("€", "", "EUR"), new Notation("£", "", "GBP"), new Notation("KSh ", "", "KES"),
                new Notation("", " dollars", "USD"), new Notation("", " euros", "EUR"), new Notation("", " yen", "JPY"),
                new Notation("", " US dollars", "USD"), new Notation("", " tenge", "KZT"));
    }

    @Provide
    Arbitrary<String> frames() {
        return Arbitraries.of(FRAMES);
    }

    @Property(tries = 3000)
    void everyAmountKeepsItsValueScaleAndCurrency(@ForAll("numbers") BigDecimal n, @ForAll("scales") Scale scale,
                                                  @ForAll("notations") Notation notation, @ForAll("frames") String frame) {
        String number = n.toPlainString();
        String scaled = scale.word().isEmpty() ? number : number + (scale.spaced() ? " " : "") + scale.word();
        String written = notation.before() + scaled + notation.after();
        String sentence = String.format(frame, written);

        List<EntityMention> money = moneyIn(sentence);

        assertThat(money).as(sentence).hasSize(1);
        EntityMention m = money.get(0);
        assertThat(m.text()).as(sentence).isEqualTo(written);
        assertThat(m.attribute("currency")).as(sentence).isEqualTo(notation.code());
        assertThat(new BigDecimal(m.attribute("value"))).as(sentence)
                .isEqualByComparingTo(n.multiply(BigDecimal.valueOf(scale.factor())));
    }

    @Property(tries = 1000)
    void thousandsSeparatorsAreReadAsOneNumber(@ForAll("groups") List<Integer> groups, @ForAll("frames") String frame) {
        StringBuilder sb = new StringBuilder(String.valueOf(groups.get(0)));
        StringBuilder plain = new StringBuilder(String.valueOf(groups.get(0)));
        for (int g : groups.subList(1, groups.size())) {
            sb.append(',').append(String.format("%03d", g));
            plain.append(String.format("%03d", g));
        }
        String sentence = String.format(frame, "$" + sb);

        List<EntityMention> money = moneyIn(sentence);

        assertThat(money).as(sentence).singleElement()
                .satisfies(m -> assertThat(new BigDecimal(m.attribute("value"))).isEqualByComparingTo(new BigDecimal(plain.toString())));
    }

    @Provide
    Arbitrary<List<Integer>> groups() {
        return Combinators.combine(Arbitraries.integers().between(1, 999),
                        Arbitraries.integers().between(0, 999).list().ofMinSize(1).ofMaxSize(4))
                .as((head, tail) -> {
                    List<Integer> all = new ArrayList<>();
                    all.add(head);
                    all.addAll(tail);
                    return all;
                });
    }

    private static List<EntityMention> moneyIn(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(sentence);
        while (t.find()) {
            tokens.add(new Token(tokens.size(), t.group(), t.start(), t.end(), "X", t.group().toLowerCase()));
        }
        Sentence s = new Sentence(0, 0, sentence.length(), tokens);
        AnalyzedText doc = new AnalyzedText(sentence, List.of(s));
        return VALUES.find(doc, s).stream().filter(m -> m.type() == EntityType.MONEY).toList();
    }
}
