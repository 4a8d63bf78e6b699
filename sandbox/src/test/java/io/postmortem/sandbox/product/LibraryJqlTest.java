package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The postmortem library is also reachable by JQL: the issue search lists what the library page finds. */
@UsesSandbox
class LibraryJqlTest {
    private final Http http;

    LibraryJqlTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void postmortemLibraryListsTheSamePostmortemsAsTheLibrary() {
        JsonNode first = http.get("mim", "/rest/postmortem/1.0/library?limit=1").json().get("results").get(0);
        String word = first.get("title").asText().split(" ")[0];
        JsonNode library = http.get("mim", "/rest/postmortem/1.0/library?limit=100&q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8)).json().get("results");

        String page = http.get("mim", "/issues/?jql=" + URLEncoder.encode(
                "issue in postmortemLibrary(\"" + word + "\")", StandardCharsets.UTF_8)).body();

        assertThat(page).contains("data-count=\"" + library.size() + "\"");
        library.forEach(hit -> assertThat(page).contains(hit.get("postmortemKey").asText()));
    }
}
