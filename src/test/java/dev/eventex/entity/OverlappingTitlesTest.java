package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.Visit;
import dev.eventex.text.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two titles of the gazetteer that overlap make one office: "deputy secretary" + "secretary of state". */
class OverlappingTitlesTest {

    @Test
    void aTitleThatRunsPastTheLongestMatchExtendsIt() {
        AnalyzedText doc = HandText.doc("when/ADV deputy/NOUN secretary/NOUN of/ADP state/NOUN Karl Vesterberg visited/VERB Ostrava");
        List<Gazetteer.Match> titles = HandText.GAZETTEER.findTitles(doc.sentences().get(0));
        assertThat(titles).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(1);
            assertThat(m.end()).isEqualTo(5);
        });
    }

    @Test
    void titlesSideBySideStayApart() {
        AnalyzedText doc = HandText.doc("Prime Minister Foreign Minister");
        assertThat(HandText.GAZETTEER.findTitles(doc.sentences().get(0))).hasSize(2);
    }

    @Test
    void aLowerCaseOfficeOfTwoTitlesNamesTheVisitor() {
        List<Visit> v = SharedExtractor.defaults().extract(Document.of("t",
                "Two lists were handed to Elbonia when deputy secretary of state Karl Vesterberg visited Ostrava last year.")
                .withDate(LocalDate.of(2025, 3, 10))).eventsOf(Visit.class);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Karl Vesterberg");
            assertThat(x.destination().name()).isEqualTo("Ostrava");
            assertThat(x.tense()).isEqualTo(Tense.PAST);
        });
    }

    @Test
    void anOngoingVisitIsUnderWay() {
        List<Visit> v = SharedExtractor.defaults().extract(Document.of("t",
                "During his ongoing visit to Ruritania, Elbonian Prime Minister Karl Vesterberg toured a car factory.")
                .withDate(LocalDate.of(2025, 3, 10))).eventsOf(Visit.class);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.destination().name()).isEqualTo("Ruritania");
            assertThat(x.tense()).isEqualTo(Tense.ONGOING);
        });
    }
}
