package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.access.Actors;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.testkit.rest.RequestUser;
import io.postmortem.testkit.rest.RestClient;
import io.postmortem.testkit.rest.RestHarness;
import io.postmortem.testkit.rest.RestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's error contract, through a real Jersey 3 server and the plugin's {@link ApiExceptionMapper}. */
class ApiErrorContractTest {
    private static RestHarness rest;
    private static RestClient alice;

    @BeforeAll
    static void start() {
        // alice and root, each in a group of their own; root administers; nobody may do anything else.
        TestOrganisation jira = TestOrganisation.builder().user("alice", "alice-group").user("root", "root-group")
                .administrators("root").browseProjects((user, project) -> false).browseIssues((user, issue) -> false)
                .editIssues((user, issue) -> false).createIssues((user, project) -> false).build();
        Actors actors = new Actors(RequestUser::current, jira, jira);
        rest = RestHarness.builder()
                .resource(new ContractProbeResource(actors))
                .provider(new ApiExceptionMapper())
                .start();
        alice = rest.client().as("alice");
    }

    @AfterAll
    static void stop() {
        rest.close();
    }

    @Test
    void aWellFormedRequestSucceeds() {
        RestResponse answer = alice.post("/probe/widgets", "{\"name\":\"gear\",\"size\":3}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("name").asText()).isEqualTo("gear");
        assertThat(answer.json().get("size").asInt()).isEqualTo(3);
    }

    @Test
    void malformedJsonIsA400AgainstTheBody() {
        JsonNode errors = errorsOf(alice.post("/probe/widgets", "{\"name\": \"gear\","));

        assertThat(fieldNames(errors)).containsExactly("body");
        assertThat(errors.get("body").asText()).startsWith("The body is not valid JSON");
    }

    @Test
    void anEmptyBodyIsA400AgainstTheBody() {
        assertThat(fieldNames(errorsOf(alice.post("/probe/widgets", "")))).containsExactly("body");
    }

    @Test
    void aBodyThatIsNotAnObjectIsA400AgainstTheBody() {
        assertThat(fieldNames(errorsOf(alice.post("/probe/notes", "[1,2]")))).containsExactly("body");
    }

    @Test
    void aWrongTypedFieldIsA400NamingIt() {
        assertThat(fieldNames(errorsOf(alice.post("/probe/widgets", "{\"name\":\"gear\",\"size\":\"big\"}"))))
                .containsExactly("size");
        assertThat(fieldNames(errorsOf(alice.post("/probe/notes", "{\"text\":\"t\",\"priority\":\"high\"}"))))
                .containsExactly("priority");
        assertThat(fieldNames(errorsOf(alice.post("/probe/notes", "{\"text\":42}")))).containsExactly("text");
    }

    @Test
    void aMissingRequiredFieldIsA400NamingIt() {
        JsonNode errors = errorsOf(alice.post("/probe/widgets", "{\"size\":3}"));
        assertThat(fieldNames(errors)).containsExactly("name");
        assertThat(errors.get("name").asText()).isEqualTo("Required.");

        assertThat(fieldNames(errorsOf(alice.post("/probe/notes", "{\"priority\":1}")))).containsExactly("text");
    }

    @Test
    void aMissingPrimitiveFieldIsRequiredWithoutJacksonsWording() {
        JsonNode errors = errorsOf(alice.post("/probe/widgets", "{\"name\":\"gear\"}"));

        assertThat(fieldNames(errors)).containsExactly("size");
        assertThat(errors.get("size").asText()).isEqualTo("Required.");
        assertThat(errorsOf(alice.post("/probe/widgets", "{\"name\":\"gear\",\"size\":null}")).get("size").asText())
                .isEqualTo("Required.");
    }

    @Test
    void anUnknownFieldIsA400NamingIt() {
        JsonNode errors = errorsOf(alice.post("/probe/widgets", "{\"name\":\"gear\",\"size\":1,\"colour\":\"red\"}"));

        assertThat(fieldNames(errors)).containsExactly("colour");
        assertThat(errors.get("colour").asText()).isEqualTo("Unknown field.");
    }

    @Test
    void anUnknownKeyIsA404() {
        assertThat(alice.get("/probe/widgets/W-1").status()).isEqualTo(200);

        RestResponse answer = alice.get("/probe/widgets/W-404");

        assertJson(answer, 404);
        assertThat(answer.json().get("message").asText()).isEqualTo("There is no widget W-404.");
    }

    @Test
    void nobodyLoggedInIsA401() {
        RestResponse answer = rest.client().get("/probe/widgets/W-1");

        assertJson(answer, 401);
        assertThat(answer.json().get("message").asText()).isNotBlank();
    }

    @Test
    void notPermittedIsA403() {
        assertThat(rest.client().as("root").delete("/probe/widgets/W-1").status()).isEqualTo(204);

        RestResponse answer = alice.delete("/probe/widgets/W-1");

        assertJson(answer, 403);
        assertThat(answer.json().get("message").asText()).isEqualTo("Only administrators delete widgets.");
    }

    @Test
    void anUnexpectedFailureIsA500WithoutItsDetails() {
        RestResponse answer = alice.get("/probe/boom");

        assertJson(answer, 500);
        assertThat(answer.json().get("reference").asText()).matches("[0-9a-f-]{36}");
        assertThat(answer.body())
                .doesNotContain(ContractProbeResource.SECRET)
                .doesNotContain("IllegalStateException")
                .doesNotContain("io.postmortem")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownPathIsA404InJson() {
        RestResponse answer = alice.get("/no/such/thing");

        assertJson(answer, 404);
        assertThat(answer.json().get("message").asText()).isEqualTo("Not Found");
    }

    @Test
    void aWrongMethodIsA405InJsonThatSaysWhatIsAllowed() {
        RestResponse answer = alice.send("PUT", "/probe/widgets/W-1", "{}", "application/json");

        assertJson(answer, 405);
        assertThat(answer.json().get("message").asText()).isEqualTo("Method Not Allowed");
        assertThat(answer.header("Allow")).get().asString().contains("GET").contains("DELETE");
    }

    @Test
    void anUnsupportedBodyTypeIsA415InJson() {
        RestResponse answer = alice.send("POST", "/probe/widgets", "name=gear", "application/x-www-form-urlencoded");

        assertJson(answer, 415);
    }

    private static JsonNode errorsOf(RestResponse answer) {
        assertJson(answer, 400);
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).as("errors object in " + answer).isNotNull();
        assertThat(errors.isObject()).as(answer.toString()).isTrue();
        return errors;
    }

    private static void assertJson(RestResponse answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.mediaType()).as(answer.toString()).isEqualTo("application/json");
        assertThat(answer.json().isObject()).as(answer.toString()).isTrue();
    }

    private static List<String> fieldNames(JsonNode errors) {
        return iterate(errors.fieldNames());
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> result = new java.util.ArrayList<>();
        names.forEachRemaining(result::add);
        return result;
    }
}
