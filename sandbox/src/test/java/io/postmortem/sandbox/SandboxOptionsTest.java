package io.postmortem.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxOptionsTest {

    @Test
    void withoutDatabaseOptionsTheSandboxIsOneNodeOnH2() {
        SandboxOptions options = SandboxOptions.parse("--port", "0", "--data", "here");
        assertThat(options.database()).isInstanceOf(SandboxOptions.H2.class);
        assertThat(options.node()).isEqualTo("node-1");
        assertThat(options.dataFolder()).isEqualTo(Path.of("here"));
        assertThat(options.shared()).isFalse();
        assertThat(options.mailPause()).isEqualTo(Duration.ZERO);
    }

    @Test
    void postgresStartsOneAndTheDbOptionsJoinOne() {
        assertThat(SandboxOptions.parse("--postgres", "--node", "a").database())
                .isInstanceOf(SandboxOptions.EmbeddedPostgres.class);
        SandboxOptions joining = SandboxOptions.parse("--db-url", "jdbc:postgresql://localhost:5432/postmortem",
                "--db-user", "postgres", "--db-password", "secret", "--node", "node-2");
        assertThat(joining.database()).isEqualTo(new SandboxOptions.JoinPostgres(
                "jdbc:postgresql://localhost:5432/postmortem", "postgres", "secret"));
        assertThat(joining.node()).isEqualTo("node-2");
        assertThat(joining.shared()).isTrue();
    }

    @Test
    void unknownOrIncompleteOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> SandboxOptions.parse("--nodes", "2"))
                .hasMessageContaining("unknown option --nodes").hasMessageContaining("--db-url");
        assertThatThrownBy(() -> SandboxOptions.parse("--db-url", "jdbc:postgresql://localhost/pm"))
                .hasMessageContaining("missing --db-user, --db-password");
        assertThatThrownBy(() -> SandboxOptions.parse("--db-url", "jdbc:h2:mem:x", "--db-user", "u", "--db-password", "p"))
                .hasMessageContaining("must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> SandboxOptions.parse("--postgres", "--db-url", "jdbc:postgresql://localhost/pm"))
                .hasMessageContaining("use one or the other");
        assertThatThrownBy(() -> SandboxOptions.parse("--node"))
                .hasMessageContaining("--node needs a value");
        assertThatThrownBy(() -> SandboxOptions.parse("--node", "two words"))
                .hasMessageContaining("--node needs a name");
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "many"))
                .hasMessageContaining("--port needs a whole number");
        assertThatThrownBy(() -> SandboxOptions.parse("--db-url", "jdbc:postgresql://localhost/pm", "--db-user", "u",
                "--db-password", "p", "--reset")).hasMessageContaining("--reset cannot be used");
    }
}
