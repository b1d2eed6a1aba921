package dev.eventex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --jsonl}: documents from JSON Lines, one {@code {id, text, date}} object per line. */
class JsonlInputTest {

    private static final String VISIT = "Prime Minister Anna Lindqvist of Sweden arrived in Kenya on Monday on an official visit.";
    private static final String TALKS = "President Kofi Mensah of Ghana met with Prime Minister Anna Lindqvist of Sweden in Accra on Tuesday.";

    @TempDir
    Path dir;

    private static String line(String id, String text, String date) {
        String d = date == null ? "" : ",\"date\":\"" + date + "\"";
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"" + d + ",\"url\":\"https://example.org/" + id + "\"}";
    }

    private Path corpus(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String code(JsonNode result) {
        return result.path("errors").path(0).path("code").asText(null);
    }

    // ---- the reader alone (no extraction) ----------------------------------------------------

    private static List<InputItem> items(String content, long maxLineBytes) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return items(bytes, maxLineBytes);
    }

    private static List<InputItem> items(byte[] bytes, long maxLineBytes) {
        List<InputItem> out = new ArrayList<>();
        new JsonlInput(List.of("-"), maxLineBytes, () -> new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
        return out;
    }

    @Test
    void eachLineIsADocumentWithItsIdTextAndDate() {
        List<InputItem> it = items("\uFEFF" + line("a-1", "One.", "2025-03-14") + "\r\n\n  \n{\"id\":42,\"text\":\"Two.\"}\n"
                + "{\"id\":\"t\",\"text\":\"Three.\",\"date\":\"2025-03-14T23:30:00-05:00\"}", 1000);
        assertThat(it).extracting(InputItem::id).containsExactly("a-1", "42", "t");
        assertThat(it).extracting(InputItem::source).containsExactly("-:1", "-:4", "-:5");
        assertThat(it).extracting(InputItem::text).containsExactly("One.", "Two.", "Three.");
        assertThat(it).extracting(i -> String.valueOf(i.date())).containsExactly("2025-03-14", "null", "2025-03-14");
        assertThat(it).allSatisfy(i -> assertThat(i.errorCode()).isNull());
    }

    @Test
    void malformedLinesBecomeItemsWithAnErrorKeepingTheirId() {
        List<InputItem> it = items(String.join("\n", "{oops", "[1,2]", "{\"text\":\"no id\"}", "{\"id\":\"k\",\"text\":7}",
                "{\"id\":\"d\",\"text\":\"x\",\"date\":\"14 March\"}", "{\"id\":true,\"text\":\"x\"}", line("ok", "Fine.", null)), 1000);
        assertThat(it).extracting(InputItem::errorCode).containsExactly(JsonlInput.INVALID_LINE, JsonlInput.INVALID_LINE,
                JsonlInput.INVALID_LINE, JsonlInput.INVALID_LINE, JsonlInput.INVALID_LINE, JsonlInput.INVALID_LINE, null);
        assertThat(it).extracting(InputItem::id).containsExactly("-:1", "-:2", "-:3", "k", "d", "-:6", "ok");
        assertThat(it.get(0).errorMessage()).startsWith("line 1 of - is not JSON");
        assertThat(it.get(3).errorMessage()).contains("has no text");
        assertThat(it.get(4).errorMessage()).contains("date must be YYYY-MM-DD");
        assertThat(it.subList(0, 6)).allSatisfy(i -> assertThat(i.text()).isNull());
    }

    @Test
    void aTooLongLineAndInvalidUtf8AreReportedAndTheRestIsRead() {
        byte[] bad = "{\"id\":\"u\",\"text\":\"caf\u00e9 X\"}\n".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 4] = (byte) 0xFF; // the X before "}: an invalid byte
        String longLine = line("long", "x".repeat(200), null);
        byte[] content = (longLine + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[content.length + bad.length];
        System.arraycopy(content, 0, all, 0, content.length);
        System.arraycopy(bad, 0, all, content.length, bad.length);
        List<InputItem> it = items(all, 100);
        assertThat(it).extracting(InputItem::errorCode).containsExactly("TOO_LARGE", "INVALID_ENCODING");
        assertThat(it.get(1).id()).isEqualTo("u");
        assertThat(it.get(1).text()).as("processed with a replacement character").isEqualTo("caf\u00e9 \uFFFD");
    }

    // ---- through extract ---------------------------------------------------------------------

    @Test
    void extractReadsJsonLinesKeepsIdsAndGoesOnPastBadLines() throws IOException {
        Path in = corpus("news.jsonl", line("se-ke-1", VISIT, "2025-03-14"), "{not json", "{\"id\":\"no-text\"}",
                "{\"id\":7,\"text\":\"" + TALKS + "\"}");
        CliTest.Run r = CliTest.run("extract", "-q", "--threads", "2", "--jsonl", in.toString());

        assertThat(r.code()).as("a bad line makes the run exit 1").isEqualTo(1);
        List<JsonNode> out = r.lines();
        assertThat(out).extracting(n -> n.path("document").path("id").asText())
                .containsExactly("se-ke-1", in + ":2", "no-text", "7");
        assertThat(out).extracting(n -> n.path("document").path("source").asText())
                .containsExactly(in + ":1", in + ":2", in + ":3", in + ":4");
        assertThat(out).extracting(JsonlInputTest::code).containsExactly(null, "INVALID_JSONL", "INVALID_JSONL", null);
        JsonNode first = out.get(0);
        assertThat(first.path("document").path("date").asText()).isEqualTo("2025-03-14");
        assertThat(first.path("document").path("chars").asInt()).isEqualTo(VISIT.length());
        assertThat(first.path("events")).anySatisfy(e -> {
            assertThat(e.path("type").asText()).isEqualTo("Visit");
            assertThat(e.path("date").path("value").asText()).as("Monday before the line's date").isEqualTo("2025-03-10");
        });
        assertThat(out.get(3).path("document").has("date")).isFalse();
        assertThat(out.get(3).path("events")).isNotEmpty();
    }

    @Test
    void resumeAndThreadsWorkAsForFiles() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(line("d" + i, i % 2 == 0 ? VISIT : TALKS, "2025-03-1" + i));
        }
        Path in = corpus("c.jsonl", lines.toArray(String[]::new));
        CliTest.Run one = CliTest.run("extract", "-q", "--threads", "1", "--jsonl", in.toString());
        CliTest.Run three = CliTest.run("extract", "-q", "--threads", "3", "--jsonl", in.toString());
        assertThat(one.code()).isZero();
        assertThat(three.out()).as("same bytes for any number of threads").isEqualTo(one.out());

        // an interrupted run: two whole lines and a cut one, then the same command with --resume
        Path out = dir.resolve("out.jsonl");
        String[] full = one.out().split("\n");
        Files.writeString(out, full[0] + "\n" + full[1] + "\n" + full[2].substring(0, 40), StandardCharsets.UTF_8);
        CliTest.Run resumed = CliTest.run("extract", "-q", "--threads", "2", "--resume", "-o", out.toString(), "--jsonl", in.toString());
        assertThat(resumed.code()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(one.out());
    }

    @Test
    void standardInputAfterFiles() throws IOException {
        Path txt = Files.writeString(dir.resolve("a.txt"), TALKS);
        InputStream stdin = System.in;
        CliTest.Run r;
        try {
            System.setIn(new ByteArrayInputStream((line("s1", VISIT, "2025-03-14") + "\n").getBytes(StandardCharsets.UTF_8)));
            r = CliTest.run("extract", "-q", "--jsonl", "-", txt.toString());
        } finally {
            System.setIn(stdin);
        }
        assertThat(r.code()).isZero();
        assertThat(r.lines()).extracting(n -> n.path("document").path("source").asText()).containsExactly(txt.toString(), "-:1");
    }

    @Test
    void wrongUsageExitsTwo() throws IOException {
        Path in = corpus("x.jsonl", line("a", TALKS, null));
        assertThat(CliTest.run("extract", "--jsonl", dir.resolve("missing.jsonl").toString()).code()).isEqualTo(2);
        assertThat(CliTest.run("extract", "--jsonl", dir.toString()).code()).isEqualTo(2);
        assertThat(CliTest.run("extract").code()).isEqualTo(2);
        assertThat(CliTest.run("extract", "--pretty", "--jsonl", in.toString()).code()).isEqualTo(2);
        assertThat(CliTest.run("extract", "--jsonl", "-", "-").code()).isEqualTo(2);
        CliTest.Run self = CliTest.run("extract", "-o", in.toString(), "--jsonl", in.toString());
        assertThat(self.code()).isEqualTo(2);
        assertThat(self.err()).contains("is one of the inputs");
    }
}
