package io.postmortem.testkit.rest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestHarnessTest {
    private RestHarness rest;

    @BeforeEach
    void start() {
        rest = RestHarness.builder().resource(new WhoAmIResource()).start();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void servesUnderJirasBasePathOnALoopbackEphemeralPort() {
        assertThat(rest.port()).isPositive();
        assertThat(rest.baseUri().toString())
                .isEqualTo("http://127.0.0.1:" + rest.port() + "/rest/postmortem/1.0");
        assertThat(rest.client().uri("/whoami").getPath()).isEqualTo("/rest/postmortem/1.0/whoami");
    }

    @Test
    void theTestUserHeaderLogsSomeoneIn() {
        RestResponse answer = rest.client().as("alice").get("/whoami");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("user").asText()).isEqualTo("alice");
    }

    @Test
    void withoutAUserTheRequestIsAnonymous() {
        RestResponse answer = rest.client().get("/whoami");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.json().get("user").isNull()).isTrue();
    }

    @Test
    void aUserDoesNotLeakIntoTheNextRequest() {
        // Many requests so the server's pooled threads are reused between a logged-in and an anonymous one.
        for (int i = 0; i < 20; i++) {
            assertThat(rest.client().as("user" + i).get("whoami").json().get("user").asText()).isEqualTo("user" + i);
            assertThat(rest.client().get("whoami").status()).isEqualTo(401);
        }
    }

    @Test
    void httpBasicCredentialsLogTheirUserIn() throws Exception {
        String credentials = Base64.getEncoder().encodeToString("bob:any-password".getBytes(StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(rest.client().uri("/whoami"))
                    .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"user\":\"bob\"}");
        }
    }

    @Test
    void bodiesGoBothWaysAsUtf8() {
        RestResponse answer = rest.client().post("/whoami/echo", "{\"title\":\"Ausfall über Nacht\"}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("title").asText()).isEqualTo("Ausfall über Nacht");
        assertThat(answer.mediaType()).isEqualTo("application/json");
    }

    @Test
    void jsonOfANonJsonBodyFailsWithTheWholeAnswer() {
        RestResponse notJson = new RestResponse("GET", "/x", 500, "<html>oops</html>",
                java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));

        assertThatThrownBy(notJson::json).hasMessageContaining("GET /x -> 500").hasMessageContaining("<html>oops");
    }

    @Test
    void closingStopsTheServer() {
        URI whoami = rest.client().uri("/whoami");
        rest.close();

        assertThatThrownBy(() -> {
            try (HttpClient http = HttpClient.newHttpClient()) {
                http.send(HttpRequest.newBuilder(whoami).build(), HttpResponse.BodyHandlers.ofString());
            }
        }).isInstanceOf(java.io.IOException.class);
        rest = RestHarness.builder().start(); // so @AfterEach has something to close
    }
}
