package dev.eventex.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustererTest {

    private static final List<String> DETERMINERS = List.of("the", "a", "every");
    private static final List<String> NOUNS = List.of("heron", "otter", "badger", "lynx");
    private static final List<String> VERBS = List.of("swims", "naps", "hides");

    /** Determiner, noun, verb: each word's predecessors tell its class, so three classes are found exactly. */
    private static WordClusterer tinyCorpus() {
        WordClusterer c = new WordClusterer();
        for (String d : DETERMINERS) {
            for (String n : NOUNS) {
                for (String v : VERBS) {
                    c.addLine(d + " " + n + " " + v);
                }
            }
        }
        return c;
    }

    @Test
    void wordsWithTheSameNeighboursShareAClass() {
        Map<String, Integer> classes = tinyCorpus().cluster(3, 1, 100, 20);

        assertThat(classes).hasSize(DETERMINERS.size() + NOUNS.size() + VERBS.size());
        for (List<String> group : List.of(DETERMINERS, NOUNS, VERBS)) {
            assertThat(group).allSatisfy(w -> assertThat(classes.get(w)).isEqualTo(classes.get(group.get(0))));
        }
        assertThat(List.of(classes.get("the"), classes.get("heron"), classes.get("swims"))).doesNotHaveDuplicates();
    }

    @Test
    void rareWordsAndTheVocabularyCapLeaveWordsOut() {
        WordClusterer c = tinyCorpus();
        c.addLine("the quokka swims");

        assertThat(c.cluster(3, 2, 100, 5)).doesNotContainKey("quokka").containsKey("heron");
        assertThat(c.cluster(3, 1, 3, 5)).hasSize(3);
    }

    @Test
    void tokensAreSplitLikeTheNameFindersCorpora() {
        assertThat(WordClusterer.tokenize("Varga's visit to the U.S. (and Elbonia) ended, well-planned."))
                .containsExactly("Varga", "'s", "visit", "to", "the", "U.S.", "(", "and", "Elbonia", ")", "ended", ",",
                        "well-planned", ".");
    }

    @Test
    void aModelTrainedWithClusterFeaturesCarriesItsClusters(@TempDir Path dir) throws IOException {
        Map<String, Integer> classes = tinyCorpus().cluster(3, 1, 100, 20);
        try (Writer w = Files.newBufferedWriter(dir.resolve("wiki-c256.clusters"), StandardCharsets.UTF_8)) {
            WordClusterer.write(classes, w);
        }
        Files.writeString(dir.resolve("wiki-c64.clusters"), "heron 5\n");
        List<NameSample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            samples.add(new NameSample(new String[] {"Ilse", "Marrow", "met", "the", "otter", "."},
                    new Span[] {new Span(0, 2, "person")}, false));
        }
        byte[] xml;
        try (var in = NerTrainer.class.getResourceAsStream("ner-features-clusters.xml")) {
            xml = in.readAllBytes();
        }
        assertThat(WordClusters.dictionaryKeys(xml)).containsExactly("wiki-c256.clusters", "wiki-c64.clusters");

        TokenNameFinderModel model = NerTrainer.train(samples, new NerTrainer.Settings(5, 1, 1), xml, dir);
        Path saved = dir.resolve("model.bin");
        NerTrainer.save(model, saved);
        Files.delete(dir.resolve("wiki-c256.clusters"));
        Files.delete(dir.resolve("wiki-c64.clusters"));
        TokenNameFinderModel reloaded;
        try (var in = Files.newInputStream(saved)) {
            reloaded = new TokenNameFinderModel(in);
        }

        assertThat(clusterFeatures(reloaded, "heron")).contains("wiki-c256.clusters" + classes.get("heron"), "wiki-c64.clusters5");
        assertThat(clusterFeatures(reloaded, "zzyzx")).isEmpty();
    }

    @Test
    void theLowerCaseVariantGivesACapitalisedWordTheClassOfItsCommonForm(@TempDir Path dir) throws IOException {
        Map<String, Integer> classes = tinyCorpus().cluster(3, 1, 100, 20);
        try (Writer w = Files.newBufferedWriter(dir.resolve("wiki-c256.clusters"), StandardCharsets.UTF_8)) {
            WordClusterer.write(classes, w);
        }
        Files.writeString(dir.resolve("wiki-c64.clusters"), "heron 5\n");
        List<NameSample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            samples.add(new NameSample(new String[] {"Otter", "Marrow", "met", "the", "otter", "."},
                    new Span[] {new Span(0, 2, "person")}, false));
        }
        byte[] xml;
        try (var in = NerTrainer.class.getResourceAsStream("ner-features-clusters-lc.xml")) {
            xml = in.readAllBytes();
        }

        TokenNameFinderModel model = NerTrainer.train(samples, new NerTrainer.Settings(5, 1, 1), xml, dir);

        assertThat(clusterFeatures(model, "Heron")).containsOnly("wiki-c256.clusterslc" + classes.get("heron"));
        assertThat(clusterFeatures(model, "heron")).contains("wiki-c256.clusters" + classes.get("heron"),
                "wiki-c256.clusterslc" + classes.get("heron"), "wiki-c64.clusters5");
    }

    /** The cluster features the model's generators give a word standing alone. */
    static List<String> clusterFeatures(TokenNameFinderModel model, String word) {
        AdaptiveFeatureGenerator g = model.getFactory().createFeatureGenerators();
        List<String> features = new ArrayList<>();
        g.createFeatures(features, new String[] {word}, 0, new String[0]);
        return features.stream().filter(f -> f.contains(".clusters")).toList();
    }

    @Test
    void clustersAreWrittenOneWordALineMostFrequentFirst() throws IOException {
        StringWriter out = new StringWriter();
        WordClusterer.write(Map.of("heron", 2), out);
        assertThat(out.toString()).isEqualTo("heron 2\n");
    }
}
