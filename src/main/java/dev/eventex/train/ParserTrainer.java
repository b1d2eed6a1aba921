package dev.eventex.train;

import dev.eventex.text.DependencyParser;
import dev.eventex.text.Sentence;
import dev.eventex.text.Syntax;
import dev.eventex.text.Token;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Prepares training data for, and evaluates, the dependency model of {@link dev.eventex.text.MaltDependencyParser}
 * from Universal Dependencies treebanks in CoNLL-U ({@code .conllu} or {@code .conllu.gz}).
 * Multi-word token lines and empty nodes are dropped; the universal tag fills both tag
 * columns, since that is the tag our analyzer gives.
 */
public final class ParserTrainer {

    /** One treebank sentence: tokens with gold tags, lemmas, heads (-1 root) and relations. */
    public record TreebankSentence(List<String> forms, List<String> lemmas, List<String> tags, int[] heads, String[] relations) {
    }

    /** Attachment scores. */
    public record Scores(int tokens, int headsRight, int labelsRight) {
        public double uas() {
            return tokens == 0 ? 0 : (double) headsRight / tokens;
        }

        public double las() {
            return tokens == 0 ? 0 : (double) labelsRight / tokens;
        }
    }

    private ParserTrainer() {
    }

    /** Reads a CoNLL-U treebank. */
    public static List<TreebankSentence> read(Path conllu) throws IOException {
        List<TreebankSentence> out = new ArrayList<>();
        try (BufferedReader r = open(conllu)) {
            List<String[]> rows = new ArrayList<>();
            int lineNo = 0;
            for (String line = r.readLine(); ; line = r.readLine()) {
                lineNo++;
                if (line == null || line.isBlank()) {
                    if (!rows.isEmpty()) {
                        out.add(sentence(rows));
                        rows.clear();
                    }
                    if (line == null) {
                        break;
                    }
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 10) {
                    throw new IOException(conllu + ":" + lineNo + ": expected 10 tab-separated columns, found " + c.length);
                }
                if (c[0].contains("-") || c[0].contains(".")) {
                    continue;
                }
                rows.add(c);
            }
        }
        return out;
    }

    private static TreebankSentence sentence(List<String[]> rows) {
        List<String> forms = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int[] heads = new int[rows.size()];
        String[] rels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            forms.add(c[1]);
            lemmas.add(c[2]);
            tags.add(c[3]);
            heads[i] = Integer.parseInt(c[6]) - 1;
            rels[i] = c[7];
        }
        return new TreebankSentence(forms, lemmas, tags, heads, rels);
    }

    private static BufferedReader open(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        if (p.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Writes the sentences as MaltParser's CoNLL-X training input (universal tag in both tag
     * columns). MaltParser's learner needs the original log4j 1.2, which this library does not
     * carry, so training runs MaltParser's own jar on this file (see {@code models/README.md}).
     */
    public static void writeMaltInput(List<TreebankSentence> sentences, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (TreebankSentence s : sentences) {
                for (int i = 0; i < s.forms().size(); i++) {
                    w.write((i + 1) + "\t" + s.forms().get(i) + "\t" + s.lemmas().get(i) + "\t" + s.tags().get(i) + "\t"
                            + s.tags().get(i) + "\t_\t" + (s.heads()[i] + 1) + "\t" + s.relations()[i] + "\t_\t_\n");
                }
                w.write("\n");
            }
        }
    }

    /** Parses the treebank's sentences from their gold tokens and tags and scores the trees. */
    public static Scores evaluate(DependencyParser parser, List<TreebankSentence> sentences) {
        int n = 0;
        int heads = 0;
        int labels = 0;
        for (TreebankSentence g : sentences) {
            List<Token> tokens = new ArrayList<>();
            int pos = 0;
            for (int i = 0; i < g.forms().size(); i++) {
                String f = g.forms().get(i);
                tokens.add(new Token(i, f, pos, pos + f.length(), g.tags().get(i), g.lemmas().get(i)));
                pos += f.length() + 1;
            }
            Syntax t = parser.parse(new Sentence(0, 0, Math.max(0, pos - 1), tokens));
            for (int i = 0; i < tokens.size(); i++) {
                n++;
                if (t.head(i) == g.heads()[i]) {
                    heads++;
                    if (t.relation(i).equals(g.relations()[i])) {
                        labels++;
                    }
                }
            }
        }
        return new Scores(n, heads, labels);
    }
}
