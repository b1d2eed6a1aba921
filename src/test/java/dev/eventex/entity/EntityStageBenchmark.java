package dev.eventex.entity;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the entity stage against OpenNLP POS tagging on the same tokens (target: the entity
 * stage takes at most half the tagging time). Not a unit test; run with
 * {@code java -cp target/eventex-cli.jar:target/test-classes dev.eventex.entity.EntityStageBenchmark [DIR|FILE...]}
 * (default: {@code sample-texts/}). Single thread, warm-up rounds first, then timed rounds.
 */
public final class EntityStageBenchmark {

    private EntityStageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"sample-texts"} : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        ModelSource source = System.getProperty("models") == null ? ModelSource.classpath() : ModelSource.directory(Path.of(System.getProperty("models")));
        Lexicons lexicons = Lexicons.load(source);
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(lexicons);
        EntityRecognizer recognizer = new EntityRecognizer(Gazetteer.load(source), Boolean.getBoolean("nomodel") ? null : NameModel.load(source),
                new ValueRecognizer(Currencies.load(source), lexicons), lexicons);
        List<AnalyzedText> docs = new ArrayList<>();
        List<String[]> sentences = new ArrayList<>();
        for (Path f : files) {
            AnalyzedText d = analyzer.analyze(Files.readString(f));
            docs.add(d);
            for (Sentence s : d.sentences()) {
                sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
            }
        }
        int tokens = docs.stream().mapToInt(AnalyzedText::tokenCount).sum();
        int rounds = Integer.getInteger("rounds", 20);
        int warmup = Integer.getInteger("warmup", 10);
        long sink = 0;
        long posNs = 0;
        long nerNs = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            long t0 = System.nanoTime();
            for (String[] w : sentences) {
                sink += analyzer.posTags(w).length;
            }
            long t1 = System.nanoTime();
            for (AnalyzedText d : docs) {
                sink += recognizer.recognize(d).size();
            }
            long t2 = System.nanoTime();
            if (r >= warmup) {
                posNs += t1 - t0;
                nerNs += t2 - t1;
            }
        }
        double pos = posNs / 1e6 / rounds;
        double ner = nerNs / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "%d files, %d sentences, %d tokens; %d timed rounds (sink %d)%n", files.size(), sentences.size(),
                tokens, rounds, sink);
        System.out.printf(Locale.ROOT, "POS tagging:  %8.2f ms/round  %8.1f us/token%n", pos, pos * 1000 / tokens);
        System.out.printf(Locale.ROOT, "entity stage: %8.2f ms/round  %8.1f us/token%n", ner, ner * 1000 / tokens);
        System.out.printf(Locale.ROOT, "ratio entity/POS: %.2f (target <= 0.50)%n", ner / pos);
    }
}
