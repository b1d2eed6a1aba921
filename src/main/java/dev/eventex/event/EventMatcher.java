package dev.eventex.event;

import dev.eventex.api.EntityType;
import dev.eventex.api.Tense;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.internal.Lexicons;
import dev.eventex.normalize.DateHeader;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Syntax;
import dev.eventex.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 4a: finds the triggers of the compiled rules in each sentence and fires them: the trigger-level
 * gates and the rule's tense constraints ({@link EventGates}), role filling ({@link RoleFiller}, finders by name in
 * {@link RoleFinders}), then the event type's constraints. Immutable and thread-safe; all per-document state lives in one call.
 */
public final class EventMatcher {

    /** Prefix marking an item phrase that refers back to an earlier mention ("the vehicles"). */
    static final String ANAPHORIC = "\u0000anaphoric:";

    private final List<EventRule> rules;
    private final Map<String, List<EventRule>> byLemma = new HashMap<>();
    private final List<EventRule> phraseOrPatternRules = new ArrayList<>();
    private final Lexicons lexicons;
    private final EventGates gates;

    /** A matcher of these rules, for the packaged event types. */
    public EventMatcher(List<EventRule> rules, Lexicons lexicons) {
        this(rules, lexicons, EventTypes.packaged());
    }

    /** A matcher of these rules, whose event types (constraints, list policy) are {@code types}. */
    public EventMatcher(List<EventRule> rules, Lexicons lexicons, EventTypes types) {
        this.gates = new EventGates(types);
        this.lexicons = lexicons;
        this.rules = List.copyOf(rules);
        for (EventRule r : rules) {
            for (String l : r.lemmas()) {
                byLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
            }
            if (!r.phrases().isEmpty() || (r.lemmas().isEmpty() && r.pattern() != null)) {
                phraseOrPatternRules.add(r);
            }
        }
    }

    public List<EventRule> rules() {
        return rules;
    }

    /** Finds all rule firings in a document that has no publication stamp. */
    public List<EventMention> match(AnalyzedText doc, ResolvedEntities resolved, LocalDate anchor) {
        return match(doc, resolved, anchor, null);
    }

    /**
     * Finds all rule firings in a document that has no publication stamp; {@code parser} gives a
     * sentence its dependency tree when a finder first asks for it (null: only the trees the
     * sentences carry are used).
     */
    public List<EventMention> match(AnalyzedText doc, ResolvedEntities resolved, LocalDate anchor,
                                    java.util.function.Function<Sentence, Syntax> parser) {
        return match(doc, resolved, anchor, null, parser, ExplainTrace.OFF);
    }

    /**
     * As {@link #match(AnalyzedText, ResolvedEntities, LocalDate, java.util.function.Function)}, for
     * a document whose publication stamp is {@code stamp} (null: none; a date inside it dates no
     * event), reporting its decisions to {@code trace}.
     */
    public List<EventMention> match(AnalyzedText doc, ResolvedEntities resolved, LocalDate anchor, DateHeader.Stamp stamp,
                                    java.util.function.Function<Sentence, Syntax> parser, ExplainTrace trace) {
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        for (EntityMention m : resolved.mentions()) {
            if (stamp != null && m.type() == EntityType.DATE && stamp.overlaps(m.start(), m.end())) {
                continue; // the publication stamp run into a headline dates no event of it
            }
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        DocumentFocus focus = DocumentFocus.of(resolved);
        List<EventMention> out = new ArrayList<>();
        SentenceContext previous = null;
        for (Sentence original : doc.sentences()) {
            String raw = doc.slice(original.start(), original.end());
            if (raw.contains("://") || raw.contains("www.")) {
                continue; // a link line ("https://.../saudi-arabia-allocates-grant-to-iraq") states nothing
            }
            SentenceContext ctx = new SentenceContext(original, bySentence.getOrDefault(original.index(), List.of()), resolved, lexicons,
                    parser);
            Sentence s = ctx.sentence;
            // each token lower-cased once: the phrase rules compare every position of the sentence
            String[] lower = new String[s.size()];
            for (int i = 0; i < s.size(); i++) {
                lower[i] = s.token(i).lower();
            }
            for (int i = 0; i < s.size(); i++) {
                List<EventRule> rs = byLemma.get(s.token(i).lemma());
                if (rs == null) {
                    rs = byLemma.get(lower[i]);
                }
                if (rs != null) {
                    for (EventRule r : rs) {
                        if (r.pos().isEmpty() || r.pos().contains(s.token(i).pos())) {
                            fire(doc, ctx, previous, focus, r, i, i + 1, anchor, out, trace);
                        }
                    }
                }
            }
            for (EventRule r : phraseOrPatternRules) {
                for (List<String> phrase : r.phrases()) {
                    for (int i = 0; i + phrase.size() <= s.size(); i++) {
                        if (phraseAt(s, lower, i, phrase) && (r.pos().isEmpty() || r.pos().contains(s.token(i).pos()))) {
                            fire(doc, ctx, previous, focus, r, i, i + phrase.size(), anchor, out, trace);
                        }
                    }
                }
                if (r.lemmas().isEmpty() && r.phrases().isEmpty()) {
                    TokenPattern.Match m = r.pattern().find(ctx.views, 0, -1);
                    if (m != null) {
                        int[] trig = m.captures().getOrDefault("trigger", new int[] {m.start(), m.end()});
                        fire(doc, ctx, previous, focus, r, trig[0], trig[1], anchor, out, trace);
                    }
                }
            }
            previous = ctx;
        }
        return out;
    }

    /** Whether {@code phrase} is written at token {@code i}, word by word as a lower-cased token or a lemma. */
    private static boolean phraseAt(Sentence s, String[] lower, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            String p = phrase.get(k);
            if (!lower[i + k].equals(p) && !s.token(i + k).lemma().equals(p)) {
                return false;
            }
        }
        return true;
    }

    private void fire(AnalyzedText doc, SentenceContext ctx, SentenceContext previous, DocumentFocus focus, EventRule rule,
                      int tStart, int tEnd, LocalDate anchor, List<EventMention> out, ExplainTrace trace) {
        boolean anchored = rule.pattern() != null && !(rule.lemmas().isEmpty() && rule.phrases().isEmpty());
        TokenPattern.Match early = null;
        if (trace.on() && anchored) {
            early = rule.pattern().find(ctx.views, 0, tStart);
            if (early == null) {
                return; // explain lists only triggers the rule's pattern matched; the cheap gates below come first otherwise
            }
        }
        trace.trigger(rule, ctx, tStart, tEnd);
        if (EventGates.triggerRejected(ctx, previous, rule, tStart, tEnd, trace)) {
            return;
        }
        Token trig = ctx.token(tStart);
        Map<String, int[]> captures = Map.of();
        if (anchored) {
            TokenPattern.Match m = early != null ? early : rule.pattern().find(ctx.views, 0, tStart);
            if (m == null) {
                return; // the rule does not match here at all: not a rejected trigger
            }
            captures = m.captures();
        } else if (rule.pattern() != null) {
            TokenPattern.Match m = rule.pattern().find(ctx.views, 0, tStart);
            captures = m == null ? Map.of() : m.captures();
        }
        boolean passive = TenseDetector.isPassive(ctx, tStart);
        // a noun dated in its own phrase keeps that date's tense against the sentence's verbs
        Tense tense = trig.pos().equals("VERB") ? null : TenseDetector.ownDateTense(ctx, tStart, tEnd, anchor);
        if (tense == null) {
            tense = TenseDetector.relativeClauseTense(ctx, tStart);
        }
        if (tense == null) {
            tense = TenseDetector.tense(ctx, tStart, tEnd, anchor);
        }
        if (tense == null && !ctx.token(tStart).pos().equals("VERB")) {
            tense = TenseDetector.sentenceTense(ctx, tStart);
        }
        if (tense == null && rule.requireTenses().contains(Tense.PLANNED) && tStart > 0 && ctx.token(tStart - 1).lower().equals("to")
                && trig.lower().equals(trig.lemma())) {
            tense = Tense.PLANNED; // an infinitive states an aim: "the goal set by the Presidents to increase trade"
        }
        if (tense == null && !rule.requireTenses().isEmpty()) {
            tense = TenseDetector.absoluteTense(ctx, tStart, anchor); // "..., with the others raising a further $4bn"
        }
        if (rule.tense() != null) {
            tense = rule.tense(); // the rule states when: "invited X for talks" asks for talks still to come
        }
        if (!rule.requireTenses().isEmpty() && (tense == null || !rule.requireTenses().contains(tense))) {
            trace.rejectTense(tense);
            return;
        }
        if (tense != null && rule.rejectTenses().contains(tense)) {
            trace.rejectTense(tense);
            return; // "exports grew to $9 billion" reports a figure; it states no target
        }
        Map<String, RoleValue> roles = new LinkedHashMap<>();
        RoleFiller.fill(new MatchContext(doc, ctx, previous, focus, rule, tStart, tEnd, passive, anchor, out, roles), captures, trace);
        PreviousDates.borrow(doc.text(), ctx, previous, rule, gates.dateRole(rule), tense, roles, trace);
        if (tense == Tense.ONGOING && anchor != null) {
            roles.put(EarlierDates.UNDER_WAY_AT, new RoleValue.Date(new dev.eventex.api.DateValue("now", anchor.toString())));
        }
        int before = out.size();
        for (Map<String, RoleValue> one : Listed.expand(roles)) {
            gates.emit(doc, ctx, rule, tStart, tEnd, anchor, tense, one, out, trace);
        }
        trace.emitted(out, before);
    }

    /** Sorting helper for tests and explain output. */
    static final Comparator<EventMention> BY_POSITION = Comparator.comparingInt(EventMention::triggerStart);
}
