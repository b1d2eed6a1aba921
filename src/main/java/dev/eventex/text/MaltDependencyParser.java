package dev.eventex.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.maltparser.concurrent.ConcurrentMaltParserModel;
import org.maltparser.concurrent.ConcurrentMaltParserService;
import org.maltparser.core.exception.MaltChainedException;

/**
 * Dependency parsing with MaltParser (stack-projective, liblinear) and our model trained on
 * UD English EWT (see {@code models/README.md}). Reads form, lemma and universal POS tag.
 * Thread-safe: MaltParser's concurrent model keeps no per-call state.
 */
public final class MaltDependencyParser implements DependencyParser {

    /** Path of the model under {@code models/}. */
    public static final String MODEL = "syntax/en-ud-ewt-malt.mco";

    private final ConcurrentMaltParserModel model;

    private MaltDependencyParser(ConcurrentMaltParserModel model) {
        this.model = model;
    }

    /**
     * Loads a model from a URL (a file or a classpath resource). MaltParser reads a model as a
     * jar of its own and cannot open one nested in another jar, so a packaged model is copied
     * to a temporary file first (removed when the JVM exits).
     */
    public static MaltDependencyParser load(URL url) {
        try {
            URL local = url;
            if (!"file".equals(url.getProtocol())) {
                java.nio.file.Path tmp = java.nio.file.Files.createTempFile("eventex-syntax-", ".mco");
                tmp.toFile().deleteOnExit();
                try (java.io.InputStream in = url.openStream()) {
                    java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                local = tmp.toUri().toURL();
            }
            return new MaltDependencyParser(ConcurrentMaltParserService.initializeParserModel(local));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the dependency model " + url, e);
        } catch (MaltChainedException e) {
            throw new UncheckedIOException(new IOException("cannot load the dependency model " + url + ": " + e.getMessage(), e));
        }
    }

    @Override
    public Syntax parse(Sentence sentence, List<TokenSpan> units) {
        int n = sentence.size();
        // word w of the parser's input covers tokens [from[w], to[w]); a unit is one word
        int[] unitEnd = new int[n];
        java.util.Arrays.fill(unitEnd, -1);
        for (TokenSpan u : units) {
            if (u.length() > 1 && u.end() <= n) {
                unitEnd[u.start()] = u.end();
            }
        }
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int end = unitEnd[i] > i ? unitEnd[i] : i + 1;
            words.add(new int[] {i, end});
            i = end;
        }
        String[] lines = new String[words.size()];
        for (int w = 0; w < words.size(); w++) {
            int[] span = words.get(w);
            Token t = sentence.token(span[1] - 1);
            String pos = span[1] - span[0] > 1 ? "PROPN" : tag(t.pos());
            lines[w] = (w + 1) + "\t" + field(t.text()) + "\t" + field(t.lemma() == null ? t.text() : t.lemma()) + "\t" + pos
                    + "\t" + pos + "\t_";
        }
        String[] out;
        try {
            out = model.parseTokens(lines);
        } catch (MaltChainedException e) {
            throw new IllegalStateException("dependency parsing failed: " + e.getMessage(), e);
        }
        int[] heads = new int[n];
        String[] rels = new String[n];
        for (int w = 0; w < words.size(); w++) {
            int[] span = words.get(w);
            String[] cols = out[w].split("\t");
            int headWord = Integer.parseInt(cols[6]) - 1;
            int last = span[1] - 1;
            heads[last] = headWord < 0 ? -1 : words.get(headWord)[1] - 1;
            rels[last] = cols[7];
            for (int i = span[0]; i < last; i++) {
                heads[i] = last;
                rels[i] = "flat";
            }
        }
        return new Syntax(heads, rels);
    }

    /** Our tags may join two ("NOUN+PART" for contractions): the parser knows the first. */
    private static String tag(String pos) {
        int plus = pos.indexOf('+');
        return plus > 0 ? pos.substring(0, plus) : pos;
    }

    /** Tabs and spaces would break the CoNLL line. */
    private static String field(String s) {
        return s.isEmpty() ? "_" : s.replace('\t', '_').replace(' ', '_');
    }
}
