package io.postmortem.core.config;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DirectoryCsvTest {

    @Test
    void reads_quoted_fields_with_commas_quotes_and_line_breaks() {
        assertThat(DirectoryCsv.records("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\n"))
                .containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("multi\nline", "x", ""));
    }

    @Test
    void finds_columns_by_name_in_any_order_and_keeps_the_mim_and_sre_groups() {
        String csv = """
                team_slug,group,project,team_name,platform_lead,platform_name,platform_slug
                ledger,ledger-team,LED,Ledger,alice,Payments,payments
                """;

        DirectoryCsv.Parsed parsed = DirectoryCsv.parse(csv, new Directory(List.of(), List.of(), "mim", "sre"));

        assertThat(parsed.directory().teams()).containsExactly(new Team("ledger", "Ledger", "payments", "LED", null, "ledger-team"));
        assertThat(parsed.directory().mimGroup()).isEqualTo("mim");
        assertThat(parsed.directory().sreGroup()).isEqualTo("sre");
        assertThat(parsed.teamRows()).containsExactly(2);
        assertThat(parsed.rowErrors()).isEmpty();
    }

    @Test
    void refuses_a_file_without_the_required_columns() {
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> DirectoryCsv.parse("team_slug,team_name,colour\nx,y,z\n", Directory.empty()));

        assertThat(refused.errors()).containsEntry("row 1.colour", "Unknown column; use platform_slug, platform_name, "
                + "platform_lead, team_slug, team_name, project, component, group.")
                .containsEntry("row 1.project", "Missing column.")
                .containsKey("row 1.platform_slug")
                .doesNotContainKey("row 1.component");
    }

    @Test
    void refuses_an_unclosed_quote_and_names_its_row() {
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> DirectoryCsv.parse("platform_slug\n\"open\n", Directory.empty()));

        assertThat(refused.errors()).containsExactly(Map.entry("row 2", "A quoted field is not closed."));
    }

    @Test
    void writes_what_it_reads() {
        String csv = Organisation60.csv();
        Directory directory = DirectoryCsv.parse(csv, Directory.empty()).directory();

        assertThat(DirectoryCsv.parse(DirectoryCsv.write(directory), Directory.empty()).directory()).isEqualTo(directory);
        assertThat(DirectoryCsv.write(directory)).contains("\"Platform 1, core\"");
    }
}
