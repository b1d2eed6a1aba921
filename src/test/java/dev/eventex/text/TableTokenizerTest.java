package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.TableTokenContexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped tokenizer model as the analyzer loads it (a feature table, contexts looked up by
 * parts) tokenizes as OpenNLP's own, with the same token probabilities, on invented sentences and
 * on every line of our sample texts.
 */
class TableTokenizerTest {

    private static TokenizerModel plain;
    private static TokenizerModel table;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenNlpTextAnalyzer.class.getClassLoader().getResourceAsStream(OpenNlpTextAnalyzer.TOKEN_MODEL)) {
            plain = new TokenizerModel(in);
        }
        table = OpenNlpTextAnalyzer.withFeatureTable(plain);
    }

    @Test
    void theLoadedTokenizerLooksContextsUpByParts() {
        assertThat(table.getFactory().getContextGenerator()).isInstanceOf(TableTokenContexts.class);
        assertThat(plain.getFactory().getContextGenerator()).isNotInstanceOf(TableTokenContexts.class);
    }

    @Test
    void inventedSentencesTokenizeAsOpenNlp() {
        assertSame(List.of(
                "Minister Ana Velor (Elbonia) said: \"We'll sign the $4.5bn deal on Tuesday,\" didn't she?",
                "Tarvo's co-operation with the U.S.-based firm, e.g. in São Tomé & Príncipe, ended 12/03/2024.",
                "Prices rose 3.5%... to 1,500.00 EUR; talks resume at 10:30 a.m. &amp; end Jr. 'soon'."));
    }

    @Test
    void sampleTextsTokenizeAsOpenNlp() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-texts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        assertThat(lines).hasSizeGreaterThan(100);
        assertSame(lines);
    }

    private static void assertSame(List<String> lines) {
        TokenizerME ours = new TokenizerME(table);
        TokenizerME theirs = new TokenizerME(plain);
        for (String line : lines) {
            assertThat(ours.tokenizePos(line)).as(line).containsExactly(theirs.tokenizePos(line));
            assertThat(ours.getTokenProbabilities()).as(line).containsExactly(theirs.getTokenProbabilities());
        }
    }
}
