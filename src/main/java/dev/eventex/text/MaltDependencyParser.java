package dev.eventex.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.maltparser.concurrent.ConcurrentMaltParserModel;
import org.maltparser.concurrent.ConcurrentMaltParserService;
import org.maltparser.concurrent.graph.dataformat.DataFormat;
import org.maltparser.core.exception.MaltChainedException;
import org.maltparser.core.lw.graph.LWDependencyGraph;
import org.maltparser.core.lw.graph.LWDeprojectivizer;
import org.maltparser.core.lw.parser.LWDeterministicParser;
import org.maltparser.core.lw.parser.LWSingleMalt;
import org.maltparser.core.symbol.SymbolTableHandler;
import org.maltparser.core.symbol.parse.ParseSymbolTableHandler;

/**
 * Dependency parsing with MaltParser (stack-projective, liblinear) and our model trained on
 * UD English EWT (see {@code models/README.md}). Reads form, lemma and universal POS tag.
 * Thread-safe: MaltParser's concurrent model keeps no per-call state, and a parser we reuse
 * (see {@link ThreadParser}) is lent to one caller at a time from a pool that grows to the
 * number of threads parsing at once.
 */
public final class MaltDependencyParser implements DependencyParser {

    /** Path of the model under {@code models/}. */
    public static final String MODEL = "syntax/en-ud-ewt-malt.mco";

    private final ConcurrentMaltParserModel model;
    /** Null when the model's internals are not as expected: every sentence then goes through {@link #model}. */
    private final ModelParts parts;
    /** Idle reusable parsers; a pool rather than a thread-local, so nothing stays behind on threads that stop parsing. */
    private final java.util.concurrent.ConcurrentLinkedDeque<ThreadParser> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private MaltDependencyParser(ConcurrentMaltParserModel model) {
        this.model = model;
        this.parts = ModelParts.of(model);
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
        gluedProperCompounds(sentence, unitEnd);
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int end = unitEnd[i] > i ? unitEnd[i] : i + 1;
            words.add(new int[] {i, end});
            i = end;
        }
        String[] out = parseLines(lines(sentence, words));
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

    /**
     * Marks as units the proper-noun compounds the tokenizer split at a hyphen ("Secretary - General",
     * "Director - General") outside the caller's units: parsed as three words, the hyphen breaks the
     * title from its name, and "A and Secretary-General B met" loses its first conjunct.
     */
    static void gluedProperCompounds(Sentence s, int[] unitEnd) {
        int covered = 0;
        for (int i = 0; i + 2 < s.size(); i++) {
            if (unitEnd[i] > i) {
                covered = Math.max(covered, unitEnd[i]);
            }
            if (i < covered) {
                continue;
            }
            Token a = s.token(i);
            Token h = s.token(i + 1);
            Token b = s.token(i + 2);
            if (h.text().equals("-") && a.end() == h.start() && h.end() == b.start() && a.pos().equals("PROPN")
                    && b.pos().equals("PROPN") && a.isCapitalized() && b.isCapitalized() && unitEnd[i + 1] < 0 && unitEnd[i + 2] < 0) {
                unitEnd[i] = i + 3;
                covered = i + 3;
            }
        }
    }

    /** The parser's CoNLL input: one line per word, a word being a token or a unit's tokens (read from its last). */
    static String[] lines(Sentence sentence, List<int[]> words) {
        String[] lines = new String[words.size()];
        boolean semicolonList = semicolonList(sentence);
        for (int w = 0; w < words.size(); w++) {
            int[] span = words.get(w);
            Token t = sentence.token(span[1] - 1);
            String pos = span[1] - span[0] > 1 ? "PROPN" : tag(t.pos());
            // the treebank has few lists written with semicolons: read as commas, their items become conjuncts
            String text = semicolonList && t.text().equals(";") ? "," : t.text();
            String lemma = semicolonList && t.text().equals(";") ? "," : t.lemma() == null ? t.text() : t.lemma();
            lines[w] = (w + 1) + "\t" + field(text) + "\t" + field(lemma) + "\t" + pos + "\t" + pos + "\t_";
        }
        return lines;
    }

    /**
     * Whether the sentence's semicolons separate the items of a list ("met A; B; and C"): two or more of
     * them, or one right before a coordinating conjunction.
     */
    static boolean semicolonList(Sentence sentence) {
        int semicolons = 0;
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.token(i).text().equals(";")) {
                semicolons++;
                if (i + 1 < sentence.size() && tag(sentence.token(i + 1).pos()).equals("CCONJ")) {
                    return true;
                }
            }
        }
        return semicolons >= 2;
    }

    /** The parsed CoNLL lines of {@code lines}, with a parser borrowed from the pool. */
    String[] parseLines(String[] lines) {
        try {
            ThreadParser reused = parts == null ? null : idle.pollFirst();
            if (reused == null && parts != null) {
                reused = parts.newThreadParser();
            }
            if (reused == null) {
                return model.parseTokens(lines);
            }
            String[] parsed = reused.parseTokens(lines);
            idle.offerFirst(reused); // a parser that failed is not returned: its state is unknown
            return parsed;
        } catch (MaltChainedException e) {
            throw new IllegalStateException("dependency parsing failed: " + e.getMessage(), e);
        }
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

    /** MaltParser's own per-call parse ({@link ConcurrentMaltParserModel#parseTokens}), for comparison in tests. */
    String[] parseTokensFresh(String[] lines) throws MaltChainedException {
        return model.parseTokens(lines);
    }

    /** Whether sentences are parsed with a reused per-thread parser (the model's internals were found). */
    boolean reusesParser() {
        return parts != null;
    }

    /**
     * The shared, read-only parts of the concurrent model that {@code parseTokens} uses. MaltParser
     * keeps them private; we read them once so that a thread can keep its parser between sentences.
     */
    private record ModelParts(LWSingleMalt singleMalt, DataFormat dataFormat, SymbolTableHandler symbols,
            String rootLabel, int markingStrategy, boolean coveredRoot) {

        static ModelParts of(ConcurrentMaltParserModel model) {
            try {
                return new ModelParts((LWSingleMalt) field(model, "singleMalt"), (DataFormat) field(model, "concurrentDataFormat"),
                        (SymbolTableHandler) field(model, "parentSymbolTableHandler"), (String) field(model, "defaultRootLabel"),
                        (Integer) field(model, "markingStrategy"), (Boolean) field(model, "coveredRoot"));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        private static Object field(ConcurrentMaltParserModel model, String name) throws ReflectiveOperationException {
            java.lang.reflect.Field f = ConcurrentMaltParserModel.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(model);
        }

        ThreadParser newThreadParser() {
            try {
                return new ThreadParser(this, new ParseSymbolTableHandler(symbols));
            } catch (MaltChainedException e) {
                throw new IllegalStateException("cannot set up the dependency parser: " + e.getMessage(), e);
            }
        }
    }

    /**
     * One thread's parser. MaltParser's concurrent model builds a parser (its feature model, transition
     * tables and per-sentence symbol tables) for every sentence, about a quarter of the parse time; the
     * parser is made to be reused ({@code parse} clears its configuration first), and the symbol tables
     * are reset to their loaded state by {@link ParseSymbolTableHandler#cleanUp()}, so each sentence is
     * parsed exactly as by a fresh one.
     */
    private static final class ThreadParser {
        private final ModelParts parts;
        private final ParseSymbolTableHandler tables;
        /** Made on the first sentence, after its graph has added its columns' tables, as MaltParser does. */
        private LWDeterministicParser parser;

        ThreadParser(ModelParts parts, ParseSymbolTableHandler tables) {
            this.parts = parts;
            this.tables = tables;
        }

        String[] parseTokens(String[] lines) throws MaltChainedException {
            tables.cleanUp();
            LWDependencyGraph graph = new LWDependencyGraph(parts.dataFormat(), tables, lines, parts.rootLabel());
            if (graph.hasTokens()) {
                if (parser == null) {
                    parser = new LWDeterministicParser(parts.singleMalt(), tables);
                }
                parser.parse(graph);
            }
            if (parts.markingStrategy() != 0 || parts.coveredRoot()) {
                new LWDeprojectivizer().deprojectivize(graph, parts.markingStrategy());
            }
            String[] out = new String[lines.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = graph.getDependencyNode(i + 1).toString();
            }
            return out;
        }
    }
}
