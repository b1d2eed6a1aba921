package dev.eventex.normalize;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document-level repairs of the sentence-level mentions, before coreference:
 * <ul>
 *   <li>a later bare surname or given name of a person already named in the document
 *       ("Lehtonen met ...") becomes a person mention even when the name finder missed it;</li>
 *   <li>"His Excellency", "Her Majesty" are honorifics, not pronouns;</li>
 *   <li>a "name" that is only a title ("H.E.", "Adviser") is dropped;</li>
 *   <li>"the two sides" holds no quantity;</li>
 *   <li>a person name in a title-case headline loses the headline words glued after it
 *       ("Varga Arrives in Riga": the person is "Varga");</li>
 *   <li>a name that is only part of a demonym ("Central" of "Central African") is dropped;</li>
 *   <li>"the UN representative" describes a person, the holder of that office;</li>
 *   <li>a person name run on over a spaced dash into a role or a pronoun ("Ana Velor - Analyst",
 *       "Ana Velor - she is ...") ends before the dash;</li>
 *   <li>a common word that opens a sentence and is read as a place by its capital only ("Nice
 *       people ...") is no place;</li>
 *   <li>an organization after a capitalised "The" inside a sentence ("told The Daily Velmoran")
 *       starts at "The";</li>
 *   <li>an organization whose first word is hyphenated ("the Inter-Velmoran Bank", "the
 *       Tarvo-Osk Institute") starts at that word, not after its hyphen.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class MentionRepair {

    private final dev.eventex.entity.Gazetteer gazetteer;
    private final Set<String> honorificHeads;
    private final Set<String> lowerCaseWords;
    private final Set<String> roles;
    private final Set<String> pronouns;

    public MentionRepair(dev.eventex.entity.Gazetteer gazetteer, Lexicons lexicons) {
        this.honorificHeads = lexicons.get(Lexicons.HONORIFIC_HEADS);
        this.lowerCaseWords = lexicons.get(Lexicons.LOWER_CASE_WORDS);
        this.roles = lexicons.get(Lexicons.SIGNATURE_ROLES);
        this.pronouns = lexicons.get(Lexicons.PERSONAL_PRONOUNS);
        this.gazetteer = gazetteer;
    }

    public List<EntityMention> repair(AnalyzedText doc, List<EntityMention> mentions) {
        mentions = cutHeadlineWords(doc, mentions);
        mentions = withHyphenatedFirstWord(doc, mentions);
        List<EntityMention> out = new ArrayList<>(mentions.size() + 8);
        Set<Long> covered = new HashSet<>();
        Map<Integer, boolean[]> titleTokens = new java.util.HashMap<>();
        Map<Integer, List<dev.eventex.entity.Gazetteer.Match>> namesBySentence = new java.util.HashMap<>();
        for (EntityMention m : mentions) {
            if (m.kind() == MentionKind.NAME && m.key() == null && insideDemonym(doc, m, namesBySentence)) {
                continue; // "Central" of "the Central African Prime Minister" names nothing on its own
            }
            if (m.kind() == MentionKind.NAME && m.type() != EntityType.LOCATION) {
                Sentence s = doc.sentences().get(m.sentence());
                boolean[] tt = titleTokens.computeIfAbsent(m.sentence(), k -> {
                    boolean[] b = new boolean[s.size()];
                    for (dev.eventex.entity.Gazetteer.Match t : gazetteer.findTitles(s)) {
                        for (int i = t.start(); i < t.end(); i++) {
                            b[i] = true;
                        }
                    }
                    return b;
                });
                // looked up once per sentence, not once per mention
                for (dev.eventex.entity.Gazetteer.Match g : namesBySentence.computeIfAbsent(m.sentence(), k -> gazetteer.findNames(s))) {
                    if (g.start() == m.tokens().start() && g.end() == m.tokens().end()
                            && g.first().kind() == dev.eventex.entity.GazetteerEntry.Kind.DEMONYM) {
                        tt = null; // "Philippine" is an adjective, not an organization
                        break;
                    }
                }
                if (tt == null) {
                    continue;
                }
                boolean allTitle = true;
                for (int i = m.tokens().start(); i < m.tokens().end() && allTitle; i++) {
                    allTitle = tt[i];
                }
                if (allTitle) {
                    continue;
                }
                if (m.type() == EntityType.ORGANIZATION) {
                    m = withCapitalisedThe(doc, s, m);
                }
                if (m.type() == EntityType.PERSON) {
                    m = withoutLeadingTitle(doc, s, m, tt);
                    m = withoutDashedRole(doc, s, m, tt, roles, pronouns);
                }
            }
            if (m.kind() == MentionKind.NAME && m.type() == EntityType.LOCATION
                    && commonWordOpening(doc.sentences().get(m.sentence()), m, lowerCaseWords, gazetteer)) {
                continue;
            }
            if (m.type() == EntityType.QUANTITY && m.tokens().start() > 0 && m.text().chars().allMatch(Character::isLetter)) {
                String before = doc.sentences().get(m.sentence()).token(m.tokens().start() - 1).lower();
                if (before.equals("the") || before.equals("both") || before.equals("these") || before.equals("those")) {
                    continue; // "the two sides" counts the parties already named; it is no quantity
                }
            }
            if (m.kind() == MentionKind.PRONOUN) {
                Sentence s = doc.sentences().get(m.sentence());
                int next = m.tokens().end();
                if (next < s.size() && honorificHeads.contains(s.token(next).lower())) {
                    continue;
                }
            }
            out.add(m);
            if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.VALUE) {
                for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                    covered.add(key(m.sentence(), i));
                }
            }
        }
        Set<String> nameParts = new HashSet<>();
        int next = 0;
        List<EntityMention> persons = new ArrayList<>();
        for (EntityMention m : out) {
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                persons.add(m);
            }
        }
        persons.sort(Comparator.comparingInt(EntityMention::start));
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                while (next < persons.size() && persons.get(next).end() <= t.start()) {
                    for (String part : persons.get(next).text().split("[\\s]+")) {
                        if (part.length() >= 3 && Character.isUpperCase(part.codePointAt(0))) {
                            nameParts.add(part);
                        }
                    }
                    next++;
                }
                if (t.isProperNoun() && t.text().length() >= 3 && nameParts.contains(t.text())
                        && !covered.contains(key(s.index(), t.index()))) {
                    out.add(new EntityMention(s.index(), new TokenSpan(t.index(), t.index() + 1), t.start(), t.end(), t.text(),
                            EntityType.PERSON, MentionKind.NAME, null, null, "coref", Map.of()));
                }
            }
        }
        out.addAll(organizationOffices(doc, mentions));
        out.sort(Comparator.comparingInt(EntityMention::start).thenComparing(m -> -m.end()));
        return out;
    }

    /**
     * "Chief Ann Lee", "Security Service Chief Ann Lee" read as one name: the office words are
     * the person's title, not part of the name, so the name starts after the last title word
     * when at least two capitalised words follow it (a later bare "Chief" must not be taken for
     * this person, and the exact name is what is compared). Words before the title, if any, must
     * be capitalised too (an office's institution). The title read becomes the mention's title
     * when it has none.
     */
    static EntityMention withoutLeadingTitle(AnalyzedText doc, Sentence s, EntityMention m, boolean[] titleToken) {
        int start = m.tokens().start();
        int end = m.tokens().end();
        int last = -1;
        for (int i = start; i < end - 2; i++) {
            if (titleToken[i] && !titleToken[i + 1]) {
                last = i;
            }
        }
        if (last < 0) {
            return m;
        }
        for (int i = last + 1; i < end; i++) {
            if (titleToken[i] || !s.token(i).isCapitalized() || s.token(i).isPunct()) {
                return m;
            }
        }
        for (int i = start; i < last; i++) {
            if (!s.token(i).isCapitalized() || s.token(i).isPunct()) {
                return m;
            }
        }
        int from = last + 1;
        int cs = s.token(from).start();
        Map<String, String> attrs = new java.util.HashMap<>(m.attributes());
        attrs.putIfAbsent("title", doc.slice(m.start(), s.token(last).end()));
        return new EntityMention(m.sentence(), new TokenSpan(from, end), cs, m.end(), doc.slice(cs, m.end()),
                m.type(), m.kind(), m.key(), m.code(), m.source(), attrs);
    }

    /**
     * An organization right after "The" written with its capital inside a sentence (after a
     * lower-case word: "told The Daily Velmoran", "a study by The Tarvo Institute") starts at
     * "The": English capitalises the article mid-sentence only where it belongs to the name, as
     * newspapers and some bodies write it. After a capitalised word (a title-case headline) or at
     * the start of a sentence the capital says nothing, and the name stays as found.
     */
    static EntityMention withCapitalisedThe(AnalyzedText doc, Sentence s, EntityMention m) {
        int start = m.tokens().start();
        if (start < 2 || !s.token(start - 1).text().equals("The") || !lowerCaseWord(s.token(start - 2).text())) {
            return m;
        }
        int cs = s.token(start - 1).start();
        return new EntityMention(m.sentence(), new TokenSpan(start - 1, m.tokens().end()), cs, m.end(), doc.slice(cs, m.end()),
                m.type(), m.kind(), m.key(), m.code(), m.source(), m.attributes());
    }

    private static boolean lowerCaseWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Mail signatures and team lists write a person's role after the name with a spaced dash
     * ("Ana Velor - Analyst", one per line or comma), and the name finder runs the name on over
     * it; a note after a name does the same with a pronoun ("Ana Velor - she is in ..."). The
     * name ends before the dash when the word after it is a title ({@code titleToken}), a role
     * word ({@code lexicons/signature-roles.txt}) or a personal pronoun in lower case. A dash
     * inside a name ("Kofi Tarvo - Velor", "Ri Sol - van") is followed by a name word, none of these;
     * a role cuts only when nothing but role words follows it and a name word stands before the
     * dash ("Lt - General Ana Velor" and "Attorney - General" are titles written with a dash).
     */
    static EntityMention withoutDashedRole(AnalyzedText doc, Sentence s, EntityMention m, boolean[] titleToken,
                                           Set<String> roles, Set<String> pronouns) {
        int start = m.tokens().start();
        int end = m.tokens().end();
        for (int i = start + 1; i < end - 1; i++) {
            String w = s.token(i).text();
            if (!(w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014"))) {
                continue;
            }
            Token next = s.token(i + 1);
            if (next.text().equals(next.lower()) && pronouns.contains(next.lower())) {
                return cut(doc, s, m, i);
            }
            // the rest of the run is the role alone, and a name word stands before the dash
            // ("Lt - General Ana Velor" is a title with a dash; "Attorney - General" a title alone)
            boolean roleOnly = true;
            for (int k = i + 1; k < end && roleOnly; k++) {
                roleOnly = (titleToken != null && titleToken[k]) || roles.contains(s.token(k).lower());
            }
            boolean nameBefore = false;
            for (int k = start; k < i && !nameBefore; k++) {
                nameBefore = !(titleToken != null && titleToken[k]) && !roles.contains(s.token(k).lower());
            }
            if (roleOnly && nameBefore) {
                return cut(doc, s, m, i);
            }
        }
        return m;
    }

    private static EntityMention cut(AnalyzedText doc, Sentence s, EntityMention m, int i) {
        int ce = s.token(i - 1).end();
        return new EntityMention(m.sentence(), new TokenSpan(m.tokens().start(), i), m.start(), ce, doc.slice(m.start(), ce),
                m.type(), m.kind(), m.key(), m.code(), m.source(), m.attributes());
    }

    /**
     * Every sentence capitalises its first word, so a common word that opens it may match a
     * place of the gazetteers or look like a name to the model ("Nice people ...", "Split
     * decisions ..."). A one-word place that opens the sentence is dropped when the word is one
     * English writes in lower case ({@code lexicons/lower-case-words.txt}), it is not written
     * in capitals, and a lower-case word follows that is no verb (the place as a subject: "Nice
     * is ...") and no place head ("Nice airport").
     */
    static boolean commonWordOpening(Sentence s, EntityMention m, Set<String> lowerCaseWords,
                                     dev.eventex.entity.Gazetteer gazetteer) {
        if (m.tokens().start() != 0 || m.tokens().length() != 1 || s.size() < 2) {
            return false;
        }
        Token t = s.token(0);
        if (!t.isCapitalized() || t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)) || !lowerCaseWords.contains(t.lower())) {
            return false;
        }
        Token next = s.token(1);
        if (next.text().isEmpty() || !Character.isLowerCase(next.text().codePointAt(0)) || next.isVerbLike()) {
            return false;
        }
        String head = Character.toUpperCase(next.text().charAt(0)) + next.text().substring(1);
        return !gazetteer.isPlaceHead(head);
    }

    /** A name found by the model that is only part of a longer demonym of the gazetteer. */
    private boolean insideDemonym(AnalyzedText doc, EntityMention m,
                                  Map<Integer, List<dev.eventex.entity.Gazetteer.Match>> namesBySentence) {
        Sentence s = doc.sentences().get(m.sentence());
        for (dev.eventex.entity.Gazetteer.Match g : namesBySentence.computeIfAbsent(m.sentence(), k -> gazetteer.findNames(s))) {
            if (g.start() <= m.tokens().start() && g.end() >= m.tokens().end() && g.end() - g.start() > m.tokens().length()
                    && g.first().kind() == dev.eventex.entity.GazetteerEntry.Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the UN representative", "the WHO Director-General": an organization's name before a title
     * describes that office holder, as a demonym does ("the Kenyan minister"), so the phrase
     * becomes a description coreference can join to the person holding the title. Not when a
     * name follows the title, which then opens that name ("the UN envoy Ann Lee").
     */
    private List<EntityMention> organizationOffices(AnalyzedText doc, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>();
        Map<Integer, List<dev.eventex.entity.Gazetteer.Match>> titlesBySentence = new java.util.HashMap<>();
        Set<Long> personStarts = new HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                personStarts.add(key(m.sentence(), m.tokens().start()));
            }
        }
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || m.kind() != MentionKind.NAME || m.tokens().start() == 0) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            if (!s.token(m.tokens().start() - 1).lower().equals("the")) {
                continue;
            }
            for (dev.eventex.entity.Gazetteer.Match t : titlesBySentence.computeIfAbsent(m.sentence(), k -> gazetteer.findTitles(s))) {
                if (t.start() != m.tokens().end() || personStarts.contains(key(s.index(), t.end()))) {
                    continue;
                }
                int first = m.tokens().start() - 1;
                int start = s.token(first).start();
                int end = s.token(t.end() - 1).end();
                String title = doc.slice(s.token(t.start()).start(), end);
                out.add(new EntityMention(s.index(), new TokenSpan(first, t.end()), start, end, doc.slice(start, end),
                        EntityType.PERSON, MentionKind.NOMINAL, null, null, "rule", Map.of("title", title)));
                break;
            }
        }
        return out;
    }

    /**
     * In a title-case headline every long word is capitalised, so the name finder runs a name on
     * into the verb after it ("Varga Arrives"). The words a person's name is written with are
     * known from the rest of the document: a name in such a line that ends in words no other
     * person mention uses, while its other words are all used by person mentions elsewhere,
     * is cut back to those words.
     */
    static List<EntityMention> cutHeadlineWords(AnalyzedText doc, List<EntityMention> mentions) {
        List<EntityMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME || m.tokens().length() < 2) {
                continue;
            }
            int lineStart = doc.text().lastIndexOf('\n', m.start() - 1) + 1;
            int lineEnd = doc.text().indexOf('\n', m.end());
            if (lineEnd < 0) {
                lineEnd = doc.text().length();
            }
            if (!titleCaseLine(doc.text().substring(lineStart, lineEnd))) {
                continue;
            }
            Set<String> elsewhere = new HashSet<>();
            for (EntityMention o : mentions) {
                if (o.type() == EntityType.PERSON && o.kind() == MentionKind.NAME && (o.end() <= lineStart || o.start() >= lineEnd)) {
                    elsewhere.addAll(List.of(o.text().split("\\s+")));
                }
            }
            Sentence s = doc.sentences().get(m.sentence());
            int b = m.tokens().end();
            while (b > m.tokens().start() + 1 && !elsewhere.contains(s.token(b - 1).text())) {
                b--;
            }
            if (b == m.tokens().end() || !elsewhere.contains(s.token(b - 1).text())) {
                continue;
            }
            boolean known = true;
            for (int k = m.tokens().start(); k < b && known; k++) {
                known = elsewhere.contains(s.token(k).text());
            }
            if (!known) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            int end = s.token(b - 1).end();
            out.set(i, new EntityMention(m.sentence(), new TokenSpan(m.tokens().start(), b), m.start(), end,
                    doc.slice(m.start(), end), m.type(), m.kind(), m.key(), m.code(), m.source(), m.attributes()));
        }
        return out == null ? mentions : out;
    }

    /**
     * The tokenizer splits a hyphenated word, and the name finder often starts an organization
     * after the hyphen ("Inter-Velmoran Development Bank" read as "Velmoran Development Bank",
     * "Tarvo-Osk Institute" as "Osk Institute"). English glues the parts of one word, so
     * an organization right after a hyphen that touches the words on both sides starts at the
     * first part of that word, over every glued "-" ("Quaid-i-Azam University"), when that
     * first part is capitalised ("pro-Velmoran Party" names the party only) and the organization
     * has two words or more (in "Velmora-Osk talks" the hyphen joins two parties). Names found inside
     * the added part ("Tarvo" as a place) are dropped: they are now part of the organization.
     */
    static List<EntityMention> withHyphenatedFirstWord(AnalyzedText doc, List<EntityMention> mentions) {
        Map<Integer, EntityMention> joined = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.ORGANIZATION || m.kind() != MentionKind.NAME || m.tokens().length() < 2) {
                continue; // "a Velmora-Osk summit", "Velmora-Tarvo talks": one word after the hyphen is a pair of parties
            }
            Sentence s = doc.sentences().get(m.sentence());
            int start = m.tokens().start();
            int from = start;
            while (from >= 2 && gluedHyphen(s, from - 1)) {
                from -= 2;
            }
            if (from == start || !Character.isUpperCase(s.token(from).text().codePointAt(0))) {
                continue;
            }
            if (joined == null) {
                joined = new java.util.HashMap<>();
            }
            int cs = s.token(from).start();
            joined.put(i, new EntityMention(m.sentence(), new TokenSpan(from, m.tokens().end()), cs, m.end(),
                    doc.slice(cs, m.end()), m.type(), m.kind(), m.key(), m.code(), m.source(), m.attributes()));
        }
        if (joined == null) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            EntityMention j = joined.get(i);
            if (j != null) {
                out.add(j);
                continue;
            }
            boolean inside = false;
            for (Map.Entry<Integer, EntityMention> e : joined.entrySet()) {
                EntityMention was = mentions.get(e.getKey());
                EntityMention now = e.getValue();
                inside |= m.kind() == MentionKind.NAME && m.sentence() == now.sentence()
                        && m.tokens().start() >= now.tokens().start() && m.tokens().end() <= was.tokens().start();
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    /** Token {@code h} is "-" glued to a word before and after it (no space on either side). */
    private static boolean gluedHyphen(Sentence s, int h) {
        if (h + 1 >= s.size() || h < 1) {
            return false;
        }
        Token dash = s.token(h);
        Token before = s.token(h - 1);
        Token after = s.token(h + 1);
        return dash.text().equals("-") && before.end() == dash.start() && dash.end() == after.start()
                && Character.isLetterOrDigit(before.text().codePointBefore(before.text().length()))
                && Character.isLetterOrDigit(after.text().codePointAt(0));
    }

    /** A headline line: at least three words of four letters or more, all capitalised, and no closing full stop. */
    private static boolean titleCaseLine(String line) {
        String t = line.strip();
        if (t.endsWith(".")) {
            return false;
        }
        int longWords = 0;
        for (String w : t.split("\\s+")) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                longWords++;
            }
        }
        return longWords >= 3;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
