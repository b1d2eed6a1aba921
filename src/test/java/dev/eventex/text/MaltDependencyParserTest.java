package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged dependency model on sentences we wrote, tagged by the OpenNLP analyzer. */
class MaltDependencyParserTest {

    private static OpenNlpTextAnalyzer analyzer;
    private static MaltDependencyParser parser;

    @BeforeAll
    static void load() {
        analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));
        parser = MaltDependencyParser.load(ModelSource.classpath().urlOrNull(MaltDependencyParser.MODEL));
    }

    private static Sentence parsed(String text) {
        Sentence s = analyzer.analyze(text).sentences().get(0);
        return s.withSyntax(parser.parse(s));
    }

    private static int at(Sentence s, String word) {
        for (Token t : s.tokens()) {
            if (t.text().equals(word)) {
                return t.index();
            }
        }
        throw new AssertionError(word + " not in " + s.tokens());
    }

    @Test
    void subjectAndObjectOfATransitiveVerb() {
        Sentence s = parsed("The finance minister visited the new port on Tuesday.");
        Syntax t = s.syntax();
        int verb = at(s, "visited");
        assertThat(t.relation(verb)).isEqualTo("root");
        assertThat(t.head(at(s, "minister"))).isEqualTo(verb);
        assertThat(t.relation(at(s, "minister"))).isEqualTo("nsubj");
        assertThat(t.relation(at(s, "port"))).isEqualTo("obj");
    }

    @Test
    void passiveAgentAndCoordination() {
        Sentence s = parsed("The clinic was visited by doctors, nurses and engineers.");
        Syntax t = s.syntax();
        int verb = at(s, "visited");
        assertThat(t.relation(at(s, "clinic"))).isEqualTo("nsubj:pass");
        assertThat(t.head(at(s, "doctors"))).isEqualTo(verb);
        assertThat(t.is(at(s, "doctors"), "obl")).isTrue();
        List<Integer> conj = t.conjuncts(at(s, "engineers"));
        assertThat(conj).containsExactly(at(s, "doctors"), at(s, "nurses"), at(s, "engineers"));
    }

    @Test
    void everyTokenHasAHeadInTheSentenceAndOneRoot() {
        Sentence s = parsed("Officials said on Monday that the delegation, which arrived late, would meet the mayor and her deputies.");
        Syntax t = s.syntax();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.head(i)).isBetween(-1, t.size() - 1);
            if (t.head(i) < 0) {
                roots.add(i);
            }
            assertThat(t.dominates(roots.isEmpty() ? i : roots.get(0), i) || t.head(i) < 0).isTrue();
        }
        assertThat(roots).hasSize(1);
        assertThat(t.is(at(s, "arrived"), "acl")).isTrue(); // a relative clause on its noun
        assertThat(t.head(at(s, "arrived"))).isEqualTo(at(s, "delegation"));
    }

    @Test
    void onlySelectedSentencesAreParsed() {
        AnalyzedText doc = analyzer.analyze("The minister arrived. It rained all day.");
        AnalyzedText parsed = parser.parse(doc, s -> s.tokens().stream().anyMatch(t -> t.lemma().equals("arrive")));
        assertThat(parsed.sentences().get(0).syntax()).isNotNull();
        assertThat(parsed.sentences().get(1).syntax()).isNull();
    }
}
