package dev.eventex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's file listing (no Spark): the files Hadoop's recursive listFiles finds, without its per-file status reads. */
class FileListingTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsListedRecursivelyAsHadoopsListFilesListsIt() throws Exception {
        write("b.txt", "Minister Tarn Osk arrived in Velmora.");
        write("a.txt", "");
        write("notes.md", "not a text");
        write("sub/c.txt", "The delegation left on Monday.");
        write("sub/deeper/d.txt", "Talks ended.");
        write("sub/deeper/e.log", "skipped");
        Files.createDirectories(dir.resolve("empty"));
        Configuration conf = new Configuration();

        List<Row> listed = EventexSpark.files(conf, dir.toString(), "*.txt");

        List<String> expected = new ArrayList<>();
        FileSystem fs = new org.apache.hadoop.fs.Path(dir.toString()).getFileSystem(conf);
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(new org.apache.hadoop.fs.Path(dir.toString()), true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.getPath().getName().endsWith(".txt")) {
                expected.add(f.getPath() + " " + f.getLen());
            }
        }
        expected.sort(null);
        assertThat(listed.stream().map(r -> r.getString(0) + " " + r.getLong(1)).toList()).isEqualTo(expected).hasSize(4);
        assertThat(listed.get(0).getString(0)).endsWith("/a.txt");
        assertThat(listed.get(0).getLong(1)).isZero();
    }

    @Test
    void aSingleFileAndAGlobAreListedToo() throws Exception {
        write("x/one.txt", "One text.");
        write("y/two.txt", "Another text.");
        Configuration conf = new Configuration();

        assertThat(EventexSpark.files(conf, dir.resolve("x/one.txt").toString(), "*.txt")).extracting(r -> r.getLong(1)).containsExactly(9L);
        assertThat(EventexSpark.files(conf, dir + "/*/*.txt", "*.txt")).extracting(r -> r.getString(0))
                .allMatch(p -> p.endsWith("/x/one.txt") || p.endsWith("/y/two.txt")).hasSize(2);
    }

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
