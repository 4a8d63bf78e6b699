package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.shared.NotAuthenticatedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformsResourceTest {

    @Test
    void any_logged_in_user_sees_platforms_with_their_teams() throws Exception {
        ConfigTestJira jira = new ConfigTestJira();
        jira.configuration = ConfigResourceTest.richConfiguration();
        jira.loggedIn = "bob";
        PlatformsResource resource = new PlatformsResource(jira.service(), jira.actors());

        JsonNode platforms = Json.mapper().readTree((String) resource.platforms().getEntity());

        assertThat(platforms).hasSize(1);
        assertThat(platforms.get(0).get("slug").asText()).isEqualTo("payments");
        assertThat(platforms.get(0).get("lead").asText()).isEqualTo("alice");
        JsonNode ledger = platforms.get(0).get("teams").get(1);
        assertThat(ledger.toString()).isEqualTo(
                "{\"slug\":\"ledger\",\"name\":\"Ledger\",\"project\":\"LED\",\"component\":\"ledger\",\"group\":\"ledger-team\"}");

        jira.loggedIn = null;
        assertThatThrownBy(resource::platforms).isInstanceOf(NotAuthenticatedException.class);
    }
}
