package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Administration's acceptance, checked from outside through the sandbox's REST API. */
@UsesSandbox
class AdministrationRestTest {
    private static final String CONFIG = "/rest/postmortem/1.0/config";

    private final Http http;

    AdministrationRestTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void aDryRunWithOneBadRowChangesNothingAndNamesTheRowThenTheFixedFileImports() {
        String csv = http.get("admin", CONFIG + "/export/directory.csv").body();
        List<String> lines = new ArrayList<>(csv.lines().toList());
        assertThat(lines).hasSize(61);
        String before = http.get("admin", CONFIG + "/export").body();

        List<String> broken = new ArrayList<>(lines);
        broken.set(12, broken.get(12).replaceFirst(",[A-Z]{2,5},", ",NOSUCH,"));
        Http.Answer dryRun = http.send("admin", "POST", CONFIG + "/import?dryRun=true", String.join("\n", broken), "text/csv");
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(400);
        assertThat(dryRun.json().get("errors").has("row 13.project")).as(dryRun.body()).isTrue();
        assertThat(http.get("admin", CONFIG + "/export").body()).isEqualTo(before);

        List<String> fixed = new ArrayList<>(lines);
        fixed.set(2, fixed.get(2).replaceFirst("Billing", "Billing and Invoicing"));
        Http.Answer imported = http.send("admin", "POST", CONFIG + "/import", String.join("\n", fixed), "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode platforms = http.get("dev-billing", "/rest/postmortem/1.0/platforms").json();
        int teams = 0;
        boolean renamed = false;
        for (JsonNode platform : platforms) {
            for (JsonNode team : platform.get("teams")) {
                teams++;
                renamed |= team.get("name").asText().equals("Billing and Invoicing");
            }
        }
        assertThat(teams).isEqualTo(60);
        assertThat(renamed).isTrue();
        assertThat(http.get("admin", CONFIG + "/audit").body()).contains("Billing and Invoicing");

        http.send("admin", "POST", CONFIG + "/import", String.join("\n", lines), "text/csv");
    }

    @Test
    void exportResetImportGivesBackTheSameConfigurationAndOnlyAdministratorsChangeIt() {
        String exported = http.get("admin", CONFIG + "/export").body();
        String changed = exported.replaceFirst("\"escalateAfterBusinessDays\" ?: ?\\d+", "\"escalateAfterBusinessDays\" : 5");
        assertThat(changed).isNotEqualTo(exported);
        assertThat(http.send("admin", "PUT", CONFIG, changed).status()).isEqualTo(200);
        assertThat(http.get("admin", CONFIG + "/export").body()).isNotEqualTo(exported);

        Http.Answer restored = http.send("admin", "POST", CONFIG + "/import", exported, "application/json");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(http.get("admin", CONFIG + "/export").body()).isEqualTo(exported);

        assertThat(http.send("dev-billing", "PUT", CONFIG, exported).status()).isEqualTo(403);
        assertThat(http.send("mim", "PUT", CONFIG, exported).status()).isEqualTo(403);
        assertThat(http.get("admin", CONFIG + "/audit").body()).contains("Escalate");
    }
}
