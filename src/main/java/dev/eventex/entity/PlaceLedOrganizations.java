package dev.eventex.entity;

import static dev.eventex.entity.NameTokens.isPossessiveEnd;

import dev.eventex.api.EntityType;
import dev.eventex.entity.GazetteerEntry.Kind;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The place a body is named after is not part of its name: "the Elbonian Health Ministry",
 * "Elbonia's Supreme Court" and "Tarvo City Council" name the organizations "Health Ministry",
 * "Supreme Court" and "City Council", and "Elbonia" and "Tarvo" are places of their own (a
 * demonym names nothing). This is how news annotation usually marks such names, and it keeps
 * one span for a body whichever way its country is written. The organization keeps what the
 * whole phrase resolved to: its canonical name (or the whole phrase, when it had none, so two
 * countries' "Health Ministry" stay apart) and the place's country code. Runs after the other
 * sources' descriptions, which still read the whole phrase ("a delegation from Tarvo Harbour
 * Board"). The place is marked {@link EntityMention#QUALIFIES}: it only says where the organization is, and
 * takes no part in events of its own. A place the gazetteers lack counts when the document
 * has named it alone as a location (this sentence or an earlier one: {@link DocumentMemory}).
 * Stateless.
 */
final class PlaceLedOrganizations {

    private final Gazetteer gazetteer;

    PlaceLedOrganizations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The layer with each place-led organization name split into its place (unless a demonym) and the organization. */
    List<EntityMention> split(SentenceContext c, List<EntityMention> layer) {
        List<EntityMention> out = null;
        for (EntityMention m : layer) {
            if (m.type() == EntityType.LOCATION && m.kind() == MentionKind.NAME && m.tokens().length() == 1) {
                c.memory.rememberPlace(m.text());
            }
        }
        for (int i = 0; i < layer.size(); i++) {
            EntityMention m = layer.get(i);
            List<EntityMention> split = split(c, m);
            if (split == null) {
                if (out != null) {
                    out.add(m);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(layer.subList(0, i));
            }
            out.addAll(split);
        }
        return out == null ? layer : out;
    }

    /** The place and the organization of a place-led organization name, or null when {@code m} is none. */
    private List<EntityMention> split(SentenceContext c, EntityMention m) {
        if (m.type() != EntityType.ORGANIZATION || m.kind() != MentionKind.NAME || m.tokens().length() < 2) {
            return null;
        }
        int from = m.tokens().start();
        int to = m.tokens().end();
        Gazetteer.Match place = gazetteer.placeStarting(c.sentence, from, to);
        if (place == null && c.memory.isPlace(c.sentence.token(from).text())) {
            // a place the gazetteer lacks, named alone elsewhere in the document ("Tarvo said ... the Tarvo Harbour Board")
            place = new Gazetteer.Match(from, from + 1, List.of(new GazetteerEntry(Kind.CITY, c.sentence.token(from).text(), null,
                    EntityType.LOCATION)));
        }
        if (place == null) {
            return null;
        }
        int rest = place.end();
        while (rest < to && isPossessiveEnd(c.sentence.token(rest).text())) {
            rest++;
        }
        if (rest >= to || !startsName(c.sentence.token(rest))) {
            return null;
        }
        GazetteerEntry where = place.first();
        String code = m.code() != null ? m.code() : where.code();
        String key = m.key() != null ? m.key() : m.text();
        List<EntityMention> out = new ArrayList<>(2);
        if (where.kind() != Kind.DEMONYM) {
            out.add(c.mention(from, place.end(), EntityType.LOCATION, MentionKind.NAME, where.canonical(), where.code(), "gazetteer",
                    Map.of("gaz", where.kind().key(), EntityMention.QUALIFIES, "organization")));
        }
        Map<String, String> attrs = new java.util.HashMap<>(m.attributes());
        attrs.put(EntityMention.QUALIFIED_FROM, Integer.toString(from));
        out.add(c.mention(rest, to, m.type(), m.kind(), key, code, m.source(), attrs));
        return out;
    }

    /** A capitalised word goes on with the name; a hyphen ("Elbonian-Tarvo Council") or a lower-case word does not. */
    private static boolean startsName(Token t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }
}
