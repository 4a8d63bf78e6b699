package io.postmortem.core.blameless;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BlamelessReviewerTest {
    private static final Set<String> PEOPLE = Set.of("Dave Smith", "dsmith", "Mark Chen", "mchen", "Will Turner");
    private final BlamelessReviewer reviewer = BlamelessReviewer.english();

    private List<String> quotes(String text) {
        return reviewer.review(text, PEOPLE).stream().map(f -> f.rule() + ":" + f.quote(text)).toList();
    }

    @Test
    void flags_a_counterfactual_with_its_exact_span() {
        String text = "Dave should have checked the config before deploying";
        List<Finding> findings = reviewer.review(text, PEOPLE);

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.start()).isEqualTo(5);
        assertThat(f.end()).isEqualTo(16);
        assertThat(f.rule()).isEqualTo("counterfactual");
        assertThat(f.messageKey()).isEqualTo("blameless.counterfactual.message");
        assertThat(f.message()).contains("hindsight");
        assertThat(f.suggestion()).contains("What made this step reasonable at the time?");
    }

    @Test
    void flags_human_error_as_root_cause_with_its_exact_span() {
        String text = "Root cause: human error";
        List<Finding> findings = reviewer.review(text, PEOPLE);

        assertThat(findings).extracting(Finding::rule, Finding::start, Finding::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("human-error", 12, 23));
    }

    @Test
    void does_not_flag_a_system_that_failed_to_start() {
        assertThat(reviewer.review("The deploy failed to start because the config was invalid", PEOPLE)).isEmpty();
        assertThat(reviewer.review("The job failed to run.", PEOPLE)).isEmpty();
    }

    @Test
    void flags_a_named_person_as_subject_of_a_failure_verb_from_the_name_on() {
        String text = "At 10:02 Dave broke checkout.";
        assertThat(quotes(text)).containsExactly("person-failure:Dave broke");
        Finding f = reviewer.review(text, PEOPLE).get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo("Dave broke");
        assertThat(f.start()).isEqualTo(9);

        assertThat(quotes("Dave Smith broke the payment flow.")).containsExactly("person-failure:Dave Smith broke");
        assertThat(quotes("@dsmith forgot to renew the certificate."))
                .containsExactly("person-failure:@dsmith forgot");
        assertThat(quotes("mchen misconfigured the rate limiter.")).containsExactly("person-failure:mchen misconfigured");
    }

    @Test
    void names_that_are_also_words_are_not_people_unless_written_as_names() {
        assertThat(quotes("We will fail over if the primary stays degraded.")).isEmpty();
        assertThat(quotes("Mark the ticket as resolved.")).isEmpty();
        assertThat(quotes("Will broke the build.")).containsExactly("person-failure:Will broke");
    }

    @Test
    void a_person_given_as_the_cause_is_flagged() {
        assertThat(quotes("The outage was caused by Dave.")).containsExactly("person-cause:caused by Dave");
        assertThat(quotes("Root cause: the on-call engineer.")).containsExactly("person-cause:Root cause: the on-call");
        assertThat(quotes("The outage was caused by a typo in the Helm values.")).isEmpty();
    }

    @Test
    void judgement_and_hindsight_words_are_flagged() {
        assertThat(quotes("This was a careless change.")).containsExactly("blame-trait:careless");
        assertThat(quotes("Obviously the disk would fill up.")).containsExactly("hindsight:Obviously");
        assertThat(quotes("It was Dave's fault.")).containsExactly("judgement:Dave's fault");
    }

    @Test
    void negations_are_not_flagged() {
        assertThat(quotes("This was not a human error.")).isEmpty();
        assertThat(quotes("Human error was not the root cause.")).isEmpty();
        assertThat(quotes("Nobody was careless.")).isEmpty();
        assertThat(quotes("It was no one's fault.")).isEmpty();
        assertThat(quotes("Nobody could have predicted the stampede.")).isEmpty();
    }

    @Test
    void quotations_code_spans_and_urls_are_not_flagged() {
        assertThat(quotes("The customer wrote \"you clearly did not test this\".")).isEmpty();
        assertThat(quotes("The customer wrote \u201Csomebody was careless\u201D.")).isEmpty();
        assertThat(quotes("The log said 'human error detected' twice.")).isEmpty();
        assertThat(quotes("The line `worker should have retried` repeated.")).isEmpty();
        assertThat(quotes("The key {{failOnCarelessInput}} was true.")).isEmpty();
        assertThat(quotes("See https://example.com/careless-deploys/human-error for details.")).isEmpty();
        assertThat(quotes("> Dave: I should have checked")).isEmpty();
        // the same words outside the quotation are still found
        assertThat(quotes("He said \"sorry\" but Dave should have checked.")).containsExactly("counterfactual:should have");
    }

    @Test
    void should_have_as_a_recommendation_is_not_a_counterfactual() {
        assertThat(quotes("We should have a runbook for certificate rotation.")).isEmpty();
        assertThat(quotes("Nobody should have to wake up for this.")).isEmpty();
        assertThat(quotes("This could have affected every customer.")).isEmpty();
        assertThat(quotes("The circuit breaker should have opened after five failures.")).isEmpty();
    }

    @Test
    void spans_point_into_the_original_text_of_a_longer_document() {
        String text = "Timeline\n10:02 alerts fired.\n10:05 The engineer\u2019s fix was simply wrong; Priya failed to page.";
        List<Finding> findings = reviewer.review(text, Set.of("Priya Raman"));

        assertThat(findings).extracting(f -> f.quote(text)).containsExactly("simply", "failed to");
        assertThat(findings.get(0).start()).isEqualTo(text.indexOf("simply"));
    }

    @Test
    void empty_text_has_no_findings() {
        assertThat(reviewer.review("", PEOPLE)).isEmpty();
        assertThat(reviewer.review(null, PEOPLE)).isEmpty();
    }

    @Test
    void is_safe_to_share_between_threads() throws Exception {
        String text = "Dave should have checked. The deploy failed to start. Root cause: human error.";
        List<Finding> expected = reviewer.review(text, PEOPLE);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    if (!reviewer.review(text, PEOPLE).equals(expected)) {
                        failures.add(new AssertionError("different findings"));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(expected).hasSize(2);
    }

    @Test
    void a_name_outside_the_directory_starting_a_sentence_is_a_person_but_a_product_or_a_plural_is_not() {
        assertThat(quotes("Ingrid took down checkout.")).containsExactly("person-failure:Ingrid took down");
        assertThat(quotes("Terraform took down checkout.")).isEmpty();
        assertThat(quotes("Retries took down checkout.")).isEmpty();
        assertThat(quotes("Replication broke after the partition.")).isEmpty();
        assertThat(quotes("GitHub Actions skipped the canary.")).isEmpty();
        assertThat(quotes("The ORM carelessly issued one query per row.")).isEmpty();
        assertThat(quotes("Ingrid carelessly issued one query per row.")).containsExactly("blame-manner-strong:carelessly");
    }

    @Test
    void a_second_verb_shares_the_subject_of_the_first() {
        assertThat(quotes("Ingrid pushed the config without a review and took down checkout."))
                .contains("named-harm:without a review", "person-failure:took down");
        assertThat(quotes("The deploy pipeline pushed the config and took down checkout.")).isEmpty();
        assertThat(quotes("The cache filled up and was sloppy about evictions.")).isEmpty();
    }

    @Test
    void praise_of_a_harm_is_sarcasm_and_sincere_thanks_are_not() {
        assertThat(quotes("Great job by the on-call, who slept through 40 pages."))
                .containsExactly("sarcasm:Great job");
        assertThat(quotes("Great job by the on-call, who restored checkout in ten minutes.")).isEmpty();
        assertThat(quotes("Kudos to Lena for finding the leak before it took down the service.")).isEmpty();
    }

    @Test
    void fault_is_laid_on_people_after_a_harm_and_ownership_of_a_thing_is_no_blame() {
        assertThat(quotes("This outage is on the payments team.")).hasSize(1);
        assertThat(quotes("The blame for the data loss falls on Ingrid.")).isNotEmpty();
        assertThat(quotes("The platform team is responsible for this mess.")).isNotEmpty();
        assertThat(quotes("Responsibility for the runbook lies with the platform team.")).isEmpty();
        assertThat(quotes("The platform team is responsible for the follow-up actions.")).isEmpty();
        assertThat(quotes("The DBA team owns this failure.")).isNotEmpty();
        assertThat(quotes("The mobile team owns the release pipeline.")).isEmpty();
    }

    @Test
    void omissions_by_nobody_and_consequences_of_a_condition() {
        assertThat(quotes("Nobody checked the backups for six months.")).containsExactly("nobody-checked:Nobody");
        assertThat(quotes("Nobody was paged because the rota had a gap.")).isEmpty();
        assertThat(quotes("A careful author would have caught it.")).isNotEmpty();
        assertThat(quotes("If the lag had been on the dashboard, the responder would have seen it.")).isEmpty();
        assertThat(quotes("The dashboards would have shown it if the metric had been scraped.")).isEmpty();
    }

    @Test
    void a_remark_on_fitness_blames_a_person_but_describes_a_system() {
        assertThat(quotes("Omar can't be trusted with production access.")).containsExactly("fitness:can't be trusted");
        assertThat(quotes("The cache cannot be trusted after a partial failover.")).isEmpty();
        assertThat(quotes("Skipping lunch, Zoe skipped the canary.")).containsExactly("skipped-safeguard:skipped");
        assertThat(quotes("Zoe skipped lunch to finish the backfill.")).isEmpty();
    }
}
