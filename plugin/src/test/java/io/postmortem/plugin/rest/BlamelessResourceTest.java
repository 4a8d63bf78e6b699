package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.blameless.BlamelessReviewers;
import io.postmortem.core.people.Person;
import io.postmortem.core.shared.NotAuthenticatedException;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.testing.TestOrganisation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlamelessResourceTest {

    /**
     * A small user directory (Dave Smith, dsmith, and Priya Raman, praman), no administrators, the shipped rules with
     * no administrator's additions.
     */
    private static BlamelessResource resource(String loggedIn) {
        TestOrganisation jira = TestOrganisation.builder()
                .person(new Person("dsmith", "Dave Smith", "dave@example.com", ZoneId.of("UTC")), "jira-software-users")
                .person(new Person("praman", "Priya Raman", "priya@example.com", ZoneId.of("UTC")), "jira-software-users")
                .everyoneMayDoEverything().loggedIn(loggedIn).build();
        return new BlamelessResource(jira.actors(), jira, new BlamelessReviewers(jira));
    }

    private static JsonNode json(Response response) throws Exception {
        return Json.mapper().readTree((String) response.getEntity());
    }

    @Test
    void returns_findings_with_spans_messages_and_suggestions() throws Exception {
        String text = "Dave should have checked. The deploy failed to start.";
        Response response = resource("praman").review(Json.write(java.util.Map.of("text", text)));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode findings = json(response).get("findings");
        assertThat(findings).hasSize(1);
        JsonNode f = findings.get(0);
        assertThat(f.get("start").asInt()).isEqualTo(5);
        assertThat(f.get("end").asInt()).isEqualTo(16);
        assertThat(f.get("rule").asText()).isEqualTo("counterfactual");
        assertThat(f.get("message").asText()).isNotBlank();
        assertThat(f.get("suggestion").asText()).contains("reasonable at the time");
    }

    @Test
    void recognises_people_by_user_name_and_display_name_from_the_directory() throws Exception {
        Response byUsername = resource("praman").review("{\"text\":\"praman broke checkout.\"}");
        Response byDisplayName = resource("praman").review("{\"text\":\"Priya Raman broke checkout.\"}");
        // a lower-case word is a user name only when the directory holds it; a capitalised name needs no directory
        Response strangerUserName = resource("praman").review("{\"text\":\"zed broke checkout.\"}");
        Response strangerName = resource("praman").review("{\"text\":\"Zed broke checkout.\"}");
        Response system = resource("praman").review("{\"text\":\"Terraform broke checkout.\"}");

        assertThat(json(byUsername).get("findings").get(0).get("rule").asText()).isEqualTo("person-failure");
        assertThat(json(byDisplayName).get("findings").get(0).get("end").asInt()).isEqualTo(17);
        assertThat(json(strangerUserName).get("findings")).isEmpty();
        assertThat(json(strangerName).get("findings").get(0).get("rule").asText()).isEqualTo("person-failure");
        assertThat(json(system).get("findings")).isEmpty();
    }

    @Test
    void requires_a_logged_in_user() {
        assertThatThrownBy(() -> resource(null).review("{\"text\":\"Root cause: human error\"}"))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void missing_or_empty_text_is_a_400_naming_text() {
        for (String body : List.of("{}", "{\"text\":\"\"}", "{\"text\":null}", "{\"text\":\"   \"}")) {
            assertThatThrownBy(() -> resource("dsmith").review(body)).as(body)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("text"));
        }
        assertThatThrownBy(() -> resource("dsmith").review("{\"text\":42}"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("text"));
    }

    @Test
    void text_over_200000_characters_is_a_400() {
        String atLimit = "a".repeat(BlamelessResource.MAX_TEXT);
        assertThat(resource("dsmith").review(Json.write(java.util.Map.of("text", atLimit))).getStatus())
                .isEqualTo(200);
        assertThatThrownBy(() -> resource("dsmith").review(Json.write(java.util.Map.of("text", atLimit + "a"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("text"));
    }

    @Test
    void the_api_maps_a_refused_text_to_400_with_the_field() {
        Response mapped = new ApiExceptionMapper().toResponse(new ValidationException("text", "Required."));
        assertThat(mapped.getStatus()).isEqualTo(400);
        assertThat((String) mapped.getEntity()).contains("\"text\"");
    }
}
