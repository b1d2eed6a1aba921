package dev.eventex.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static final String TEXT = "Minister Tomas Varga of Elbonia arrived in Kenya on Monday for an official visit. "
            + "He met President Ana Lind in Nairobi.";

    /** A result as extract writes it, for {@link #TEXT}, built from the texts' positions. */
    static ObjectNode result(String id, String text) {
        ObjectNode r = M.createObjectNode();
        r.put("schemaVersion", "1.0");
        ObjectNode d = r.putObject("document");
        d.put("id", id);
        d.put("source", "news/" + id);
        d.put("chars", text.length());
        ArrayNode ents = r.putArray("entities");
        entity(ents, "E1", "PERSON", "Tomas Varga", null, text, "Tomas Varga", "He");
        entity(ents, "E2", "LOCATION", "Kenya", "KE", text, "Kenya");
        entity(ents, "E3", "PERSON", "Ana Lind", null, text, "Ana Lind");
        ObjectNode ev = r.putArray("events").addObject();
        ev.put("type", "Visit");
        ev.put("id", "V1");
        arg(ev.putObject("visitor"), "Tomas Varga", "E1", "PERSON");
        arg(ev.putObject("destination"), "Kenya", "E2", "LOCATION");
        ev.putObject("date").put("text", "Monday").put("value", "2026-03-02");
        ev.put("kind", "official");
        ev.put("tense", "past");
        ev.put("confidence", 0.85);
        int end = text.indexOf(". ") + 1;
        ev.putArray("evidence").addObject().put("text", text.substring(0, end)).put("start", 0).put("end", end);
        ObjectNode meet = r.withArray("events").addObject();
        meet.put("type", "Meeting");
        meet.put("id", "M1");
        ArrayNode parts = meet.putArray("participants");
        arg(parts.addObject(), "He", "E1", "PERSON");
        arg(parts.addObject(), "Ana Lind", "E3", "PERSON");
        meet.put("count", 2);
        int s2 = end + 1;
        meet.putArray("evidence").addObject().put("text", text.substring(s2)).put("start", s2).put("end", text.length());
        return r;
    }

    private static void entity(ArrayNode ents, String id, String type, String name, String code, String text, String... ms) {
        ObjectNode e = ents.addObject().put("id", id).put("type", type).put("name", name);
        if (code != null) {
            e.put("code", code);
        }
        ArrayNode arr = e.putArray("mentions");
        for (String m : ms) {
            for (int i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
                if (ReportDocument.findWord(text.substring(i), m) == 0) {
                    arr.addObject().put("text", m).put("start", i).put("end", i + m.length());
                }
            }
        }
    }

    private static void arg(ObjectNode a, String text, String entity, String type) {
        a.put("text", text).put("name", text).put("entity", entity).put("type", type);
    }

    private static String render(List<JsonNode> results, String text) throws IOException {
        StringWriter w = new StringWriter();
        new HtmlReport().write(results.iterator(), r -> text, "results.jsonl", w);
        return w.toString();
    }

    /** The embedded data, read back as the page's script reads it. */
    static JsonNode data(String html) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"eventex-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        return M.readTree(m.group(1));
    }

    private static JsonNode role(JsonNode doc, int event, String role) {
        for (JsonNode r : doc.path("evs").get(event).path("roles")) {
            if (r.path("role").asText().equals(role)) {
                return r.path("vals");
            }
        }
        throw new AssertionError("no role " + role);
    }

    @Test
    void markupInTheTextCannotCloseTheDataBlock() throws IOException {
        String hostile = TEXT + " </script><script>alert(1)</script> <!-- \"><img src=x onerror=alert(2)> &amp;";
        String html = render(List.of(result("a</script>.txt", hostile)), hostile);

        // the template's two script elements close; nothing from the data does
        assertThat(Pattern.compile("</script", Pattern.CASE_INSENSITIVE).matcher(html).results().count()).isEqualTo(2);
        assertThat(html).doesNotContain("<img").doesNotContain("<!--");
        JsonNode doc = data(html).path("docs").get(0);
        assertThat(doc.path("segs").get(0).get(1).asText()).isEqualTo(hostile);
        assertThat(doc.path("id").asText()).isEqualTo("a</script>.txt");
    }

    @Test
    void rolesPointAtTheSpansTheyNameWithNormalizedValuesOnHover() throws IOException {
        JsonNode doc = data(render(List.of(result("a.txt", TEXT)), TEXT)).path("docs").get(0);
        assertThat(doc.path("full").asBoolean()).isTrue();

        JsonNode visitor = role(doc, 0, "visitor").get(0);
        assertThat(TEXT.substring(visitor.path("s").asInt(), visitor.path("e").asInt())).isEqualTo("Tomas Varga");
        JsonNode destination = role(doc, 0, "destination").get(0);
        assertThat(TEXT.substring(destination.path("s").asInt(), destination.path("e").asInt())).isEqualTo("Kenya");
        assertThat(destination.path("title").asText()).contains("code: KE").contains("entity: E2");
        JsonNode date = role(doc, 0, "date").get(0);
        assertThat(TEXT.substring(date.path("s").asInt(), date.path("e").asInt())).isEqualTo("Monday");
        assertThat(date.path("title").asText()).isEqualTo("value: 2026-03-02");
        JsonNode kind = role(doc, 0, "kind").get(0);
        assertThat(TEXT.substring(kind.path("s").asInt(), kind.path("e").asInt())).isEqualTo("official");

        // the pronoun participant is the mention "He" of the second sentence, not "he" in another word
        JsonNode he = role(doc, 1, "participants").get(0);
        assertThat(he.path("s").asInt()).isEqualTo(TEXT.indexOf("He met"));
        assertThat(role(doc, 1, "count").get(0).has("s")).isFalse();
        assertThat(doc.path("evs").get(0).path("roles").findValuesAsText("role")).doesNotContain("tense", "confidence", "type");

        JsonNode kenya = doc.path("ents").get(1);
        assertThat(kenya.path("title").asText()).contains("LOCATION").contains("code: KE");
    }

    @Test
    void withoutTheTextTheEvidenceSentencesAreShown() throws IOException {
        JsonNode doc = data(render(List.of(result("a.txt", TEXT)), null)).path("docs").get(0);
        assertThat(doc.path("full").asBoolean()).isFalse();
        JsonNode segs = doc.path("segs");
        assertThat(segs).hasSize(2);
        for (JsonNode seg : segs) {
            int s = seg.get(0).asInt();
            assertThat(TEXT.substring(s, s + seg.get(1).asText().length())).isEqualTo(seg.get(1).asText());
        }
        // roles are still located, inside the sentences shown
        JsonNode visitor = role(doc, 0, "visitor").get(0);
        assertThat(visitor.path("s").asInt()).isEqualTo(TEXT.indexOf("Tomas Varga"));
    }

    @Test
    void overlappingEvidenceMergesIntoOneSegment() throws IOException {
        ObjectNode r = result("a.txt", TEXT);
        ((ObjectNode) r.path("events").get(1).path("evidence").get(0))
                .put("start", 9).put("end", TEXT.length()).put("text", TEXT.substring(9));
        JsonNode segs = data(render(List.of(r), null)).path("docs").get(0).path("segs");
        assertThat(segs).hasSize(1);
        assertThat(segs.get(0).get(1).asText()).isEqualTo(TEXT);
    }

    @Test
    void aTextThatDoesNotFitTheOffsetsIsNotShown() throws IOException {
        String edited = "Breaking: " + TEXT;
        JsonNode doc = data(render(List.of(result("a.txt", TEXT)), edited)).path("docs").get(0);
        assertThat(doc.path("full").asBoolean()).isFalse();
        ObjectNode sameLength = result("a.txt", TEXT);
        assertThat(ReportDocument.fits(sameLength, TEXT.replace("Kenya", "Ghana"))).isFalse();
        assertThat(ReportDocument.fits(sameLength, TEXT)).isTrue();
    }

    @Test
    void theContentSecurityPolicyAdmitsExactlyTheReportsScript() throws Exception {
        String html = render(List.of(result("a.txt", TEXT)), TEXT);
        Matcher csp = Pattern.compile("script-src 'sha256-([^']+)'").matcher(html);
        assertThat(csp.find()).isTrue();
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
        assertThat(csp.group(1)).isEqualTo(Base64.getEncoder().encodeToString(hash));
        assertThat(html).contains("default-src 'none'").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void findWordSkipsMatchesInsideLongerWords() {
        assertThat(ReportDocument.findWord("the hero. He met", "He")).isEqualTo(10);
        assertThat(ReportDocument.findWord("other", "he")).isEqualTo(-1);
        assertThat(ReportDocument.findWord("he", "he")).isZero();
    }
}
