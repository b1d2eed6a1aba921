package dev.eventex.event;

import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a finder may read about one firing of a rule: the document, the trigger's sentence and
 * the one before it, the document's focus, the rule and the trigger span, whether the trigger is
 * passive, the anchor date, the events found so far and the roles this firing has filled so far
 * ({@code filled} is the live map the role filler adds to, so later roles see earlier ones).
 *
 * @param doc      the analysed document
 * @param ctx      the trigger's sentence
 * @param previous the sentence before it, or null
 * @param focus    the parties the document is about
 * @param rule     the rule that fired
 * @param tStart   the trigger's first token
 * @param tEnd     the token after the trigger
 * @param passive  whether the trigger is a passive verb
 * @param anchor   the date relative dates are read against
 * @param found    the events found so far in the document
 * @param filled   the roles of this firing filled so far
 */
record MatchContext(AnalyzedText doc, SentenceContext ctx, SentenceContext previous, DocumentFocus focus, EventRule rule,
                    int tStart, int tEnd, boolean passive, LocalDate anchor, List<EventMention> found, Map<String, RoleValue> filled) {

    /** The document's text. */
    String text() {
        return doc.text();
    }

    /** The entity types finder {@code f} accepts for {@code spec}: its own, or the role's defaults. */
    Set<String> types(RoleSpec spec, Finder f) {
        return RoleFiller.types(spec, f);
    }
}
