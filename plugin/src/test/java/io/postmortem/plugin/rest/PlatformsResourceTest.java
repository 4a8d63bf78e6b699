package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.shared.NotAuthenticatedException;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformsResourceTest {

    @Test
    void any_logged_in_user_sees_platforms_with_their_teams() throws Exception {
        TestOrganisation jira = ConfigResourceTest.jira();
        jira.setConfiguration(ConfigResourceTest.richConfiguration());
        jira.logIn("bob");
        PlatformsResource resource = new PlatformsResource(ConfigResourceTest.service(jira), jira.actors());

        JsonNode platforms = Json.mapper().readTree((String) resource.platforms().getEntity());

        assertThat(platforms).hasSize(1);
        assertThat(platforms.get(0).get("slug").asText()).isEqualTo("payments");
        assertThat(platforms.get(0).get("lead").asText()).isEqualTo("alice");
        JsonNode ledger = platforms.get(0).get("teams").get(1);
        assertThat(ledger.toString()).isEqualTo(
                "{\"slug\":\"ledger\",\"name\":\"Ledger\",\"project\":\"LED\",\"component\":\"ledger\",\"group\":\"ledger-team\"}");

        jira.logIn(null);
        assertThatThrownBy(resource::platforms).isInstanceOf(NotAuthenticatedException.class);
    }
}
