package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    void aProperCompoundSplitAtItsHyphenIsOneWordAndKeepsBothConjuncts() {
        Sentence s = parsed("Foreign Minister Karl Osk and Secretary-General Maria Brenn met in Tarsk on Thursday.");
        Syntax t = s.syntax();
        int general = at(s, "General");
        assertThat(t.relation(at(s, "Secretary"))).isEqualTo("flat");
        assertThat(t.head(at(s, "Secretary"))).isEqualTo(general);
        assertThat(t.head(at(s, "-"))).isEqualTo(general);
        // the hyphen of a common compound, or one with spaces around it, is left to the parser
        int[] units = new int[s.size()];
        java.util.Arrays.fill(units, -1);
        Sentence spaced = analyzer.analyze("The ex-minister and Karl Osk - Berg met.").sentences().get(0);
        int[] none = new int[spaced.size()];
        java.util.Arrays.fill(none, -1);
        MaltDependencyParser.gluedProperCompounds(spaced, none);
        assertThat(none).containsOnly(-1);
        MaltDependencyParser.gluedProperCompounds(s, units);
        assertThat(units[at(s, "Secretary")]).isEqualTo(at(s, "General") + 1);
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
    void itemsOfAListWrittenWithSemicolonsAreConjuncts() {
        Sentence raw = analyzer.analyze("Karl Vesterberg met Ann Lee; Jan Kolar; and Ivo Marek in Lima.").sentences().get(0);
        // the names are parsed as single words, as the extractor does
        List<TokenSpan> names = List.of(new TokenSpan(0, 2), new TokenSpan(3, 5), new TokenSpan(6, 8), new TokenSpan(10, 12));
        Sentence s = raw.withSyntax(parser.parse(raw, names));
        assertThat(MaltDependencyParser.semicolonList(s)).isTrue();
        List<Integer> conj = s.syntax().conjuncts(at(s, "Lee"));
        assertThat(conj).contains(at(s, "Kolar"), at(s, "Marek"));
        // a semicolon between two clauses is no list
        assertThat(MaltDependencyParser.semicolonList(analyzer.analyze("Karl Vesterberg met Ann Lee; they spoke about trade.")
                .sentences().get(0))).isFalse();
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

    @Test
    void theReusedParserGivesMaltParsersOwnTreesOnEverySentenceOfOurTexts() throws Exception {
        assertThat(parser.reusesParser()).as("the model's internals were found").isTrue();
        List<String[]> inputs = new ArrayList<>();
        for (Path dir : List.of(Path.of("sample-texts"), Path.of("src/test/resources/devset"))) {
            for (Path file : texts(dir)) {
                for (Sentence s : analyzer.analyze(Files.readString(file)).sentences()) {
                    if (s.size() > 0) {
                        List<int[]> words = new ArrayList<>();
                        for (int i = 0; i < s.size(); i++) {
                            words.add(new int[] {i, i + 1});
                        }
                        inputs.add(MaltDependencyParser.lines(s, words));
                    }
                }
            }
        }
        assertThat(inputs).hasSizeGreaterThan(500);
        // the reused parser sees every sentence after others, long after short and back
        for (String[] lines : inputs) {
            assertThat(parser.parseLines(lines)).containsExactly(parser.parseTokensFresh(lines));
        }
    }

    @Test
    void threadsKeepTheirOwnParser() throws Exception {
        List<Sentence> sentences = analyzer.analyze("Minister Tomas Varga met the mayor. The talks ended late at night after the dinner."
                + " Officials said the visit would be short.").sentences();
        List<Syntax> expected = sentences.stream().map(parser::parse).toList();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < sentences.size(); i++) {
                            assertThat(parser.parse(sentences.get(i))).isEqualTo(expected.get(i));
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
