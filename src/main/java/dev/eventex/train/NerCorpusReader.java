package dev.eventex.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;

/**
 * Reads annotated corpora into OpenNLP {@link NameSample}s with the three types
 * {@code person}, {@code organization}, {@code location}. Other types are dropped; GMB
 * person spans lose leading titles ("President", "Mr.") as a news NER should.
 */
public final class NerCorpusReader {

    /** Types the shipped model predicts. */
    public static final Set<String> TYPES = Set.of("person", "organization", "location");

    private final Predicate<String> isTitleWord;
    private final NamedSpanCleaner cleaner;

    /**
     * @param isTitleWord true for a token that is a title or honorific (used to strip GMB
     *                    titles from person spans)
     */
    public NerCorpusReader(Predicate<String> isTitleWord) {
        this(isTitleWord, null);
    }

    /**
     * @param isTitleWord as above
     * @param cleaner     cleans the spans of {@link NerCorpusFormat#RE3D} files (null: that format is refused)
     */
    public NerCorpusReader(Predicate<String> isTitleWord, NamedSpanCleaner cleaner) {
        this.isTitleWord = isTitleWord;
        this.cleaner = cleaner;
    }

    /** Reads one corpus file; CoNLL and CoNLL-U files ending in {@code .gz} are decompressed. */
    public List<NameSample> read(Path file, NerCorpusFormat format) throws IOException {
        return switch (format) {
            case CONLL -> readConll(lines(file));
            case CONLLU -> readConllu(lines(file));
            case OPENNLP -> readOpenNlp(file);
            case GMB -> readGmb(file);
            case RE3D -> cleaned(readConll(lines(file)));
        };
    }

    private List<NameSample> cleaned(List<NameSample> samples) {
        if (cleaner == null) {
            throw new IllegalStateException("the re3d format needs a NamedSpanCleaner");
        }
        return samples.stream().map(cleaner::clean).flatMap(java.util.Optional::stream).toList();
    }

    /** Corpus type (lower case) to one of {@link #TYPES}, from {@code ner-types.tsv}. */
    private static final Map<String, String> TYPE_MAP = loadTypeMap();

    /** Maps a corpus tag type to one of {@link #TYPES}, or null to drop it. */
    static String mapType(String raw) {
        return TYPE_MAP.get(raw.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> loadTypeMap() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = NerCorpusReader.class.getResourceAsStream("ner-types.tsv")) {
            if (in == null) {
                throw new IllegalStateException("ner-types.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !TYPES.contains(cols[1].trim())) {
                    throw new IllegalStateException("ner-types.tsv line " + n + ": expected TYPE<tab>person|organization|location");
                }
                map.put(cols[0].trim().toLowerCase(Locale.ROOT), cols[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    /**
     * The corpus files a path stands for: the file itself, or for a directory every file below
     * it whose name ends in {@code .conll}, {@code .conllu} or {@code .iob2} (optionally
     * {@code .gz}), in name order, so licence and readme files beside the data are skipped.
     */
    public static List<Path> corpusFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> CORPUS_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    private static final Pattern CORPUS_FILE = Pattern.compile("(?i).*\\.(conll|conllu|iob2)(\\.gz)?");

    private static List<String> lines(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** CoNLL-2003 style and IOB2 columns (token first unless the first column is an index). */
    static List<NameSample> readConll(List<String> lines) {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# ") && line.contains(" = ")) {
                continue; // UNER / CoNLL-U style comment
            }
            if (line.isBlank()) {
                flush(tokens, tags, out);
                continue;
            }
            String[] cols = line.split(line.contains("\t") ? "\t" : " ");
            if (cols.length < 2) {
                continue; // e.g. a source URL line
            }
            if (cols[0].equals("-DOCSTART-")) {
                flush(tokens, tags, out);
                continue;
            }
            int tokenCol = cols.length >= 3 && cols[0].matches("\\d+") ? 1 : 0;
            int tagCol = tokenCol == 1 ? 2 : cols.length - 1;
            tokens.add(cols[tokenCol]);
            tags.add(cols[tagCol]);
        }
        flush(tokens, tags, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, List<NameSample> out) {
        if (!tokens.isEmpty()) {
            out.add(new NameSample(tokens.toArray(String[]::new), spansFromTags(tags), false));
        }
        tokens.clear();
        tags.clear();
    }

    /** IOB1, IOB2 or BIOES tags to typed spans. */
    static Span[] spansFromTags(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : mapTypeOrRaw(tag.substring(2));
            boolean begins = prefix.equals("B") || prefix.equals("S")
                    || (prefix.equals("I") || prefix.equals("E")) && (type == null || !type.equals(t));
            if (start >= 0 && (prefix.equals("O") || begins)) {
                addSpan(spans, start, i, type);
                start = -1;
                type = null;
            }
            if (!prefix.equals("O") && start < 0) {
                start = i;
                type = t;
            }
        }
        return spans.toArray(Span[]::new);
    }

    private static String mapTypeOrRaw(String raw) {
        String m = mapType(raw);
        return m == null ? "#drop" : m;
    }

    private static void addSpan(List<Span> spans, int start, int end, String type) {
        if (type != null && TYPES.contains(type)) {
            spans.add(new Span(start, end, type));
        }
    }

    private static final Pattern GUM_OPEN = Pattern.compile("\\((\\d+)-([a-z]+)-[^()]*?(\\))?(?=\\(|$)");
    private static final Pattern GUM_CLOSE = Pattern.compile("(?<![(\\w-])(\\d+)\\)");

    /** GUM CoNLL-U: entity spans from MISC {@code Entity=}, kept when headed by a proper noun. */
    static List<NameSample> readConllu(List<String> lines) {
        List<NameSample> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!rows.isEmpty()) {
                    out.add(conlluSentence(rows));
                    rows.clear();
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 10 || !cols[0].matches("\\d+")) {
                continue; // multi-word token ranges and empty nodes
            }
            rows.add(cols);
        }
        if (!rows.isEmpty()) {
            out.add(conlluSentence(rows));
        }
        return out;
    }

    private static NameSample conlluSentence(List<String[]> rows) {
        String[] tokens = new String[rows.size()];
        List<Span> spans = new ArrayList<>();
        java.util.Map<String, int[]> open = new java.util.HashMap<>();
        java.util.Map<String, String> openType = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            tokens[i] = c[1];
            String ent = null;
            for (String misc : c[9].split("\\|")) {
                if (misc.startsWith("Entity=")) {
                    ent = misc.substring(7);
                }
            }
            if (ent == null) {
                continue;
            }
            Matcher m = GUM_OPEN.matcher(ent);
            StringBuilder rest = new StringBuilder();
            int last = 0;
            while (m.find()) {
                rest.append(ent, last, m.start());
                last = m.end();
                String id = m.group(1);
                if (m.group(3) != null) {
                    addGum(spans, rows, i, i + 1, m.group(2));
                } else {
                    open.put(id, new int[] {i});
                    openType.put(id, m.group(2));
                }
            }
            rest.append(ent.substring(last));
            Matcher cm = GUM_CLOSE.matcher(rest);
            while (cm.find()) {
                int[] s = open.remove(cm.group(1));
                if (s != null) {
                    addGum(spans, rows, s[0], i + 1, openType.remove(cm.group(1)));
                }
            }
        }
        spans.sort(null);
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) {
            // nested annotations: keep the outermost proper-noun span
            kept.removeIf(k -> s.contains(k) && !k.equals(s));
            if (kept.stream().noneMatch(k -> k.intersects(s))) {
                kept.add(s);
            }
        }
        return new NameSample(tokens, kept.toArray(Span[]::new), false);
    }

    private static void addGum(List<Span> spans, List<String[]> rows, int start, int end, String gumType) {
        String type = mapType(gumType);
        if (type == null) {
            return;
        }
        while (start < end && (rows.get(start)[3].equals("DET") || rows.get(start)[3].equals("PUNCT"))) {
            start++;
        }
        while (end > start && rows.get(end - 1)[3].equals("PUNCT")) {
            end--;
        }
        if (start >= end) {
            return;
        }
        for (int i = start; i < end; i++) {
            String w = rows.get(i)[1];
            String pos = rows.get(i)[3];
            boolean ok = pos.equals("PROPN") || (Character.isUpperCase(w.charAt(0)) && !pos.equals("PRON"))
                    || pos.equals("ADP") || pos.equals("CCONJ") || pos.equals("PART") || pos.equals("NUM");
            if (!ok) {
                return;
            }
        }
        if (!rows.get(start)[3].equals("PROPN") && !Character.isUpperCase(rows.get(start)[1].charAt(0))) {
            return;
        }
        spans.add(new Span(start, end, type));
    }

    private static List<NameSample> readOpenNlp(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        try (ObjectStream<NameSample> s = new NameSampleDataStream(new PlainTextByLineStream(
                () -> Files.newInputStream(file), StandardCharsets.UTF_8) {
            @Override
            public String read() throws IOException {
                String line;
                do {
                    line = super.read();
                } while (line != null && (line.startsWith("#") || line.isBlank()));
                return line;
            }
        })) {
            NameSample n;
            while ((n = s.read()) != null) {
                List<Span> spans = new ArrayList<>();
                for (Span sp : n.getNames()) {
                    String t = mapType(sp.getType() == null ? "" : sp.getType());
                    if (t != null) {
                        spans.add(new Span(sp.getStart(), sp.getEnd(), t));
                    }
                }
                out.add(new NameSample(n.getSentence(), spans.toArray(Span[]::new), false));
            }
        }
        return out;
    }

    private List<NameSample> readGmb(Path file) throws IOException {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        List<NameSample> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            if (file.toString().endsWith(".zip")) {
                ZipInputStream z = new ZipInputStream(raw);
                if (z.getNextEntry() == null) {
                    throw new IOException("empty zip: " + file);
                }
                in = z;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, latin1));
            r.readLine(); // header
            List<String> tokens = new ArrayList<>();
            List<String> pos = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("Sentence:")) {
                    gmbFlush(tokens, pos, tags, out);
                }
                int a = line.indexOf(',');
                int c = line.lastIndexOf(',');
                int b = line.lastIndexOf(',', c - 1);
                if (a < 0 || b <= a || c <= b) {
                    continue;
                }
                String word = line.substring(a + 1, b);
                if (word.startsWith("\"") && word.endsWith("\"") && word.length() >= 2) {
                    word = word.substring(1, word.length() - 1).replace("\"\"", "\"");
                }
                tokens.add(word);
                pos.add(line.substring(b + 1, c));
                tags.add(line.substring(c + 1).trim());
            }
            gmbFlush(tokens, pos, tags, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private void gmbFlush(List<String> tokens, List<String> pos, List<String> tags, List<NameSample> out) {
        if (tokens.isEmpty()) {
            return;
        }
        List<String> fixed = new ArrayList<>(tags);
        for (int i = 0; i < fixed.size(); i++) {
            String t = fixed.get(i);
            // GMB "gpe" is mostly demonyms (British, Iraqi): a location only when a proper noun
            if (t.endsWith("-gpe") && !pos.get(i).startsWith("NNP")) {
                fixed.set(i, "O");
            }
        }
        // strip titles at the start of person spans: "President Bush" -> "Bush"
        for (int i = 0; i < fixed.size(); i++) {
            if (fixed.get(i).equals("B-per")) {
                int j = i;
                while (j + 1 < fixed.size() && fixed.get(j + 1).equals("I-per") && isTitleWord.test(tokens.get(j))) {
                    fixed.set(j, "O");
                    fixed.set(j + 1, "B-per");
                    j++;
                }
                if (j + 1 >= fixed.size() || !fixed.get(j + 1).equals("I-per")) {
                    if (isTitleWord.test(tokens.get(j))) {
                        fixed.set(j, "O");
                    }
                }
            }
        }
        out.add(new NameSample(tokens.toArray(String[]::new), spansFromTags(fixed), false));
        tokens.clear();
        pos.clear();
        tags.clear();
    }
}
