package io.postmortem.plugin.health;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostCallsTest {
    private final DegradedFeatures degraded = new DegradedFeatures(Clock.systemUTC());
    private final HostCalls host = new HostCalls(degraded);

    /** Stands in for Gemini Blueprint's exception, which HostCalls recognises by name. */
    static final class ServiceUnavailableException extends RuntimeException {
        ServiceUnavailableException(String message) {
            super(message);
        }
    }

    @Test
    void aCallThatLinksAnswersAndTurnsNothingOff() {
        assertThat(host.call("mail", () -> "sent")).isEqualTo("sent");
        assertThat(host.callOr("mail", () -> "sent", () -> "fallback")).isEqualTo("sent");
        assertThat(degraded.all()).isEmpty();
    }

    @Test
    void aLinkageErrorTurnsTheFeatureOffOnceAndNamesTheMember() {
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(host.callOr("daily-jobs", () -> {
                calls.incrementAndGet();
                throw new NoSuchMethodError("'void com.atlassian.scheduler.SchedulerService.scheduleJob(...)'");
            }, () -> "off")).isEqualTo("off");
        }

        assertThat(calls).hasValue(3);
        assertThat(degraded.all()).singleElement().satisfies(d -> {
            assertThat(d.feature()).isEqualTo("daily-jobs");
            assertThat(d.member()).contains("SchedulerService.scheduleJob");
            assertThat(d.error()).startsWith("NoSuchMethodError");
        });
        assertThat(host.isOff("daily-jobs")).isTrue();
    }

    @Test
    void withoutAFallbackTheCallerGetsARefusalThatSendsTheAdministratorToTheHealthPage() {
        assertThatThrownBy(() -> host.call("problem-tickets", () -> {
            throw new NoClassDefFoundError("com/atlassian/jira/bc/issue/IssueService$CreateValidationResult");
        })).isInstanceOf(FeatureUnavailableException.class)
                .hasMessageContaining("'problem-tickets' is not available on this Jira")
                .hasMessageContaining("health page")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void aMissingOptionalHostServiceTurnsTheFeatureOffLikeALinkageError() {
        assertThat(host.callOr("mail", () -> {
            throw new ServiceUnavailableException("service matching filter=[(objectClass=com.atlassian.mail.queue.MailQueue)] unavailable");
        }, () -> "off")).isEqualTo("off");

        assertThat(degraded.all()).singleElement().satisfies(d -> {
            assertThat(d.feature()).isEqualTo("mail");
            assertThat(d.member()).startsWith("the host service").contains("MailQueue");
        });
    }

    @Test
    void otherFailuresPassThroughUntouched() {
        assertThatThrownBy(() -> host.call("mail", () -> {
            throw new IllegalStateException("SMTP down");
        })).isExactlyInstanceOf(IllegalStateException.class);
        assertThat(degraded.all()).isEmpty();
    }

    @Test
    void anOptionalAnswerIsEmptyWhenTheCallFailsToLinkAndTheFailureIsReportedOnce() {
        DegradedFeatures features = new DegradedFeatures(
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T09:00:00Z"), java.time.ZoneOffset.UTC));
        HostCalls calls = new HostCalls(features);

        assertThat(calls.optional("health: mail server", () -> {
            throw new NoSuchMethodError("getDefaultSMTPMailServer");
        })).isEmpty();
        assertThat(calls.optional("health: mail server", () -> {
            throw new NoClassDefFoundError("com/atlassian/mail/server/SMTPMailServer");
        })).isEmpty();

        assertThat(calls.isOff("health: mail server")).isTrue();
        assertThat(calls.degradations()).singleElement().satisfies(degradation -> {
            assertThat(degradation.member()).isEqualTo("getDefaultSMTPMailServer");
            assertThat(degradation.error()).isEqualTo("NoSuchMethodError: getDefaultSMTPMailServer");
            assertThat(degradation.since()).isEqualTo(java.time.Instant.parse("2026-11-25T09:00:00Z"));
        });
    }

    @Test
    void anOptionalAnswerPassesThroughAndOtherFailuresAreNotSwallowed() {
        HostCalls calls = new HostCalls(new DegradedFeatures(java.time.Clock.systemUTC()));

        assertThat(calls.optional("f", () -> 42)).contains(42);
        assertThat(calls.optional("f", () -> null)).isEmpty();
        assertThatThrownBy(() -> calls.optional("f", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(calls.degradations()).isEmpty();
    }
}
