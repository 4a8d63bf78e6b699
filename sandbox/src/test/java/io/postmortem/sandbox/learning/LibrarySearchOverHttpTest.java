package io.postmortem.sandbox.learning;

import io.postmortem.sandbox.host.SandboxClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library answers a search by a root-cause word over HTTP with the postmortems that name it. Uses the sandbox's
 * published postmortems, topped up to {@value #AT_LEAST} when the demo holds fewer.
 */
@UsesSandbox
class LibrarySearchOverHttpTest {
    static final int AT_LEAST = 40;
    private static final String LIBRARY = "/rest/postmortem/1.0/library";
    private static final String[][] CAUSES = {
            {"Connection pool exhausted by a retry storm", "dependency"},
            {"Feature flag enabled for every region at once", "configuration"},
            {"Disk filled with unrotated audit logs", "capacity"},
            {"Schema migration locked the orders table", "change"},
            {"Cache keys collided after a serializer upgrade", "code-defect"},
            {"Certificate renewal job silently failed", "process"},
            {"Duplicate events replayed from the dead-letter queue", "data"},
            {"Upstream payment provider throttled our traffic", "dependency"}};
    private static final String[] TEAMS = {"card-processing", "billing", "checkout"};

    private final Sandbox sandbox;
    private final Http http;

    LibrarySearchOverHttpTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void aSearchByARootCauseWordFindsThePostmortemsThatNameIt() {
        topUp();
        String word = rootCauseWord();
        Http.Answer answer = http.get("dev-billing", LIBRARY + "?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("results").size()).isPositive();
        // How fast it answers is for a benchmark to show, not for a test on a shared machine to assert.
    }

    private void topUp() {
        int missing = AT_LEAST - published().size();
        PublishedPostmortems writer = new PublishedPostmortems(sandbox.context());
        Instant now = sandbox.bean(SandboxClock.class).instant();
        for (int i = 0; i < missing; i++) {
            String[] cause = CAUSES[i % CAUSES.length];
            writer.publish(new PublishedPostmortems.Spec("Service degraded " + (i + 1), "P" + (3 + i % 3),
                    TEAMS[i % TEAMS.length], List.of(), "component-" + (i % 7), now.minus(30 + i, ChronoUnit.DAYS),
                    new RootCause(cause[0], cause[1]), List.of()));
        }
        assertThat(published().size()).isGreaterThanOrEqualTo(AT_LEAST);
    }

    private List<JsonNode> published() {
        List<JsonNode> results = new ArrayList<>();
        http.get("mim", LIBRARY + "?limit=100").json().path("results").forEach(results::add);
        return results;
    }

    /** The longest word of the first root cause the library lists: real text from the sandbox's data. */
    private String rootCauseWord() {
        String description = published().stream().flatMap(hit -> {
            List<String> causes = new ArrayList<>();
            hit.path("rootCauses").forEach(cause -> causes.add(cause.path("description").asText()));
            return causes.stream();
        }).findFirst().orElseThrow();
        return Arrays.stream(description.split("[^\\p{L}]+")).max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow().toLowerCase(Locale.ROOT);
    }
}
