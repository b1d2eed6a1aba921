package dev.eventex.normalize;

import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.Mention;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.Gazetteer;
import dev.eventex.entity.MentionKind;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage 3: normalizes mentions and groups them into one entity per referent. Deterministic:
 * dates resolve against the publication date only. Rules, in text order:
 * <ol>
 *   <li>gazetteer places and organizations join by canonical name (aliases and demonym
 *       phrases such as "the Mongolian side" join their country);</li>
 *   <li>a person name joins an earlier person whose name contains it or is contained in it
 *       ("Nurtleu" joins "Murat Nurtleu");</li>
 *   <li>a title description ("the Kazakh Foreign Minister", "the visiting minister", "the
 *       premier") joins the most recent person whose title and country agree with it, a holder
 *       known to be of its country first, title words read through {@code title-synonyms.tsv};
 *       a description followed by its name in apposition joins that name;</li>
 *   <li>"his Kyrgyz counterpart X" gives X the office of the person "his" stands for, in the
 *       demonym's country;</li>
 *   <li>a pronoun joins the most recent compatible person, preferring the subject of its own
 *       or the previous sentence.</li>
 * </ol>
 * Stateless and thread-safe; per-document state lives in one call.
 */
public final class EntityResolver {

    private final DateNormalizer dates = new DateNormalizer();
    private final Gazetteer gazetteer;
    private final Set<String> titleStopWords;
    /** "his Kyrgyz counterpart " right before a name (see {@link #counterpartOffice}). */
    private final java.util.regex.Pattern counterpart;
    private final DateReading dateReading;

    public EntityResolver(Gazetteer gazetteer, Lexicons lexicons) {
        this.titleStopWords = lexicons.get(Lexicons.TITLE_STOP_WORDS);
        this.counterpart = counterpartPattern(lexicons.get(Lexicons.POSSESSIVE_DETERMINERS), lexicons.get(Lexicons.COUNTERPART_NOUNS));
        this.dateReading = new DateReading(lexicons.get(Lexicons.FUTURE_AUXILIARIES), lexicons.get(Lexicons.PLAN_VERBS),
                lexicons.get(Lexicons.PAST_AUXILIARIES), lexicons.get(Lexicons.IRREGULAR_PAST), lexicons.get(Lexicons.PRESENT_BE));
        this.gazetteer = gazetteer;
    }

    private static final class Builder {
        final EntityType type;
        String name;
        String code;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<EntityMention> mentions = new ArrayList<>();
        String gender;
        int firstStart;

        Builder(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    /**
     * The value of a date mention, which joins {@code datesSoFar} (in text order): read by the
     * tense of its clause, or, for one counted in days from the date before it ("the following
     * day", "two days later": the recognizer's {@code dayOffset}), that date moved by its days;
     * the publication date when the text gave none before it, no value when the one before is
     * not a single day.
     */
    private String dateValue(AnalyzedText doc, EntityMention m, LocalDate anchor, List<String> datesSoFar) {
        String offset = m.attribute("dayOffset");
        String value;
        if (offset == null) {
            value = dates.normalize(m.text(), anchor, dateReading.of(doc.sentences().get(m.sentence()), m.tokens()));
        } else {
            String known = !datesSoFar.isEmpty() ? datesSoFar.get(datesSoFar.size() - 1) : anchor == null ? null : anchor.toString();
            value = dates.shift(known, Integer.parseInt(offset));
        }
        datesSoFar.add(value);
        return value;
    }

    /** Resolves the mentions of one document. */
    public ResolvedEntities resolve(AnalyzedText doc, List<EntityMention> mentions, LocalDate anchor) {
        String text = doc.text();
        Map<String, Builder> byKey = new HashMap<>();
        List<Builder> persons = new ArrayList<>();
        Map<EntityMention, Builder> link = new IdentityHashMap<>();
        List<Builder> all = new ArrayList<>();
        Map<Integer, EntityMention> firstPersonOfSentence = new HashMap<>();
        Map<EntityMention, EntityMention> deferred = new IdentityHashMap<>();
        List<String> datesSoFar = new ArrayList<>();

        for (EntityMention m : mentions) {
            Builder b = null;
            switch (m.kind()) {
                case VALUE -> {
                    // a date is read once, here, by the tense of its clause; events take this value
                    String value = m.type() == EntityType.DATE ? dateValue(doc, m, anchor, datesSoFar) : m.attribute("value");
                    String key = m.type() + ":" + (value != null ? value + "|" + m.attribute("currency") + "|" + m.attribute("unit") : m.text());
                    b = byKey.computeIfAbsent(key, k -> newBuilder(all, m.type(), m.text(), m));
                    if (value != null) {
                        b.attributes.put("value", value);
                    }
                    putIfPresent(b.attributes, "currency", m.attribute("currency"));
                    putIfPresent(b.attributes, "unit", m.attribute("unit"));
                }
                case NAME -> {
                    if (m.type() == EntityType.PERSON) {
                        b = matchPerson(persons, m);
                        if (b == null) {
                            b = newBuilder(all, EntityType.PERSON, m.text(), m);
                            persons.add(b);
                        } else if (m.text().length() > b.name.length() && m.text().contains(" ")) {
                            b.name = m.text();
                        }
                        mergeTitle(b, m);
                        counterpartOffice(text, mentions, m, b, link);
                    } else {
                        String key = m.type() + ":" + normalizeName(m.key() != null ? m.key() : withoutHonorific(m));
                        b = byKey.get(key);
                        if (b == null) {
                            b = newBuilder(all, m.type(), m.key() != null ? m.key() : m.text(), m);
                            byKey.put(key, b);
                        } else if (m.key() == null && m.text().length() > b.name.length()) {
                            b.name = m.text();
                        }
                        if (m.code() != null) {
                            b.code = m.code();
                        }
                    }
                }
                case NOMINAL -> {
                    if (m.type() == EntityType.PERSON) {
                        b = matchTitle(persons, m);
                        if (b == null) {
                            b = genericOfficeHolder(persons, m, firstPersonOfSentence, link);
                        }
                        if (b == null) {
                            EntityMention named = nameAfterTitle(text, mentions, m);
                            if (named != null) {
                                deferred.put(m, named); // "Minister of State for Culture K Tan"
                                break;
                            }
                        }
                        if (b == null) {
                            String name = m.text().replaceFirst("(?i)^the\\s+", "");
                            b = newBuilder(all, EntityType.PERSON, name, m);
                            b.attributes.put("nominal", "true");
                            persons.add(b);
                        }
                        mergeTitle(b, m);
                    } else if (m.key() != null && !m.key().startsWith("#")) {
                        String key = EntityType.LOCATION + ":" + normalizeName(m.key());
                        EntityMention mm = m;
                        b = byKey.computeIfAbsent(key, k -> newBuilder(all, EntityType.LOCATION, mm.key(), mm));
                        if (m.code() != null) {
                            b.code = m.code();
                        }
                    }
                }
                case PRONOUN -> {
                    EntityMention ahead = cataphoricAntecedent(text, mentions, m);
                    if (ahead != null) {
                        deferred.put(m, ahead); // "During his visit to Riga, Deputy Minister Seitkali met ..."
                        b = null;
                    } else {
                        EntityMention rel = relativeAntecedent(text, mentions, m);
                        Builder rb = rel == null ? null : link.get(rel);
                        b = rb != null && rb.type == EntityType.PERSON && compatible(rb, m.attribute("gender"))
                                ? rb : matchPronoun(persons, m, firstPersonOfSentence, link);
                    }
                }
                case GROUP -> b = null;
                default -> b = null;
            }
            if (b != null) {
                if (!b.mentions.contains(m)) {
                    b.mentions.add(m);
                }
                link.put(m, b);
                if (b.type == EntityType.PERSON) {
                    // the first person of a sentence (a resolved "he" included) is its likely subject
                    firstPersonOfSentence.putIfAbsent(m.sentence(), m);
                    if (m.kind() != MentionKind.PRONOUN) {
                        // recency: move to the end so the most recent person is last
                        persons.remove(b);
                        persons.add(b);
                    }
                }
                if (m.kind() == MentionKind.PRONOUN && b.gender == null) {
                    b.gender = m.attribute("gender");
                }
            }
        }
        deferred.forEach((pronoun, antecedent) -> {
            Builder target = link.get(antecedent);
            if (target != null) {
                target.mentions.add(pronoun);
                link.put(pronoun, target);
                if (pronoun.kind() == MentionKind.NOMINAL) {
                    mergeTitle(target, pronoun);
                }
            }
        });
        mergeCataphora(all, link);
        all.sort(java.util.Comparator.comparingInt(x -> x.firstStart));
        Map<Builder, Entity> built = new IdentityHashMap<>();
        List<Entity> entities = new ArrayList<>();
        int n = 1;
        for (Builder b : all) {
            if (b.mentions.isEmpty()) {
                continue;
            }
            List<Mention> ms = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            b.mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
            for (EntityMention m : b.mentions) {
                if (seen.add(m.start())) {
                    ms.add(new Mention(text.substring(m.start(), m.end()), m.start(), m.end()));
                }
            }
            if (b.type == EntityType.LOCATION && b.code != null && gazetteer.countryName(b.code) != null
                    && !b.code.equals(b.attributes.get("country"))) {
                if (!b.name.equals(gazetteer.countryName(b.code))) {
                    b.attributes.put("country", b.code);
                }
            }
            Entity e = new Entity("E" + n++, b.type, b.name, b.code, b.attributes, ms);
            entities.add(e);
            built.put(b, e);
        }
        Map<EntityMention, Entity> links = new IdentityHashMap<>();
        link.forEach((m, b) -> {
            Entity e = built.get(b);
            if (e != null) {
                links.put(m, e);
            }
        });
        return new ResolvedEntities(entities, mentions, links);
    }

    /**
     * A description that came before any matching name ("Chilean foreign minister to visit
     * Wellington" as a headline, the name in the next paragraph) joins the first named person
     * whose title and country agree with it.
     */
    private void mergeCataphora(List<Builder> all, Map<EntityMention, Builder> link) {
        for (Builder nominal : new ArrayList<>(all)) {
            if (nominal.type != EntityType.PERSON || !nominal.attributes.containsKey("nominal")) {
                continue;
            }
            String title = nominal.attributes.get("title");
            if (title == null) {
                continue;
            }
            Set<String> want = titleWords(title);
            String country = nominal.attributes.get("country");
            for (Builder named : all) {
                if (named == nominal || named.type != EntityType.PERSON || named.attributes.containsKey("nominal")
                        || named.attributes.get("title") == null) {
                    continue;
                }
                String theirCountry = named.attributes.get("country");
                if (country != null && theirCountry != null && !country.equals(theirCountry)) {
                    continue;
                }
                if (holds(named.attributes.get("title"), want)) {
                    named.mentions.addAll(nominal.mentions);
                    named.firstStart = Math.min(named.firstStart, nominal.firstStart);
                    for (EntityMention m : nominal.mentions) {
                        link.put(m, named);
                    }
                    nominal.mentions.clear();
                    break;
                }
            }
        }
    }

    /**
     * A possessive pronoun at the very start of a sentence, before any person of that
     * sentence, looks ahead: "During his visit to Riga, Deputy Minister Seitkali also met ..."
     * refers to the subject that follows the fronted phrase, not to the previous sentence. A
     * person inside that phrase is never its antecedent: in "During his meeting with Minister
     * Velor, President Osso said" the one who met Velor is Osso.
     */
    private static EntityMention cataphoricAntecedent(String text, List<EntityMention> mentions, EntityMention p) {
        String w = p.text().toLowerCase(Locale.ROOT);
        if (!(w.equals("his") || w.equals("her")) || p.tokens().start() > 8) {
            return null;
        }
        for (EntityMention m : mentions) {
            if (m.sentence() == p.sentence() && m.type() == EntityType.PERSON && m.start() < p.start()) {
                return null; // a person already named in this sentence: an ordinary backward reference
            }
        }
        // the fronted phrase ends at a comma; a person before it is inside the phrase, and without one
        // ("His visit to Riga included talks with X") the pronoun refers back
        for (EntityMention m : mentions) {
            if (m.sentence() != p.sentence() || m.start() <= p.end() || m.type() != EntityType.PERSON
                    || !(m.kind() == MentionKind.NAME || m.kind() == MentionKind.NOMINAL)) {
                continue;
            }
            int close = text.lastIndexOf(',', m.start());
            if (close > p.end() && wordsIn(text.substring(close + 1, m.start())) <= 8) {
                return m; // the main clause's subject, titles before it included ("..., Prime Minister of X Ana Velor met")
            }
        }
        return null;
    }

    private static int wordsIn(String span) {
        String between = span.strip();
        return between.isEmpty() ? 0 : between.split("\\s+").length;
    }

    /** ", who showed his interest during his meeting with ...": a relative clause about the person before it, up to the pronoun. */
    private static final java.util.regex.Pattern WHO_CLAUSE = java.util.regex.Pattern.compile("(?s)\\s*,\\s*who\\s[^,;:.()\"\u201C\u201D]*");

    /**
     * A singular pronoun inside a relative clause opened by ", who" right after a person's name
     * or description refers to that person, not to the subject of the sentence: "Ann Lee sent a
     * gift to Tom Reed, who praised her during his meeting with the envoy" ("his" is Reed's).
     * Null when the pronoun is not in such a clause.
     */
    private static EntityMention relativeAntecedent(String text, List<EntityMention> mentions, EntityMention p) {
        String w = p.text().toLowerCase(Locale.ROOT);
        if (!(w.equals("his") || w.equals("her") || w.equals("he") || w.equals("she") || w.equals("him"))) {
            return null;
        }
        EntityMention before = null;
        for (EntityMention m : mentions) {
            if (m.sentence() == p.sentence() && m.end() <= p.start() && m.type() == EntityType.PERSON
                    && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.NOMINAL) && (before == null || m.end() > before.end())) {
                before = m;
            }
        }
        if (before == null) {
            return null;
        }
        return WHO_CLAUSE.matcher(text.substring(before.end(), p.start())).matches() ? before : null;
    }

    /**
     * "his Kyrgyz counterpart ", "her counterpart, " just before a name: a possessive of one
     * person, up to two words, then a counterpart noun ({@code lexicons/counterpart-nouns.txt}).
     */
    private static java.util.regex.Pattern counterpartPattern(Set<String> possessives, Set<String> nouns) {
        return java.util.regex.Pattern.compile("(?i)\\b(?:" + alternatives(possessives) + ")\\s+(?:[\\p{L}.-]+\\s+){0,2}(?:"
                + alternatives(nouns) + ")\\s*,?\\s*$");
    }

    private static String alternatives(Set<String> words) {
        return words.stream().sorted().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * "X met his Kyrgyz counterpart Almaz Beksultan": a counterpart holds the same office as the
     * person the possessive names, in the country of the demonym before the word, so the name
     * gets that title and country when it has none of its own.
     */
    private void counterpartOffice(String text, List<EntityMention> mentions, EntityMention m, Builder b,
                                          Map<EntityMention, Builder> link) {
        int from = Math.max(0, m.start() - 60);
        java.util.regex.Matcher cm = counterpart.matcher(text.substring(from, m.start()));
        if (!cm.find()) {
            return;
        }
        int at = from + cm.start();
        Builder partner = null;
        String country = null;
        for (EntityMention o : mentions) {
            if (o.sentence() != m.sentence() || o.start() < at || o.start() >= m.start()) {
                continue;
            }
            if (o.kind() == MentionKind.PRONOUN && o.start() == at) {
                partner = link.get(o);
            } else if (o.type() == EntityType.LOCATION && o.code() != null && o.code().length() == 2) {
                country = o.code();
            }
        }
        // without the demonym the counterpart's country is unknown, and an office without it would
        // make the name answer for descriptions of the partner's country
        if (partner != null && partner != b && country != null && !country.equals(partner.attributes.get("country"))
                && partner.attributes.containsKey("title") && !b.attributes.containsKey("country")) {
            b.attributes.putIfAbsent("title", partner.attributes.get("title"));
            b.attributes.put("country", country);
        }
    }

    /** What may stand between a title and the name it opens: " for External Affairs and Trade ". */
    private static final java.util.regex.Pattern TITLE_TO_NAME = java.util.regex.Pattern.compile(
            "\\s+(?:(?:for|of)\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*|and|the|&)\\s+){1,8})?");

    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile("\\s*,\\s*");
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^the\\s+");
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A name in apposition ends its phrase: a comma, a full stop or the end follows ("..., Ann Lee said" is no apposition). */
    private static boolean closesApposition(String text, int end) {
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k >= text.length() || text.charAt(k) == ',' || text.charAt(k) == '.' || text.charAt(k) == ';' || text.charAt(k) == '\n';
    }

    /**
     * A title the recognizer could not attach to its name ("Minister of State for External
     * Affairs V Kumar") opens the person name that follows it directly in the same sentence,
     * with at most a "for/of ..." portfolio between them.
     */
    private static EntityMention nameAfterTitle(String text, List<EntityMention> mentions, EntityMention t) {
        for (EntityMention m : mentions) {
            if (m.start() < t.end() || m.sentence() != t.sentence()) {
                continue;
            }
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME
                    && TITLE_TO_NAME.matcher(text.substring(t.end(), m.start())).matches()) {
                return m;
            }
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME
                    && APPOSITION.matcher(text.substring(t.end(), m.start())).matches() && closesApposition(text, m.end())) {
                return m; // "the premier of Moldova, Dorin Popa, said": the name in apposition is the one described
            }
            String between = text.substring(t.end(), m.start());
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && COMPLEMENT_APPOSITION.matcher(between).matches()
                    && closesApposition(text, m.end())) {
                return m; // "the new envoy to the region, Ana Velor, visited": the office's complement ends before the name
            }
            if (m.type() != EntityType.PERSON && m.kind() == MentionKind.NAME && COMPLEMENT_OPEN.matcher(between).matches()) {
                continue; // "the ambassador to Elbonia, Ann Lee": a place or body inside the complement
            }
            return null; // only the very next mention
        }
        return null;
    }

    /** An office's short complement ("to the region", "for Elbonia") and the comma before the name in apposition. */
    private static final java.util.regex.Pattern COMPLEMENT_APPOSITION = java.util.regex.Pattern.compile(
            "\\s+(?:to|for|in|at|on)(?:\\s+[\\p{L}\\p{N}.'’&-]+){1,6}\\s*,\\s*");

    /** The start of such a complement, before a place or body named in it. */
    private static final java.util.regex.Pattern COMPLEMENT_OPEN = java.util.regex.Pattern.compile(
            "\\s+(?:to|for|in|at|on)(?:\\s+[\\p{L}\\p{N}.'’&-]+){0,5}\\s+");

    /**
     * "The French leader": a demonym with an office word that fits any head of a side joins the
     * one named person of that country; with none known, the named recent subject of the text
     * when that person has no other country. A bare "the head of state" joins only a titled subject. Never a description or a second candidate.
     */
    private Builder genericOfficeHolder(List<Builder> persons, EntityMention m, Map<Integer, EntityMention> firstPersonOfSentence,
                                        Map<EntityMention, Builder> link) {
        String country = m.attribute("country");
        if (!gazetteer.isGenericOffice(m.attribute("title"))) {
            return null;
        }
        Builder same = null;
        for (Builder b : country == null ? List.<Builder>of() : persons) {
            if (!b.attributes.containsKey("nominal") && country.equals(b.attributes.get("country"))) {
                if (same != null) {
                    return null;
                }
                same = b;
            }
        }
        if (same != null) {
            return same;
        }
        for (int s = m.sentence(); s >= Math.max(0, m.sentence() - 2); s--) {
            EntityMention first = firstPersonOfSentence.get(s);
            if (first == null || first.start() > m.start()) {
                continue;
            }
            Builder b = link.get(first);
            if (b == null || b.attributes.containsKey("nominal")
                    || (country != null ? b.attributes.get("country") != null : b.attributes.get("title") == null)) {
                return null;
            }
            return b;
        }
        return null;
    }

    private static Builder newBuilder(List<Builder> all, EntityType type, String name, EntityMention first) {
        Builder b = new Builder(type, name);
        b.firstStart = first.start();
        if (first.code() != null) {
            b.code = first.code();
        }
        all.add(b);
        return b;
    }

    private static void putIfPresent(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static void mergeTitle(Builder b, EntityMention m) {
        String title = m.attribute("title");
        if (title != null && (!b.attributes.containsKey("title") || title.length() > b.attributes.get("title").length())) {
            b.attributes.put("title", title);
        }
        String country = m.attribute("country");
        if (country != null) {
            b.attributes.putIfAbsent("country", country);
        }
    }

    /**
     * An organization named after a person is written with or without the person's honorific
     * ("Sir Ana Berg Foundation", later "the Ana Berg Foundation"): the key leaves it out.
     */
    private String withoutHonorific(EntityMention m) {
        String t = m.text();
        int sp = t.indexOf(' ');
        return m.type() == EntityType.ORGANIZATION && sp > 0 && t.indexOf(' ', sp + 1) > 0 && gazetteer.isHonorific(t.substring(0, sp))
                ? t.substring(sp + 1) : t;
    }

    static String normalizeName(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(LEADING_THE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
    }

    private static List<String> nameTokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : normalizeName(s).split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Builder matchPerson(List<Builder> persons, EntityMention m) {
        List<String> mine = nameTokens(m.text());
        for (int i = persons.size() - 1; i >= 0; i--) {
            Builder b = persons.get(i);
            if (b.attributes.containsKey("nominal")) {
                continue;
            }
            List<String> theirs = nameTokens(b.name);
            if (theirs.containsAll(mine) || mine.containsAll(theirs)) {
                return b;
            }
        }
        return null;
    }

    private Set<String> titleWords(String title) {
        Set<String> out = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[\\s\\-–,]+")) {
            if (!w.isEmpty() && !titleStopWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * True when a holder's title has every word a description asks for, a word also counting
     * when the holder has the words it stands for ("the premier" asks what "Prime Minister"
     * has). One way only: a provincial "Premier" does not answer "the Prime Minister".
     */
    private boolean holds(String holderTitle, Set<String> want) {
        Set<String> theirs = titleWords(holderTitle);
        for (String w : want) {
            if (!theirs.contains(w) && !theirs.containsAll(titleWords(gazetteer.titleWordMeaning(w)))) {
                return false;
            }
        }
        return true;
    }

    private Builder matchTitle(List<Builder> persons, EntityMention m) {
        String title = m.attribute("title");
        if (title == null) {
            return null;
        }
        Set<String> want = titleWords(title);
        String country = m.attribute("country");
        if (country == null && want.size() <= 1) {
            // a bare "the Minister" names the story's main office holder of that title, not just the latest one;
            // an honorific alone ("His Excellency's visit") names the story's main office holder
            Builder best = null;
            for (Builder b : persons) {
                String theirTitle = b.attributes.get("title");
                if (theirTitle != null && !b.attributes.containsKey("nominal") && holds(theirTitle, want)
                        && (best == null || b.mentions.size() > best.mentions.size()
                        || b.mentions.size() == best.mentions.size() && b.firstStart < best.firstStart)) {
                    best = b;
                }
            }
            if (best != null) {
                return best;
            }
        }
        // a holder known to be of the description's country first ("a senior Iranian minister" is the
        // Iranian minister named earlier, not a more recent minister of no known country)
        for (boolean strict : country != null ? new boolean[] {true, false} : new boolean[] {false}) {
            for (int i = persons.size() - 1; i >= 0; i--) {
                Builder b = persons.get(i);
                String theirTitle = b.attributes.get("title");
                if (theirTitle == null) {
                    continue;
                }
                String theirCountry = b.attributes.get("country");
                if (country != null && (strict ? !country.equals(theirCountry) : theirCountry != null && !country.equals(theirCountry))) {
                    continue;
                }
                if (holds(theirTitle, want)) {
                    return b;
                }
            }
        }
        return null;
    }

    private static Builder matchPronoun(List<Builder> persons, EntityMention p, Map<Integer, EntityMention> firstPersonOfSentence,
                                        Map<EntityMention, Builder> link) {
        String gender = p.attribute("gender");
        // same sentence: the subject (first person mention) if it precedes the pronoun
        EntityMention subj = firstPersonOfSentence.get(p.sentence());
        if (subj != null && subj.start() < p.start()) {
            Builder b = link.get(subj);
            if (b != null && compatible(b, gender)) {
                return b;
            }
        }
        for (int s = p.sentence() - 1; s >= Math.max(0, p.sentence() - 3); s--) {
            EntityMention first = firstPersonOfSentence.get(s);
            if (first != null) {
                Builder b = link.get(first);
                if (b != null && compatible(b, gender)) {
                    return b;
                }
            }
        }
        for (int i = persons.size() - 1; i >= 0; i--) {
            if (compatible(persons.get(i), gender)) {
                return persons.get(i);
            }
        }
        return null;
    }

    private static boolean compatible(Builder b, String gender) {
        return b.gender == null || gender == null || b.gender.equals(gender);
    }
}
