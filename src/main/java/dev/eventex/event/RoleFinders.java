package dev.eventex.event;

import static dev.eventex.event.RoleFiller.coordinated;
import static dev.eventex.event.RoleFiller.orElse;
import static dev.eventex.event.RoleFiller.wrap;
import static java.util.Map.entry;

import java.util.Map;

/**
 * The finder registry: every finder of the rule language by the name rules use in {@code "find"}.
 * The rule loader accepts exactly these names ({@link RoleSpec.Finder#METHODS} is this map's key set)
 * and the role filler dispatches through this map, so a finder cannot pass validation and then do
 * nothing at run time. Every finder takes the firing's {@link MatchContext}, the role and the
 * finder's options, and reads what it needs from the context, so a new finder is one method and
 * one entry here, with no parameters to thread through.
 */
final class RoleFinders {

    /** Finder name to finder; immutable. */
    static final Map<String, RoleFinder> ALL = Map.ofEntries(
            entry("subject", ParticipantFinders::subject),
            entry("leadSubject", ParticipantFinders::leadSubject),
            entry("patient", ParticipantFinders::patient),
            entry("object", (m, spec, f) -> wrap(spec, f, orElse(ObjectFinders.object(m, spec, f), () -> ParticipantFinders.syntaxObject(m, spec, f)))),
            entry("after", (m, spec, f) -> wrap(spec, f, coordinated(spec, f, m.text(),
                    orElse(ObjectFinders.afterPrep(m, spec, f, true), () -> ParticipantFinders.syntaxAfter(m, spec, f))))),
            entry("afterPhrase", (m, spec, f) -> wrap(spec, f, ObjectFinders.afterPhrase(m, spec, f))),
            entry("before", (m, spec, f) -> wrap(spec, f, ObjectFinders.afterPrep(m, spec, f, false))),
            entry("adjunctSubject", (m, spec, f) -> wrap(spec, f, SharedHeads.expand(m.ctx(), m.text(), spec,
                    SubjectFinders.adjunctSubject(m, spec, f, false), m.types(spec, f)))),
            entry("clauseSubject", (m, spec, f) -> wrap(spec, f, SubjectFinders.adjunctSubject(m, spec, f, true))),
            entry("place", (m, spec, f) -> wrap(spec, f, PlaceFinders.place(m, spec, f, true))),
            entry("placeBefore", (m, spec, f) -> wrap(spec, f, PlaceFinders.place(m, spec, f, false))),
            entry("speaker", (m, spec, f) -> wrap(spec, f, Speakers.speaker(m, spec, f))),
            entry("dateline", (m, spec, f) -> wrap(spec, f, Datelines.dateline(m, spec, f))),
            entry("venueObject", (m, spec, f) -> wrap(spec, f, PlaceFinders.venueObject(m, spec, f))),
            entry("locatedPlace", (m, spec, f) -> wrap(spec, f, PlaceFinders.locatedPlace(m, spec, f))),
            entry("venueCountry", (m, spec, f) -> wrap(spec, f, PlaceFinders.venueCountry(m, spec, f))),
            entry("verbSubject", (m, spec, f) -> wrap(spec, f, Travellers.verbSubject(m, spec, f))),
            entry("hostCountry", (m, spec, f) -> wrap(spec, f, Travellers.hostCountry(m, spec, f))),
            entry("countryOf", (m, spec, f) -> wrap(spec, f, PartyCountries.countryOf(m, spec, f))),
            entry("possessor", (m, spec, f) -> wrap(spec, f, SubjectFinders.possessor(m, spec, f))),
            entry("phrase", (m, spec, f) -> wrap(spec, f, ObjectFinders.phrase(m, spec, f))),
            entry("sentence", ValueFinders::valueInSentence),
            entry("governed", ValueFinders::governedValue),
            entry("modifier", ValueFinders::modifier),
            entry("theme", ThemeFinders::theme),
            entry("pair", (m, spec, f) -> wrap(spec, f, FocusFinders.pair(m, spec, f))),
            entry("focus", (m, spec, f) -> wrap(spec, f, m.focus().pairArgs())),
            entry("focusOther", (m, spec, f) -> m.ctx().sentence.index() == 0 ? null : wrap(spec, f, FocusFinders.focusOther(m, spec, f))),
            entry("countries", (m, spec, f) -> wrap(spec, f, ParticipantFinders.countriesInSentence(m, spec, f))),
            entry("hyphenated", (m, spec, f) -> wrap(spec, f, ParticipantFinders.hyphenated(m, spec, f))),
            entry("previousActor", (m, spec, f) -> m.previous() == null ? null : wrap(spec, f, SubjectFinders.firstActor(m, spec, f))),
            entry("groupAntecedent", (m, spec, f) -> wrap(spec, f, GroupAntecedents.groupAntecedent(m, spec, f))),
            entry("previousEvent", FocusFinders::previousEventRole),
            entry("sameParty", PartyEvents::sameParty),
            entry("previousPlace", (m, spec, f) -> m.previous() == null ? null : wrap(spec, f, PlaceFinders.lastPlace(m, spec, f))),
            entry("topics", ValueFinders::topicsValue),
            entry("headword", ValueFinders::headword));

    private RoleFinders() {
    }
}
