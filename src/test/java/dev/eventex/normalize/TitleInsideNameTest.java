package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person name read with the office words before it: the office is the title, not the name. */
class TitleInsideNameTest {

    /** One hand-built sentence: words separated by spaces, all tagged PROPN. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), w.equals(".") ? "PUNCT" : "PROPN", w.toLowerCase()));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), tokens);
    }

    private static EntityMention person(Sentence s, String text, int from, int to) {
        int start = s.token(from).start();
        int end = s.token(to - 1).end();
        return new EntityMention(0, new TokenSpan(from, to), start, end, text.substring(start, end),
                EntityType.PERSON, MentionKind.NAME, null, null, "model", Map.of());
    }

    @Test
    void officeWordsBeforeTwoNameWordsBecomeTheTitle() {
        String text = "Border Guard Chief Karl Vesterberg";
        Sentence s = sentence(text);
        EntityMention m = person(s, text, 0, 5);
        EntityMention trimmed = MentionRepair.withoutLeadingTitle(new AnalyzedText(text, List.of(s)), s, m,
                new boolean[] {false, false, true, false, false});
        assertThat(trimmed.text()).isEqualTo("Karl Vesterberg");
        assertThat(trimmed.tokens()).isEqualTo(new TokenSpan(3, 5));
        assertThat(trimmed.attribute("title")).isEqualTo("Border Guard Chief");
    }

    @Test
    void aTitleBeforeASingleNameWordStays() {
        String text = "Minister Vesterberg";
        Sentence s = sentence(text);
        EntityMention m = person(s, text, 0, 2);
        assertThat(MentionRepair.withoutLeadingTitle(new AnalyzedText(text, List.of(s)), s, m, new boolean[] {true, false}))
                .isSameAs(m);
    }

    @Test
    void aTitleWordInsideTheNameRunStays() {
        // "Karl King Vesterberg": only one word follows the title word, so it is read as a name word
        String text = "Karl King Vesterberg";
        Sentence s = sentence(text);
        EntityMention m = person(s, text, 0, 3);
        assertThat(MentionRepair.withoutLeadingTitle(new AnalyzedText(text, List.of(s)), s, m, new boolean[] {false, true, false}))
                .isSameAs(m);
    }

    @Test
    void aBareTitleLaterInTheTextIsNotTheOtherPerson() {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t",
                "Deputy Prime Minister and Local Administration Minister Karl Vesterberg met with Jan Novak on Monday.\n\n"
                        + "Later, talks during a meeting between Interior Minister Tomas Varga and Novak covered border security.")
                .withDate(LocalDate.of(2025, 3, 10)));
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Karl Vesterberg", "Tomas Varga").doesNotContain("Minister Karl Vesterberg");
        assertThat(r.eventsOf(Meeting.class)).extracting(x -> x.participants().stream().map(Argument::name).sorted().toList())
                .contains(List.of("Jan Novak", "Tomas Varga"));
    }

    @Test
    void anInstitutionsChiefMeetingSomeoneIsAnOfficialMeeting() {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t",
                "Border Guard Chief Karl Vesterberg met Novak in Ostrava earlier in the week.").withDate(LocalDate.of(2025, 3, 10)));
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(x -> assertThat(x.participants())
                .extracting(Argument::name).containsExactlyInAnyOrder("Karl Vesterberg", "Novak"));
    }

    @Test
    void aBodyNamedAfterATitledPersonIsAnOrganization() {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t",
                "Prime Minister Sheikh Mira Tarvo met the king. He will also visit Sheikh Mira Tarvo National Institute of Eye Surgery.")
                .withDate(LocalDate.of(2025, 3, 10)));
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .noneMatch(n -> n.contains("Institute"));
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Sheikh Mira Tarvo National Institute of Eye Surgery");
    }

    @Test
    void anOrganizationNamedWithAndWithoutItsFoundersHonorificIsOne() {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t",
                "The Ivo Marek Foundation has donated ten ambulances to Pell General Hospital.\n\n"
                        + "The Sir Ivo Marek Foundation said more would follow.").withDate(LocalDate.of(2025, 3, 10)));
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION && e.name().contains("Foundation")).hasSize(1);
    }
}
