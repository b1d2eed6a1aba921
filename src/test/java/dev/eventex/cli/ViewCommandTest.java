package dev.eventex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewCommandTest {

    private static final String TEXT = "Minister Tomas Varga of Elbonia arrived in Kenya on Monday.";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private static String line(String id, String source) {
        return "{\"schemaVersion\":\"1.0\",\"document\":{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"chars\":"
                + TEXT.length() + "},\"entities\":[{\"id\":\"E1\",\"type\":\"LOCATION\",\"name\":\"Kenya\",\"code\":\"KE\","
                + "\"mentions\":[{\"text\":\"Kenya\",\"start\":43,\"end\":48}]}],\"events\":[]}";
    }

    private static JsonNode data(Path html) throws IOException {
        Matcher m = Pattern.compile("id=\"eventex-data\">(.*?)</script>", Pattern.DOTALL).matcher(Files.readString(html));
        assertThat(m.find()).isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void textsAreFoundBySourceTailThenById() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("corpus/news"));
        Files.writeString(docs.resolve("a.txt"), TEXT);
        Files.writeString(docs.resolve("b.txt"), TEXT);
        Files.writeString(docs.resolve("c.txt"), TEXT + " Edited later.");
        Path results = Files.writeString(tmp.resolve("r.jsonl"),
                line("a.txt", "/elsewhere/news/a.txt") + "\n\n" + line("b.txt", "-") + "\n"
                        + line("c.txt", "news/c.txt") + "\n" + line("d.txt", "news/d.txt") + "\n");
        Path out = tmp.resolve("report.html");

        assertThat(run("view", results.toString(), "--docs", tmp.resolve("corpus").toString(), "-o", out.toString()))
                .isZero();
        JsonNode docsData = data(out).path("docs");
        assertThat(docsData).hasSize(4);
        assertThat(docsData.findValues("full")).extracting(JsonNode::asBoolean).containsExactly(true, true, false, false);
        assertThat(docsData.get(0).path("segs").get(0).get(1).asText()).isEqualTo(TEXT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 documents").contains("2 with their text");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }

    @Test
    void textsComeFromJsonLinesById() throws IOException {
        Path docs = Files.writeString(tmp.resolve("docs.jsonl"),
                new ObjectMapper().createObjectNode().put("id", "a.txt").put("text", TEXT) + "\n");
        Path results = Files.writeString(tmp.resolve("r.jsonl"), line("a.txt", "a.txt") + "\n");
        Path out = tmp.resolve("report.html");
        assertThat(run("view", results.toString(), "--docs", docs.toString(), "-o", out.toString())).isZero();
        assertThat(data(out).path("docs").get(0).path("full").asBoolean()).isTrue();
    }

    @Test
    void aLineThatIsNotJsonIsRefusedAndNoReportIsLeft() throws IOException {
        Path results = Files.writeString(tmp.resolve("r.jsonl"), line("a.txt", "a.txt") + "\n{broken\n");
        Path out = tmp.resolve("report.html");
        assertThat(run("view", results.toString(), "-o", out.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("r.jsonl");
    }

    @Test
    void missingResultsOrDocsAreUsageErrors() {
        Path out = tmp.resolve("report.html");
        assertThat(run("view", tmp.resolve("none.jsonl").toString(), "-o", out.toString())).isEqualTo(2);
        assertThat(run("view", "-", "--docs", tmp.resolve("none").toString(), "-o", out.toString())).isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
