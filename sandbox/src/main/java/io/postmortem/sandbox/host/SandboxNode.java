package io.postmortem.sandbox.host;

import java.time.Duration;

/**
 * This node of the sandbox: its name (cluster locks record it as their owner) and, for tests only, a pause after
 * each mail ({@code --test-mail-pause-ms}), so a test can stop a node in the middle of the daily job.
 */
public record SandboxNode(String name, Duration mailPause) {
    public static SandboxNode single() {
        return new SandboxNode("node-1", Duration.ZERO);
    }

    /** Tests only: lets the daily job be seen, and interrupted, in the middle of its run. */
    public void pauseAfterMail() {
        if (mailPause.isZero()) {
            return;
        }
        try {
            Thread.sleep(mailPause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
