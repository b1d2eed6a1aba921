package dev.eventex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --baseline-only} and the child JVM of {@code bench --baseline-jvm}. */
class BaselineJvmTest {

    @Test
    void theChildRunsThisBenchWithTheBaselineOnlyAndWithoutTheParentsRecordings() {
        BaselineJvm child = new BaselineJvm(List.of(Path.of("texts"), Path.of("more")), 2, 3, 30, 5, true);
        List<String> cmd = child.command("/jdk/bin/java", "eventex-cli.jar",
                List.of("-Xmx2g", "-XX:StartFlightRecording=filename=a.jfr", "-XX:+UseParallelGC", "-Xlog:gc:gc.log",
                        "-agentlib:jdwp=transport=dt_socket"));
        assertThat(cmd).containsExactly("/jdk/bin/java", "-Xmx2g", "-XX:+UseParallelGC", "-cp", "eventex-cli.jar",
                Main.class.getName(), "bench", "--baseline-only", "--threads=2", "--repeat=3", "--warmup=30", "--rounds=5",
                "--compare-threads", "texts", "more");
    }

    @Test
    void aResultLineReadsBack() {
        String line = BaselineJvm.resultLine(2, 123.4567, 4.25);
        assertThat(BaselineJvm.parse(line)).hasValue(new BaselineJvm.Result(2, 123.457, 4.25));
        assertThat(BaselineJvm.parse("OpenNLP sent+tok+POS, 1 thread  200.0")).isEmpty();
    }

    @Test
    void baselineOnlyTimesBareOpenNlpWithoutBuildingTheExtractor(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Minister Ana Velor of Elbonia visited Tarvo on Monday. She met the mayor.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "bench", "--baseline-only", "--threads", "1", "--warmup", "0", "--rounds", "1", dir.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(printed).contains("Extractor not built").contains("OpenNLP sent+tok+POS, 1 thread").doesNotContain("full pipeline");
        assertThat(printed.lines().map(BaselineJvm::parse).flatMap(java.util.Optional::stream))
                .singleElement().satisfies(r -> assertThat(r.threads()).isEqualTo(1));
    }
}
