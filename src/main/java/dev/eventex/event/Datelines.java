package dev.eventex.event;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finder {@code dateline}: the place a report is filed from, named at the start of one of
 * its first lines and set off by a dash, a bracket or a comma ("ACCRA, May 3 -", "Lima -
 * Agency", "KIGALI (Agency)"). What the report says happened "here", or without naming a place,
 * happened there. Stateless.
 */
final class Datelines {

    /** A line opening with a place in capitals (four letters or more) and the marks of a dateline after it. */
    private static final Pattern CAPITALS = Pattern.compile(
            "\\s*(\\p{Lu}{2,}(?:[ '-]\\p{Lu}{2,}){0,2})(?:,\\s+\\p{Lu}|\\s*\\(|\\s+[-\u2014\u2013]\\s)");

    /** A dateline opens one of the report's first lines. */
    private static final int MAX_LINE = 4;

    private Datelines() {
    }

    /** The dateline place of the document, as an argument, or an empty list. */
    static List<Arg> dateline(MatchContext match, RoleSpec spec, Finder f) {
        String text = match.text();
        SentenceContext ctx = match.ctx();
        EntityMention best = null;
        for (EntityMention m : ctx.resolved.mentions()) {
            // a country opening a line is a headline's party ("Kenya - Uganda talks"); datelines name cities
            if (m.type() != EntityType.LOCATION || m.kind() != MentionKind.NAME || "country".equals(m.attribute("gaz"))
                    || !opensEarlyLine(text, m.start())
                    || !setOff(text, m)) {
                continue;
            }
            if (best == null || m.start() < best.start()) {
                best = m;
            }
        }
        if (best == null) {
            return capitals(text);
        }
        Arg a = ctx.arg(best, text);
        return a == null ? List.of() : List.of(a);
    }

    /**
     * A dateline the entity stage did not read as a place: a line opening with one to three words
     * in capitals ("OSLO, March 4", "PORT LOUIS (Agency)"), set off as above. Unlinked.
     */
    private static List<Arg> capitals(String text) {
        Matcher m = CAPITALS.matcher(text);
        int lines = 0;
        int at = 0;
        while (lines < MAX_LINE && at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (m.region(at, end).lookingAt() && m.group(1).chars().filter(Character::isLetter).count() >= 4) {
                return List.of(new Arg(m.group(1), m.start(1), m.end(1), null, null, "LOCATION"));
            }
            at = end + 1;
            lines++;
        }
        return List.of();
    }

    /**
     * Whether a place argument is the report's dateline ("NAIROBI, May 3 -"): a place the finder
     * {@code dateline} gives when the sentence names none, so a place the report states for the event
     * elsewhere is the better one.
     */
    static boolean isDateline(String text, Arg a) {
        if (a.start() < 0 || a.start() >= text.length() || !opensEarlyLine(text, a.start())) {
            return false;
        }
        if (a.mention() != null) {
            return setOff(text, a.mention());
        }
        return CAPITALS.matcher(text).region(a.start(), text.length()).lookingAt();
    }

    /** True when {@code at} is the first non-blank character of one of the first lines. */
    private static boolean opensEarlyLine(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at > 0 && text.charAt(at - 1) != '\n' && !text.substring(lineStart, at).isBlank()) {
            return false;
        }
        int lines = 0;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines < MAX_LINE;
    }

    /**
     * True when the name is followed by the marks of a dateline: a dash or a bracket ("Lima -",
     * "KIGALI ("), or, for a name in capitals, a comma ("ACCRA, May 3").
     */
    private static boolean setOff(String text, EntityMention m) {
        int i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        boolean capitals = m.text().equals(m.text().toUpperCase(Locale.ROOT));
        if (c == '-' || c == '—' || c == '–' || c == '(') {
            return i > m.end() || c != '-'; // "Lima -", not the hyphen of "Lima-based"
        }
        return c == ',' && capitals;
    }
}
