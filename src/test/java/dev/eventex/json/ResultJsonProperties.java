package dev.eventex.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Amount;
import dev.eventex.api.Argument;
import dev.eventex.api.CustomEvent;
import dev.eventex.api.DateValue;
import dev.eventex.api.Document;
import dev.eventex.api.DocumentInfo;
import dev.eventex.api.Donation;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.Event;
import dev.eventex.api.Evidence;
import dev.eventex.api.Explanation;
import dev.eventex.api.RejectReason;
import dev.eventex.api.RejectedTrigger;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.Mention;
import dev.eventex.api.ProcessingError;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.TradeGoal;
import dev.eventex.api.Visit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code read(write(r)).equals(r)} for results that vary in every field: strings with quotes,
 * escapes, control and non-BMP characters, numbers of any scale, doubles of any digits,
 * optional fields present or absent, events of every type including rule-defined ones; and
 * for real extractions of generated news sentences.
 */
class ResultJsonProperties {

    private final ResultJson json = new ResultJson();

    @Property(tries = 300)
    void generatedResultsReadBackEqual(@ForAll("results") ExtractionResult r) {
        String line = json.toLine(r);
        ExtractionResult back = json.read(line);
        assertThat(back).isEqualTo(r);
        assertThat(json.toLine(back)).isEqualTo(line);
        assertThat(json.read(json.toPretty(r))).isEqualTo(r);
    }

    @Property(tries = 25)
    void extractionsOfGeneratedNewsReadBackEqual(@ForAll("news") String text, @ForAll("dates") LocalDate date) {
        ExtractionResult r = SharedExtractor.defaults().extract(new Document("g", text, date, null));
        assertThat(json.read(json.toLine(r))).isEqualTo(r);
    }

    // ---- generated news -------------------------------------------------------------------------

    @Provide
    Arbitrary<String> news() {
        Arbitrary<String> person = Combinators.combine(Arbitraries.of("Minister", "President", "Foreign Minister", "Ambassador"),
                Arbitraries.of("Tomas", "Anna", "Kofi", "Mei", "Ravi", "Lucia"), Arbitraries.of("Varga", "Lindqvist", "Mensah", "Okafor", "Tanaka"))
                .as((t, f, l) -> t + " " + f + " " + l);
        Arbitrary<String> country = Arbitraries.of("Kenya", "Chile", "Norway", "Vietnam", "Ghana", "Peru", "Japan");
        Arbitrary<String> sentence = Combinators.combine(person, country, country, Arbitraries.integers().between(2, 900),
                Arbitraries.of(0, 1, 2, 3)).as((p, c1, c2, n, frame) -> switch (frame) {
                    case 0 -> p + " arrived in " + c1 + " on Monday on an official visit.";
                    case 1 -> p + " of " + c1 + " met with the foreign minister of " + c2 + " in the capital on Tuesday.";
                    case 2 -> c1 + " and " + c2 + " aim to raise bilateral trade to $" + n + " million by 2030.";
                    default -> c1 + " donated " + n + " ambulances to the health ministry of " + c2 + " last week.";
                });
        return sentence.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    // ---- generated records ----------------------------------------------------------------------

    private static Arbitrary<String> strings() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('"', '\\', '/', '\n', '\t', '\u0000', '\u001f',
                '\u00e9', '\u2028', '\u4e2d', '\ufeff').ofMaxLength(12);
        // non-BMP characters are surrogate pairs, which a char range cannot give
        return Combinators.combine(plain, Arbitraries.of("", "\uD83D\uDE00", "\uD835\uDC00"), plain).as((a, b, c) -> a + b + c);
    }

    private static <T> Arbitrary<T> optional(Arbitrary<T> a) {
        return a.injectNull(0.3);
    }

    private static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(22).negate(), BigInteger.TEN.pow(22)),
                Arbitraries.integers().between(-6, 9)).as(BigDecimal::new);
    }

    private static Arbitrary<Double> confidences() {
        // every double of [0, 1] with 53 bits, not only short decimals
        return Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 0.88, 0.1 + 0.2),
                Arbitraries.longs().between(0, 1L << 53).map(l -> l / (double) (1L << 53)));
    }

    private static Arbitrary<int[]> spans() {
        return Arbitraries.integers().between(0, 100_000).map(s -> new int[] {s});
    }

    private static Arbitrary<Evidence> evidenceItem() {
        return Combinators.combine(strings(), spans()).as((t, s) -> new Evidence(t, s[0], s[0] + t.length()));
    }

    private static Arbitrary<Argument> arguments() {
        return Combinators.combine(strings(), strings(), optional(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4)),
                Arbitraries.of(EntityType.class)).as(Argument::new);
    }

    private static Arbitrary<DateValue> dateValues() {
        return Combinators.combine(strings(), optional(strings())).as(DateValue::new);
    }

    private static Arbitrary<Amount> amounts() {
        return Combinators.combine(strings(), optional(decimals()), optional(Arbitraries.of("USD", "KES", "EUR")),
                optional(Arbitraries.of("tons", "books"))).as(Amount::new);
    }

    private static Arbitrary<Explanation> explanations() {
        Arbitrary<Explanation.Firing> firing = Combinators.combine(Arbitraries.of("visit.arrive", "meeting.met"), strings(), spans())
                .as((rule, t, s) -> new Explanation.Firing(rule, t, s[0], s[0] + t.length()));
        Arbitrary<Explanation.RoleSource> source = Combinators.combine(Arbitraries.of("subject", "after", "pattern"),
                optional(Arbitraries.of("visit.arrive")), optional(Arbitraries.integers().between(0, 2)), optional(strings()), spans(),
                optional(strings())).as((finder, rule, idx, t, s, note) -> t == null
                ? new Explanation.RoleSource(finder, rule, idx, null, null, null, note)
                : new Explanation.RoleSource(finder, rule, idx, t, s[0], s[0] + t.length(), note));
        Arbitrary<Map<String, List<Explanation.RoleSource>>> roles = Arbitraries.maps(Arbitraries.of("visitor", "participants", "date"),
                source.list().ofMinSize(1).ofMaxSize(2)).ofMaxSize(3).map(m -> (Map<String, List<Explanation.RoleSource>>) new LinkedHashMap<>(m));
        Arbitrary<Explanation.Confidence> confidence = Combinators.combine(Arbitraries.of("visit.arrive"), confidences(),
                Arbitraries.of("visitor", "host").list().ofMaxSize(2), Arbitraries.integers().between(1, 4), confidences())
                .as((rule, base, unlinked, n, value) -> new Explanation.Confidence(rule, base, unlinked, 0.9, n, 0.03, 0.99, value));
        return optional(Combinators.combine(firing.list().ofMaxSize(3), optional(roles), optional(confidence)).as(Explanation::new));
    }

    private static Arbitrary<RejectedTrigger> rejectedTriggers() {
        Arbitrary<String[]> why = Combinators.combine(strings(), optional(strings()), optional(strings()), optional(Arbitraries.of("V1", "M2")))
                .as((detail, role, word, into) -> new String[] {detail, role, word, into});
        return Combinators.combine(Arbitraries.of("visit.arrive", "meeting.met"), Arbitraries.of("Visit", "Meeting"), strings(), spans(),
                Arbitraries.of(RejectReason.class), why)
                .as((rule, type, t, s, reason, w) -> new RejectedTrigger(rule, type, t, s[0], s[0] + t.length(), reason, w[0], w[1], w[2], w[3]));
    }

    /** The fields every event has: id, evidence, confidence, tense, explanation. */
    private record Common(String id, List<Evidence> evidence, double confidence, Tense tense, Explanation explanation) {
    }

    private static Arbitrary<Common> common() {
        return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4), evidenceItem().list().ofMinSize(1).ofMaxSize(3),
                confidences(), optional(Arbitraries.of(Tense.class)), explanations()).as(Common::new);
    }

    private static Arbitrary<Event> visits() {
        return Combinators.combine(common(), arguments(), arguments(), optional(arguments()), optional(dateValues()),
                optional(strings()), optional(strings())).as((c, v, d, h, date, kind, purpose) ->
                new Visit(c.id(), c.evidence(), c.confidence(), c.tense(), c.explanation(), v, d, h, date, kind, purpose));
    }

    private static Arbitrary<Event> meetings() {
        return Combinators.combine(common(), arguments().list().ofMinSize(2).ofMaxSize(4), optional(arguments()), optional(dateValues()),
                optional(strings().list().ofMaxSize(3))).as((c, parts, loc, date, topics) ->
                new Meeting(c.id(), c.evidence(), c.confidence(), c.tense(), c.explanation(), parts, loc, date, topics));
    }

    private static Arbitrary<Event> tradeGoals() {
        return Combinators.combine(common(), arguments().list().ofMinSize(1).ofMaxSize(3), amounts(), optional(strings()),
                optional(arguments().list().ofMaxSize(2)), optional(dateValues())).as((c, parties, target, metric, setBy, deadline) ->
                new TradeGoal(c.id(), c.evidence(), c.confidence(), c.tense(), c.explanation(), parties, target, metric, setBy, deadline));
    }

    private static Arbitrary<Event> donations() {
        Arbitrary<Object[]> optionals = Combinators.combine(optional(strings()), optional(decimals()), optional(amounts()),
                optional(arguments()), optional(dateValues())).as((item, q, value, behalf, date) -> new Object[] {item, q, value, behalf, date});
        return Combinators.combine(common(), arguments(), arguments(), optionals).as((c, donor, recipient, o) ->
                new Donation(c.id(), c.evidence(), c.confidence(), c.tense(), c.explanation(), donor, recipient, (String) o[0],
                        (BigDecimal) o[1], (Amount) o[2], (Argument) o[3], (DateValue) o[4]));
    }

    /** Role values whose JSON shape names their type (see CustomEvent on text-only objects). */
    private static Arbitrary<Object> roleValues() {
        Arbitrary<Object> one = Arbitraries.oneOf(arguments().map(a -> a),
                Combinators.combine(strings(), strings()).as((t, v) -> (Object) new DateValue(t, v)),
                Combinators.combine(strings(), decimals(), optional(Arbitraries.of("USD", "NOK")), optional(Arbitraries.of("tons")))
                        .as((t, v, c, u) -> (Object) new Amount(t, v, c, u)),
                strings().map(s -> s), decimals().map(d -> d));
        return Arbitraries.oneOf(one, one.list().ofMaxSize(3).map(l -> l));
    }

    private static Arbitrary<Event> customEvents() {
        Arbitrary<Map<String, Object>> roles = Arbitraries.maps(Arbitraries.of("parties", "location", "signedOn", "worth", "count", "notes", "tags"),
                roleValues()).ofMaxSize(5).map(m -> (Map<String, Object>) new LinkedHashMap<>(m));
        return Combinators.combine(common(), Arbitraries.of("Agreement", "Election", "Protest"), roles).as((c, type, r) ->
                new CustomEvent(type, c.id(), c.evidence(), c.confidence(), c.tense(), c.explanation(), r));
    }

    private static Arbitrary<Entity> entities() {
        Arbitrary<Mention> mention = Combinators.combine(strings(), spans()).as((t, s) -> new Mention(t, s[0], s[0] + t.length()));
        Arbitrary<Map<String, String>> attributes = Arbitraries.maps(Arbitraries.of("title", "country", "value", "currency"), strings()).ofMaxSize(3);
        return Combinators.combine(Arbitraries.integers().between(1, 99).map(i -> "E" + i), Arbitraries.of(EntityType.class), strings(),
                optional(Arbitraries.of("KE", "NO", "CL")), attributes, mention.list().ofMinSize(1).ofMaxSize(3)).as(Entity::new);
    }

    @Provide
    Arbitrary<ExtractionResult> results() {
        Arbitrary<DocumentInfo> doc = Combinators.combine(strings(), optional(strings()),
                optional(dates().map(LocalDate::toString)), Arbitraries.integers().between(0, 1_000_000)).as(DocumentInfo::new);
        Arbitrary<Event> event = Arbitraries.oneOf(visits(), meetings(), tradeGoals(), donations(), customEvents());
        Arbitrary<ProcessingError> error = Combinators.combine(Arbitraries.of("TIMEOUT", "INVALID_ENCODING"), strings()).as(ProcessingError::new);
        return Combinators.combine(doc, entities().list().ofMaxSize(3), event.list().ofMaxSize(4),
                        optional(rejectedTriggers().list().ofMaxSize(3)), error.list().ofMaxSize(2))
                .as((d, ents, evs, rejected, errs) -> new ExtractionResult(ExtractionResult.SCHEMA_VERSION, d, ents, evs, rejected, errs));
    }
}
