package io.postmortem.core.blameless;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishGateTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final PublishGate gate = new PublishGate(BlamelessReviewer.english());

    private Map<String, String> texts(String summary, String timeline) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("summary", summary);
        texts.put("timeline", timeline);
        return texts;
    }

    @Test
    void unresolved_findings_name_their_field_and_passage() {
        List<UnresolvedFinding> open = gate.unresolved(
                texts("Root cause: human error.", "10:02 the job failed to run.\n10:05 Dave forgot to page."),
                List.of(), Set.of("Dave Smith"));

        assertThat(open).extracting(UnresolvedFinding::field, UnresolvedFinding::quotedText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("summary", "human error"),
                        org.assertj.core.groups.Tuple.tuple("timeline", "Dave forgot"));
        assertThat(gate.mayPublish(texts("Root cause: human error.", ""), List.of(), Set.of())).isFalse();
    }

    @Test
    void a_finding_is_resolved_when_the_text_no_longer_contains_it() {
        assertThat(gate.unresolved(texts("Root cause: a console that lists both clusters alike.", null),
                List.of(), Set.of())).isEmpty();
    }

    @Test
    void an_acknowledgement_with_a_reason_resolves_the_same_passage_and_rule() {
        Acknowledgement ack = new Acknowledgement("human-error", "Human  Error",
                "Quoting the vendor's report verbatim.", "mchen", NOW);

        assertThat(gate.unresolved(texts("Root cause: human error.", "Vendor said: human error again."),
                List.of(ack), Set.of())).isEmpty();
        assertThat(gate.mayPublish(texts("Root cause: human error.", ""), List.of(ack), Set.of())).isTrue();
    }

    @Test
    void an_acknowledgement_without_reason_or_for_another_rule_does_not_resolve() {
        Acknowledgement blank = new Acknowledgement("human-error", "human error", "  ", "mchen", NOW);
        Acknowledgement otherRule = new Acknowledgement("judgement", "human error", "because", "mchen", NOW);
        Acknowledgement otherText = new Acknowledgement("human-error", "operator error", "because", "mchen", NOW);

        assertThat(gate.unresolved(texts("Root cause: human error.", ""), List.of(blank, otherRule, otherText),
                Set.of())).hasSize(1);
    }

    @Test
    void an_acknowledgement_names_rule_passage_and_author() {
        assertThatThrownBy(() -> new Acknowledgement(" ", "x", "r", "u", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Acknowledgement("r", "", "r", "u", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Acknowledgement("r", "x", "r", null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Acknowledgement("r", "x", null, "u", NOW).hasReason()).isFalse();
    }
}
