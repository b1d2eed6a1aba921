package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Document-level label consistency ("one sense per discourse", after Krishnan and Manning
 * 2006): a name written several times in one document names one thing, so it gets one type.
 * The name model is least reliable where a word's case and neighbours say little about it:
 * the first word of a sentence, a word after a quote, a headline in title case or capitals.
 * A model name in such a weak context takes the type that the document's other mentions of
 * the same string give it: those in strong contexts (rules and gazetteers always count as
 * strong, with weight 1; the model with its probability) when there are any, else the
 * weighted majority of all. A single-word name that is the last word of a person's full name
 * in the document ("Varga" after "Tomas Varga") counts that name's vote. Names found by rules
 * or gazetteers, and model names in strong contexts, are never changed; no span is added or
 * moved. Stateless and thread-safe; the model's probabilities come from the
 * {@link DocumentMemory}.
 */
final class LabelConsistency {

    /** Weight of a model name whose probability was not recorded (its span was reshaped after the model). */
    private static final double UNKNOWN_MODEL_WEIGHT = 0.5;

    /** One mention's say on the type of its string. */
    private record Vote(EntityType type, double weight, boolean strong) {
    }

    /**
     * The mentions of the parts of one document (a whole text, or the blocks of a column file
     * between two document starts), each list in its part's order, with the weak model names
     * retyped. Lists and mentions not changed are returned as given.
     */
    List<List<EntityMention>> apply(List<AnalyzedText> parts, List<List<EntityMention>> mentions, DocumentMemory memory) {
        Map<String, List<Vote>> votes = new HashMap<>();
        List<boolean[]> weak = new ArrayList<>(parts.size());
        boolean anyWeakModelName = false;
        for (int p = 0; p < parts.size(); p++) {
            AnalyzedText doc = parts.get(p);
            List<EntityMention> ms = mentions.get(p);
            boolean[] w = new boolean[ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                EntityMention m = ms.get(i);
                if (!counts(m)) {
                    continue;
                }
                boolean model = "model".equals(m.source());
                w[i] = model && weakContext(doc.sentences().get(m.sentence()), m.tokens().start());
                anyWeakModelName |= w[i];
                double weight = model ? modelWeight(memory, doc, m) : 1.0;
                Vote v = new Vote(m.type(), weight, !w[i]);
                votes.computeIfAbsent(key(m.text()), k -> new ArrayList<>()).add(v);
                if (m.type() == EntityType.PERSON && m.tokens().end() - m.tokens().start() > 1) {
                    Token last = doc.sentences().get(m.sentence()).token(m.tokens().end() - 1);
                    votes.computeIfAbsent(key(last.text()), k -> new ArrayList<>()).add(v);
                }
            }
            weak.add(w);
        }
        if (!anyWeakModelName) {
            return mentions;
        }
        List<List<EntityMention>> out = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            List<EntityMention> ms = mentions.get(p);
            List<EntityMention> changed = null;
            for (int i = 0; i < ms.size(); i++) {
                if (!weak.get(p)[i]) {
                    continue;
                }
                EntityMention m = ms.get(i);
                EntityType type = agreedType(votes.get(key(m.text())), m.type());
                if (type != m.type()) {
                    if (changed == null) {
                        changed = new ArrayList<>(ms);
                    }
                    changed.set(i, new EntityMention(m.sentence(), m.tokens(), m.start(), m.end(), m.text(), type, m.kind(), m.key(),
                            m.code(), m.source(), m.attributes()));
                }
            }
            out.add(changed == null ? ms : changed);
        }
        return out;
    }

    /** Names of the three name types take part; values and descriptions do not. */
    private static boolean counts(EntityMention m) {
        return m.kind() == MentionKind.NAME
                && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION);
    }

    /**
     * The type the votes give a weak mention of type {@code current}: the heaviest type among
     * the strong votes if there are any, else among all; {@code current} unless another type
     * weighs strictly more.
     */
    private static EntityType agreedType(List<Vote> votes, EntityType current) {
        Map<EntityType, Double> strong = new EnumMap<>(EntityType.class);
        Map<EntityType, Double> all = new EnumMap<>(EntityType.class);
        for (Vote v : votes) {
            all.merge(v.type(), v.weight(), Double::sum);
            if (v.strong()) {
                strong.merge(v.type(), v.weight(), Double::sum);
            }
        }
        Map<EntityType, Double> tally = strong.isEmpty() ? all : strong;
        EntityType best = current;
        double bestWeight = tally.getOrDefault(current, 0.0);
        for (Map.Entry<EntityType, Double> e : tally.entrySet()) {
            if (e.getValue() > bestWeight) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best;
    }

    private static double modelWeight(DocumentMemory memory, AnalyzedText doc, EntityMention m) {
        double p = memory.modelProbability(doc, m.start(), m.end());
        return Double.isNaN(p) ? UNKNOWN_MODEL_WEIGHT : p;
    }

    /** Case and spacing do not tell two writings of a name apart ("ELBONIA" in a headline, "Elbonia" below). */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * Where case and neighbours say little: at the start of a sentence (after any opening
     * punctuation), right after a quote, or anywhere in a headline (a line in capitals, or in
     * title case without a closing full stop).
     */
    static boolean weakContext(Sentence s, int token) {
        boolean initial = true;
        for (int i = 0; i < token; i++) {
            if (!s.token(i).isPunct()) {
                initial = false;
                break;
            }
        }
        return initial || token > 0 && isQuote(s.token(token - 1).text()) || isHeadline(s);
    }

    private static boolean isQuote(String t) {
        if (t.equals("``") || t.equals("''")) {
            return true;
        }
        if (t.length() != 1) {
            return false;
        }
        char c = t.charAt(0);
        int type = Character.getType(c);
        return c == '"' || c == '\'' || c == '`' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * A line in capitals (three words or more, no lower-case letter), or one without a
     * sentence-final mark whose longer words are mostly capitalised (a title-case headline).
     */
    static boolean isHeadline(Sentence s) {
        int words = 0;
        int lowerWords = 0;
        int longWords = 0;
        int capitalisedLongWords = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            boolean lower = false;
            for (int i = 0; i < w.length(); i++) {
                lower |= Character.isLowerCase(w.charAt(i));
            }
            if (lower) {
                lowerWords++;
            }
            if (w.length() > 3) {
                longWords++;
                if (t.isCapitalized()) {
                    capitalisedLongWords++;
                }
            }
        }
        if (words >= 3 && lowerWords == 0) {
            return true;
        }
        return !endsSentence(s) && longWords >= 3 && capitalisedLongWords * 10 >= longWords * 7;
    }

    private static boolean endsSentence(Sentence s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            String t = s.token(i).text();
            if (isQuote(t) || t.equals(")")) {
                continue;
            }
            char c = t.charAt(t.length() - 1);
            return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';';
        }
        return false;
    }
}
