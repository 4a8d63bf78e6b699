package io.postmortem.testkit.ao;

import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's H2 file keeps every committed transaction even when its process is killed without warning. */
class H2FileDurabilityTest {

    @Test
    void aCommitSurvivesSigkillOfTheWritingProcess(@TempDir Path folder) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("COMMITTED"));
            assertThat(line).as("the writer reports its commit").isEqualTo("COMMITTED");
        }
        writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (AoDatabase reopened = AoDatabase.h2File(folder)) {
            reopened.activeObjects().migrate(Note.class);
            assertThat(reopened.activeObjects().find(Note.class, "TITLE = ?", "survives")).hasSize(1);
        }
    }

    /** Runs in a child JVM: commits one note, says so, then waits to be killed. */
    public static final class CommitThenWait {
        public static void main(String[] args) throws Exception {
            AoDatabase database = AoDatabase.h2File(Path.of(args[0]));
            database.activeObjects().migrate(Note.class);
            database.activeObjects().executeInTransaction(
                    () -> database.activeObjects().create(Note.class, new DBParam("TITLE", "survives")));
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
