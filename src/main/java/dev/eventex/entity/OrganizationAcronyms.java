package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Unexplained acronyms as organizations: in news, a capitalised abbreviation that no
 * gazetteer, rule or model names ("KPLC said", "a loan from the ZNFU") is far more often a
 * company, agency, party or club than anything else. Abbreviations that name other things
 * ("CEO", "GDP", "NGOs": {@code gazetteers/non-organization-acronyms.txt}), currency codes and
 * Roman numerals are left alone, and the name model's organization guess on one of those is
 * dropped. Lines without a lower-case letter (all-caps headlines) are left to the re-cased
 * reading, where every word looks like an acronym, and a place written in capitals
 * ("ALGIERS -") stays a place. An ordinary word written in capitals ("Serves FREE breakfast",
 * {@code lexicons/lower-case-words.txt}) is emphasis, as web text writes it, and no acronym,
 * whether this source or the name model would take it. Stateless and thread-safe.
 */
final class OrganizationAcronyms implements MentionSource {

    /**
     * Two to five capitals (with "&"), optionally a plural "s": "KPLC", "S&P", "NGOs". Longer
     * words in capitals are more often shouted words or names than unexplained acronyms.
     */
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z&]{1,4}s?");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    /** A letter or number after the acronym makes it a designation: a squad ("SFC B"), a model ("XR 6"), a meeting ("COP 28"). */
    private static final Pattern DESIGNATION = Pattern.compile("[A-Z]|\\d+");

    private final Gazetteer gazetteer;
    private final Predicate<String> currency;
    /** Lower-case function words ("and", "in"): written in capitals they are shouting, no acronym. */
    private final Set<String> functionWords;
    /** Short words written in lower case ("free", "never"): in capitals they are emphasis too. */
    private final Set<String> lowerCaseWords;

    OrganizationAcronyms(Gazetteer gazetteer, Predicate<String> currency, Set<String> functionWords, Set<String> lowerCaseWords) {
        this.gazetteer = gazetteer;
        this.currency = currency;
        this.functionWords = functionWords;
        this.lowerCaseWords = lowerCaseWords;
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        return apply(c.doc, c.sentence, layer, c.memory);
    }

    /**
     * The layer of one sentence with unexplained acronyms added and listed non-organizations
     * removed, and those the document spelled out as something else ({@code memory}).
     */
    List<EntityMention> apply(AnalyzedText doc, Sentence s, List<EntityMention> layer, DocumentMemory memory) {
        if (!hasLowerCase(s)) {
            return layer;
        }
        List<EntityMention> out = new ArrayList<>(layer.size());
        boolean[] taken = new boolean[s.size()];
        for (EntityMention m : layer) {
            if (m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION && m.tokens().length() == 1) {
                String w = s.token(m.tokens().start()).text();
                if ("model".equals(m.source()) && SHAPE.matcher(w).matches() && (!organizationShaped(w) || emphasis(w, doc, memory))) {
                    continue; // "AI", "GDP", "NEVER" guessed as an organization
                }
                if (memory.isOtherAcronym(w)) {
                    continue; // "CEC" after "the Chief Election Commissioner (CEC)": the office, whatever lists say
                }
            }
            out.add(m);
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                taken[i] = true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text();
            if (!taken[i] && SHAPE.matcher(w).matches() && organizationShaped(w) && !memory.isOtherAcronym(w) && !gazetteer.isName(w)
                    && !gazetteer.isName(w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT)) && !codeOrAmount(s, i)
                    && !shouted(s, i, taken, emphasis(w, doc, memory))) {
                out.add(EntityRecognizer.mention(doc, s, i, i + 1, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "acronym",
                        Map.of()));
            }
        }
        return out;
    }

    /**
     * "HK$ 40", "KF-21", "SEA-ME-WE", "FC B": letters before a currency sign, glued to a hyphen
     * or slash, or followed by a single letter or a number are a currency prefix, a code or a
     * designation (a squad, a model, a numbered meeting), no organization to take part in events.
     */
    private boolean codeOrAmount(Sentence s, int i) {
        Token t = s.token(i);
        if (i + 1 < s.size()) {
            Token next = s.token(i + 1);
            if (currency.test(next.text()) || next.start() == t.end() && isJoiner(next.text().charAt(0))
                    || DESIGNATION.matcher(next.text()).matches()) {
                return true;
            }
        }
        if (i == 0 || s.token(i - 1).end() != t.start()) {
            return false;
        }
        String prev = s.token(i - 1).text();
        return isJoiner(prev.charAt(prev.length() - 1));
    }

    /**
     * "STILL IN DRAFT FORM", "5x OPTICAL LENS", "420 MMBTU": a function or ordinary word in capitals, a
     * word in a run of capitalised words that no mention explains, or a word after a number is
     * emphasis, a heading or a unit.
     */
    private boolean shouted(Sentence s, int i, boolean[] taken, boolean emphasis) {
        if (emphasis || functionWords.contains(s.token(i).lower())) {
            return true;
        }
        if (i > 0 && s.token(i - 1).text().chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return i > 0 && !taken[i - 1] && allCaps(s.token(i - 1).text()) || i + 1 < s.size() && !taken[i + 1] && allCaps(s.token(i + 1).text());
    }

    private static boolean allCaps(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                && w.chars().anyMatch(Character::isLetter);
    }

    /**
     * An ordinary word in capitals that no gazetteer knows as a name ("FREE", not "WHO") and that
     * the document does not define in parentheses ("the Unity Party (UP)" makes "UP" a name).
     */
    private boolean emphasis(String w, AnalyzedText doc, DocumentMemory memory) {
        return lowerCaseWords.contains(w.toLowerCase(java.util.Locale.ROOT)) && !gazetteer.isName(w)
                && !memory.wordCase(doc).isParenthesised(w);
    }

    /** Hyphens, slashes and dashes, which glue codes together ("KF-21", "C/TFN"). */
    private static boolean isJoiner(char c) {
        return c == '-' || c == '/' || c == '\u2013';
    }

    /** An acronym that may name an organization: not listed, no currency, no Roman numeral. */
    private boolean organizationShaped(String w) {
        return !gazetteer.isNonOrganizationAcronym(w) && !currency.test(w) && !ROMAN.matcher(w).matches();
    }

    private static boolean hasLowerCase(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.text();
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLowerCase(w.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
