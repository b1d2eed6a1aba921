package dev.eventex.eval;

import static dev.eventex.eval.GoldMatcherTest.j;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading both gold formats, told apart per file. */
class GoldFileTest {

    @TempDir
    Path dir;

    @Test
    void sharedFormatIsTakenAsItIs() {
        GoldFile g = GoldFile.of(j("{'id':'n7','events':[{'type':'Meeting','participants':[['Ana Velcu','Velcu'],['Oren Tal']],"
                + "'location':['Port Emel'],'tense':'past'}]}"), "ignored");
        assertThat(g.id()).isEqualTo("n7");
        assertThat(g.format()).isEqualTo(GoldFile.Format.SHARED);
        assertThat(g.events().get(0).node().toString()).isEqualTo(
                "{\"type\":\"Meeting\",\"participants\":[[\"Ana Velcu\",\"Velcu\"],[\"Oren Tal\"]],\"location\":[\"Port Emel\"],\"tense\":\"past\"}");
    }

    @Test
    void eventexFormatIsConvertedToTheSharedStructure() {
        GoldFile g = GoldFile.of(j("{'date':'2031-02-03','events':["
                + "{'type':'Meeting','participants':['Ana Velcu|Velcu','Oren Tal'],'location':'Port Emel','tense':'past'},"
                + "{'type':'TradeGoal','parties':['Dornia','Tarsland|Republic of Tarsland'],'target':{'value':3000000,'currency':'USD'},"
                + "'setBy':['both ministers'],'deadline':'2033|2033-12'}]}"), "doc-a");
        assertThat(g.id()).isEqualTo("doc-a");
        assertThat(g.format()).isEqualTo(GoldFile.Format.EVENTEX);
        assertThat(g.events().get(0).node().toString()).isEqualTo(
                "{\"type\":\"Meeting\",\"participants\":[[\"Ana Velcu\",\"Velcu\"],[\"Oren Tal\"]],\"location\":[\"Port Emel\"],\"tense\":\"past\"}");
        GoldFile.GoldEvent tg = g.events().get(1);
        assertThat(tg.node().get("parties").toString()).isEqualTo("[[\"Dornia\"],[\"Tarsland\",\"Republic of Tarsland\"]]");
        assertThat(tg.node().get("setBy").toString()).isEqualTo("[[\"both ministers\"]]");
        assertThat(tg.roleMatches("deadline", j("{'deadline':{'text':'by the end of 2033','value':'2033-12'}}"))).isTrue();
        assertThat(tg.roleMatches("deadline", j("{'deadline':{'text':'by 2034','value':'2034'}}"))).isFalse();
    }

    @Test
    void eventexAlternativesAndIntervalsInOtherRoles() {
        GoldFile g = GoldFile.of(j("{'events':[{'type':'Visit','visitor':'Ana Velcu','destination':'Tarsland',"
                + "'date':'2031-03-10/2031-03-12','tense':'ongoing|past'}]}"), "v");
        GoldFile.GoldEvent v = g.events().get(0);
        assertThat(v.roleMatches("date", j("{'date':{'text':'on Tuesday','value':'2031-03-11'}}"))).isTrue();
        assertThat(v.roleMatches("date", j("{'date':{'text':'in March','value':'2031-03'}}"))).as("other precision").isFalse();
        assertThat(v.roleMatches("date", j("{'date':{'text':'on Friday','value':'2031-03-14'}}"))).isFalse();
        assertThat(v.roleMatches("tense", j("{'tense':'past'}"))).isTrue();
        // in a shared file the same strings are taken literally
        GoldFile s = GoldFile.of(j("{'events':[{'type':'Visit','visitor':['Ana Velcu'],'destination':['Tarsland'],"
                + "'date':'2031-03-10/2031-03-12'}]}"), "v");
        assertThat(s.events().get(0).roleMatches("date", j("{'date':{'value':'2031-03-11'}}"))).isFalse();
    }

    @Test
    void aDirectoryMayHoldBothKindsOfFileName() throws IOException {
        Files.writeString(dir.resolve("n1.json"), "{\"id\": \"n1\", \"events\": []}");
        Files.writeString(dir.resolve("n2.gold.json"), "{\"events\": [{\"type\": \"Visit\", \"visitor\": \"Ana Velcu\", \"destination\": \"Tarsland\"}]}");
        Files.writeString(dir.resolve("notes.txt"), "not gold");
        Map<String, GoldFile> all = GoldFile.readDirectory(dir);
        assertThat(all.keySet()).containsExactly("n1", "n2");
        assertThat(all.get("n2").format()).isEqualTo(GoldFile.Format.EVENTEX);
        assertThat(all.get("n1").events()).isEmpty();
    }
}
