package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.cli.NerCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ner --conll}: same lines, same tokens, one more column, -DOCSTART- kept. */
class NerColumnsRoundTripTest {

    @TempDir
    Path dir;

    private static final String SPACE_SNIPPET = String.join("\n",
            "-DOCSTART- -X- -X- O",
            "",
            "Foreign NNP B-NP O",
            "Minister NNP I-NP O",
            "Hakan NNP I-NP B-PER",
            "Fidan NNP I-NP I-PER",
            "visited VBD B-VP O",
            "Astana NNP B-NP B-LOC",
            ". . O O",
            "",
            "The DT B-NP O",
            "Embassy NNP I-NP B-ORG",
            "of IN B-PP I-ORG",
            "Japan NNP B-NP I-ORG",
            "donated VBD B-VP O",
            "5,000 CD B-NP O",
            "books NNS I-NP O",
            "on IN B-PP O",
            "28 CD B-NP O",
            "June NNP I-NP O",
            ". . O O",
            "",
            "-DOCSTART- -X- -X- O",
            "",
            "Kassym-Jomart NNP B-NP B-PER",
            "Tokayev NNP I-NP I-PER",
            "spoke VBD B-VP O",
            ". . O O",
            "");

    private List<String> run(String input, String... extra) throws Exception {
        Path in = dir.resolve("in.conll");
        Path out = dir.resolve("out.conll");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] args = new String[3 + extra.length];
        args[0] = "--conll";
        args[1] = in.toString();
        args[2] = "-o=" + out;
        System.arraycopy(extra, 0, args, 3, extra.length);
        PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
        picocli.CommandLine cl = new picocli.CommandLine(new NerCommand(new PrintStream(o, true, StandardCharsets.UTF_8), err));
        cl.setErr(new java.io.PrintWriter(err, true));
        int rc = cl.execute(args);
        assertThat(rc).as("exit code, stderr: %s", e.toString(StandardCharsets.UTF_8)).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void everyLineKeptWithOneMoreColumn() throws Exception {
        List<String> inLines = SPACE_SNIPPET.lines().toList();
        List<String> outLines = run(SPACE_SNIPPET);
        assertThat(outLines).hasSameSizeAs(inLines);
        for (int i = 0; i < inLines.size(); i++) {
            String a = inLines.get(i);
            String b = outLines.get(i);
            if (a.isEmpty()) {
                assertThat(b).isEmpty();
                continue;
            }
            assertThat(b).startsWith(a + " ");
            String tag = b.substring(a.length() + 1);
            assertThat(tag).matches("O|[BI]-(PER|ORG|LOC)");
            assertThat(b.split(" ")[0]).isEqualTo(a.split(" ")[0]);
        }
        assertThat(outLines.get(0)).isEqualTo("-DOCSTART- -X- -X- O O");
        assertThat(outLines.get(22)).startsWith("-DOCSTART- ");
    }

    @Test
    void tagsTheNamesOfTheSnippet() throws Exception {
        List<String> out = run(SPACE_SNIPPET);
        assertThat(out.get(4)).endsWith(" B-PER");
        assertThat(out.get(5)).endsWith(" I-PER");
        assertThat(out.get(2)).endsWith(" O");
        assertThat(out.get(7)).endsWith(" B-LOC");
        assertThat(out.get(11)).endsWith(" B-ORG");
        assertThat(out.get(13)).endsWith(" I-ORG");
        assertThat(out.get(24)).endsWith(" B-PER");
        assertThat(out.get(25)).endsWith(" I-PER");
        // the gold column is only copied, never read
        assertThat(out.get(15)).isEqualTo("5,000 CD B-NP O O");
    }

    @Test
    void tabSeparatedInputGetsATabColumnAndValuesOnRequest() throws Exception {
        String tsv = "On\tO\n28\tO\nJune\tO\n,\tO\nMongolia\tB-LOC\nvoted\tO\n.\tO\n";
        List<String> out = run(tsv, "--values");
        assertThat(out).hasSize(7);
        assertThat(out.get(0)).isEqualTo("On\tO\tO");
        assertThat(out.get(1)).isEqualTo("28\tO\tB-DATE");
        assertThat(out.get(2)).isEqualTo("June\tO\tI-DATE");
        assertThat(out.get(4)).isEqualTo("Mongolia\tB-LOC\tB-LOC");
    }

    @Test
    void anInitialInSeparateColumnsIsReadAsWrittenAndOpensThePersonName() throws Exception {
        String tsv = "Deputy\tO\nMinister\tO\nD\tO\n.\tO\nVelor\tO\nmet\tO\nfarmers\tO\n.\tO\n";
        List<String> out = run(tsv);
        assertThat(out.get(2)).isEqualTo("D\tO\tB-PER");
        assertThat(out.get(3)).isEqualTo(".\tO\tI-PER");
        assertThat(out.get(4)).isEqualTo("Velor\tO\tI-PER");
    }
}
