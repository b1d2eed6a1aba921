package dev.eventex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The issue-5 reference: bare OpenNLP 2.5.6 sentence detection + tokenization + POS tagging
 * with the same Maven Central models, over all sample texts per operation; plus, to show where
 * the extractor's time goes, the bare lemmatizer and name finder on the same tokens.
 * One instance of each {@code *ME} per benchmark thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Thread)
public class OpenNlpBaselineBench {

    List<String> texts;
    SentenceDetectorME sentences;
    TokenizerME tokenizer;
    POSTaggerME tagger;
    LemmatizerME lemmatizer;
    NameFinderME names;
    String[][] tokens;
    String[][] tags;

    @Setup
    public void setup() throws IOException {
        texts = BenchCorpus.load();
        sentences = new SentenceDetectorME(new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
        tokenizer = new TokenizerME(new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        tagger = new POSTaggerME(new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        lemmatizer = new LemmatizerME(new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        names = new NameFinderME(new TokenNameFinderModel(open("dev/eventex/models/ner/eventex-ner-en.bin")));
        java.util.List<String[]> tk = new java.util.ArrayList<>();
        java.util.List<String[]> tg = new java.util.ArrayList<>();
        for (String t : texts) {
            for (String s : sentences.sentDetect(t)) {
                String[] w = tokenizer.tokenize(s);
                tk.add(w);
                tg.add(tagger.tag(w));
            }
        }
        tokens = tk.toArray(new String[0][]);
        tags = tg.toArray(new String[0][]);
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = OpenNlpBaselineBench.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not on the classpath: " + name);
        }
        return in;
    }

    /** The reference: sentence detection + tokenization + POS tagging. */
    @Benchmark
    public void sentTokPos(Blackhole bh) {
        for (String t : texts) {
            for (String s : sentences.sentDetect(t)) {
                bh.consume(tagger.tag(tokenizer.tokenize(s)));
            }
        }
    }

    /** The UD-EWT lemmatizer alone on the same sentences (the extractor runs it on every token). */
    @Benchmark
    public void lemmatizerOnly(Blackhole bh) {
        for (int i = 0; i < tokens.length; i++) {
            bh.consume(lemmatizer.lemmatize(tokens[i], tags[i]));
        }
    }

    /** The packaged name finder alone on the same sentences. */
    @Benchmark
    public void nameFinderOnly(Blackhole bh) {
        names.clearAdaptiveData();
        for (String[] t : tokens) {
            bh.consume(names.find(t));
        }
    }
}
