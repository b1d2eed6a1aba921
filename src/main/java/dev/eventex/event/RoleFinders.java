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
 * nothing at run time. A new finder is one entry here.
 */
final class RoleFinders {

    /** Finder name to finder; immutable. */
    static final Map<String, RoleFinder> ALL = Map.ofEntries(
            entry("subject", (m, spec, f) -> ParticipantFinders.subject(m.ctx(), m.text(), spec, f, m.tStart(), m.passive(), m.types(spec, f))),
            entry("leadSubject", (m, spec, f) -> ParticipantFinders.leadSubject(m.ctx(), m.text(), spec, f, m.tStart(), m.passive(),
                    m.types(spec, f))),
            entry("patient", (m, spec, f) -> ParticipantFinders.patient(m.ctx(), m.text(), spec, f, m.tStart(), m.passive(), m.types(spec, f))),
            entry("object", (m, spec, f) -> wrap(spec, f, orElse(ObjectFinders.object(m.ctx(), m.text(), m.tEnd(), f, m.types(spec, f)),
                    () -> ParticipantFinders.syntaxObject(m.ctx(), m.text(), f, m.tStart(), m.types(spec, f))))),
            entry("after", (m, spec, f) -> wrap(spec, f, coordinated(spec, f, m.text(),
                    orElse(ObjectFinders.afterPrep(m.ctx(), m.text(), m.tEnd(), f, m.types(spec, f), true),
                            () -> ParticipantFinders.syntaxAfter(m.ctx(), m.text(), f, m.tStart(), m.types(spec, f)))))),
            entry("afterPhrase", (m, spec, f) -> wrap(spec, f, ObjectFinders.afterPhrase(m.ctx(), m.text(), m.tEnd(), f))),
            entry("before", (m, spec, f) -> wrap(spec, f, ObjectFinders.afterPrep(m.ctx(), m.text(), m.tStart(), f, m.types(spec, f), false))),
            entry("adjunctSubject", (m, spec, f) -> wrap(spec, f, SubjectFinders.adjunctSubject(m.ctx(), m.text(), m.tStart(), f,
                    m.types(spec, f), false))),
            entry("clauseSubject", (m, spec, f) -> wrap(spec, f, SubjectFinders.adjunctSubject(m.ctx(), m.text(), m.tStart(), f,
                    m.types(spec, f), true))),
            entry("place", (m, spec, f) -> wrap(spec, f, PlaceFinders.place(m.ctx(), m.text(), m.tStart(), m.tEnd(), f, true))),
            entry("placeBefore", (m, spec, f) -> wrap(spec, f, PlaceFinders.place(m.ctx(), m.text(), m.tStart(), m.tEnd(), f, false))),
            entry("speaker", (m, spec, f) -> wrap(spec, f, Speakers.speaker(m.doc(), m.ctx(), m.tStart(), m.types(spec, f)))),
            entry("dateline", (m, spec, f) -> wrap(spec, f, Datelines.dateline(m.text(), m.ctx()))),
            entry("venueObject", (m, spec, f) -> wrap(spec, f, PlaceFinders.venueObject(m.ctx(), m.text(), m.tEnd(), f))),
            entry("verbSubject", (m, spec, f) -> wrap(spec, f, Travellers.verbSubject(m.ctx(), m.text(), m.tStart(), f, m.types(spec, f)))),
            entry("hostCountry", (m, spec, f) -> wrap(spec, f, Travellers.hostCountry(m.ctx(), m.tEnd(), f))),
            entry("countryOf", (m, spec, f) -> wrap(spec, f, PartyCountries.countryOf(m.ctx(), m.filled(), f))),
            entry("possessor", (m, spec, f) -> wrap(spec, f, SubjectFinders.possessor(m.ctx(), m.text(), m.tStart(), m.types(spec, f)))),
            entry("phrase", (m, spec, f) -> wrap(spec, f, ObjectFinders.phrase(m.ctx(), m.text(), f, m.types(spec, f)))),
            entry("sentence", (m, spec, f) -> ValueFinders.valueInSentence(m.doc(), m.ctx(), spec, f, m.tStart(), m.types(spec, f))),
            entry("modifier", (m, spec, f) -> ValueFinders.modifier(m.ctx(), m.tStart(), m.tEnd(), f)),
            entry("theme", (m, spec, f) -> ThemeFinders.theme(m.doc(), m.ctx(), spec, m.tStart(), ThemeFinders.themeStart(m.ctx(), m.tEnd(), f),
                    m.passive() && f.words().isEmpty())),
            entry("pair", (m, spec, f) -> wrap(spec, f, FocusFinders.pair(m.ctx(), m.text(), m.focus(), spec, f, m.tStart(), m.tEnd(),
                    m.types(spec, f)))),
            entry("focus", (m, spec, f) -> wrap(spec, f, m.focus().pairArgs())),
            entry("focusOther", (m, spec, f) -> m.ctx().sentence.index() == 0 ? null
                    : wrap(spec, f, FocusFinders.focusOther(m.ctx(), m.focus(), m.filled()))),
            entry("countries", (m, spec, f) -> wrap(spec, f, ParticipantFinders.countriesInSentence(m.ctx(), m.text()))),
            entry("hyphenated", (m, spec, f) -> wrap(spec, f, ParticipantFinders.hyphenated(m.ctx(), m.text(), m.tStart(), f))),
            entry("previousActor", (m, spec, f) -> m.previous() == null ? null
                    : wrap(spec, f, SubjectFinders.firstActor(m.previous(), m.text(), m.types(spec, f)))),
            entry("previousEvent", (m, spec, f) -> FocusFinders.previousEventRole(spec, m.rule(), m.found(), m.filled())),
            entry("previousPlace", (m, spec, f) -> m.previous() == null ? null
                    : wrap(spec, f, PlaceFinders.lastPlace(m.previous(), m.text(), f, m.types(spec, f)))),
            entry("topics", (m, spec, f) -> ValueFinders.topicsValue(m.doc(), m.ctx(), spec, f, m.tEnd())),
            entry("headword", (m, spec, f) -> ValueFinders.headword(m.ctx(), m.doc(), f, m.tStart())));

    private RoleFinders() {
    }
}
