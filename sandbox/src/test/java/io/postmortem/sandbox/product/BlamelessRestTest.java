package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The blameless review's acceptance, checked from outside through the sandbox's REST API. */
@UsesSandbox
class BlamelessRestTest {
    private static final String REVIEW = "/rest/postmortem/1.0/blameless/review";

    private final Http http;

    BlamelessRestTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void flagsFingerPointingWithExactSpansAndLeavesSystemsAlone() {
        assertFlagged("Dave should have checked the config before deploying", "should have");
        assertFlagged("Root cause: human error", "human error");
        JsonNode fine = review("The deploy failed to start because the config was invalid");
        assertThat(fine.get("findings")).isEmpty();
    }

    @Test
    void emptyTextIsA400NamingTheFieldAndNobodyLoggedInIsA401() {
        Http.Answer empty = http.post("dev-billing", REVIEW, "{\"text\": \"\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").has("text")).isTrue();
        assertThat(http.post(null, REVIEW, "{\"text\": \"x\"}").status()).isEqualTo(401);
    }

    private void assertFlagged(String text, String flaggedPart) {
        JsonNode findings = review(text).get("findings");
        assertThat(findings).as(text).isNotEmpty();
        boolean spanCovers = false;
        for (JsonNode finding : findings) {
            String span = text.substring(finding.get("start").asInt(), finding.get("end").asInt());
            spanCovers |= span.toLowerCase().contains(flaggedPart);
            assertThat(finding.get("rule").asText()).isNotBlank();
            assertThat(finding.get("message").asText()).isNotBlank();
            assertThat(finding.get("suggestion").asText()).isNotBlank();
        }
        assertThat(spanCovers).as("a finding's span covers \"" + flaggedPart + "\" in: " + text).isTrue();
    }

    private JsonNode review(String text) {
        Http.Answer answer = http.post("dev-billing", REVIEW, "{\"text\": \"" + text + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
