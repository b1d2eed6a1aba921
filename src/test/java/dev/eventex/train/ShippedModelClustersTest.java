package dev.eventex.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.entity.NameModel;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * The shipped name model carries its word clusters: nothing is read from outside it at run time,
 * and a capitalised word also gets the class of its lower-case form.
 */
class ShippedModelClustersTest {

    @Test
    void theShippedModelFindsAClusterForCommonWordsInBothGranularities() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = ModelSource.classpath().open(NameModel.FILE)) {
            model = new TokenNameFinderModel(in);
        }

        for (String word : new String[] {"the", "Ministry", "minister"}) {
            assertThat(WordClustererTest.clusterFeatures(model, word))
                    .as(word)
                    .anyMatch(f -> f.startsWith("wiki-c256.clusters"))
                    .anyMatch(f -> f.startsWith("wiki-c64.clusters"));
        }
        assertThat(WordClustererTest.clusterFeatures(model, "Ministry")).contains("wiki-c256.clusterslc"
                + WordClustererTest.clusterFeatures(model, "ministry").stream().filter(f -> f.startsWith("wiki-c256.clusterslc"))
                .findFirst().orElseThrow().substring("wiki-c256.clusterslc".length()));
        assertThat(WordClustererTest.clusterFeatures(model, "Qxvtelbonian")).isEmpty();
    }
}
