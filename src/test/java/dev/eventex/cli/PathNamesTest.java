package dev.eventex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names that are not text in the JVM's charset keep an id that names the one file. */
class PathNamesTest {

    @TempDir
    Path dir;

    @Test
    void validUtf8BytesDecodeAsUtf8() {
        assertThat(PathNames.fromUriSegment("caf%C3%A9.txt")).isEqualTo("café.txt");
        assertThat(PathNames.fromUriSegment("plain-name.txt")).isEqualTo("plain-name.txt");
    }

    @Test
    void bytesThatAreNotUtf8StayVisibleAsEscapes() {
        assertThat(PathNames.fromUriSegment("caf%E9.txt")).isEqualTo("caf%E9.txt");
        // a literal percent sign in such a name is escaped too, so the id stays unambiguous
        assertThat(PathNames.fromUriSegment("50%25-caf%E9.txt")).isEqualTo("50%25-caf%E9.txt");
    }

    @Test
    void ordinaryNamesAreUnchanged() {
        assertThat(PathNames.fileName(Path.of("in", "report ünïcode.txt"))).isEqualTo("report ünïcode.txt");
        assertThat(PathNames.fileName(Path.of("/"))).isEqualTo("/");
    }

    /** Two files whose names differ only in a byte the locale cannot decode get two ids, neither with U+FFFD. */
    @Test
    void extractKeepsNonUtf8FileNamesApart() throws IOException, InterruptedException {
        Path in = Files.createDirectories(dir.resolve("in"));
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to create a raw-byte file name");
        Process p = new ProcessBuilder("/bin/sh", "-c",
                "printf 'The minister spoke.' > \"$(printf 'a\\351.txt')\" && printf 'The minister spoke.' > \"$(printf 'a\\350.txt')\"")
                .directory(in.toFile()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "file system refused raw-byte names");

        CliTest.Run run = CliTest.run("extract", "--quiet", in.toString());

        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);
        List<String> ids = lines.stream().map(l -> l.path("document").path("id").asText()).toList();
        assertThat(ids).containsExactly("a%E8.txt", "a%E9.txt");
        assertThat(lines).allSatisfy(l -> assertThat(l.has("errors")).isFalse());
    }
}
