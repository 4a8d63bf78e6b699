package io.postmortem.plugin.health;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedHostCallTest {
    private final DegradedFeatures degraded = new DegradedFeatures(
            Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));
    private final GuardedHostCall guard = new GuardedHostCall(degraded);

    @Test
    void aLinkageErrorTurnsTheFeatureOffAndIsReportedOnce() {
        assertThat(guard.call("health: mail server", "com.atlassian.mail.server.MailServerManager#getDefaultSMTPMailServer",
                () -> {
                    throw new NoSuchMethodError("getDefaultSMTPMailServer");
                })).isEmpty();
        assertThat(guard.call("health: mail server", "com.atlassian.mail.server.MailServerManager#getDefaultSMTPMailServer",
                () -> {
                    throw new NoClassDefFoundError("com/atlassian/mail/server/SMTPMailServer");
                })).isEmpty();

        assertThat(guard.isDegraded("health: mail server")).isTrue();
        assertThat(guard.degradations()).singleElement().satisfies(degradation -> {
            assertThat(degradation.member()).isEqualTo("com.atlassian.mail.server.MailServerManager#getDefaultSMTPMailServer");
            assertThat(degradation.error()).isEqualTo("NoSuchMethodError: getDefaultSMTPMailServer");
            assertThat(degradation.since()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        });
    }

    @Test
    void answersPassThroughAndOtherFailuresAreNotSwallowed() {
        assertThat(guard.call("f", "m", () -> 42)).contains(42);
        assertThat(guard.call("f", "m", () -> null)).isEmpty();
        assertThatThrownBy(() -> guard.call("f", "m", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(guard.degradations()).isEmpty();
    }
}
