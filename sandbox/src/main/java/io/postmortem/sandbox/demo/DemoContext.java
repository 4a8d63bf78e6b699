package io.postmortem.sandbox.demo;

import io.postmortem.sandbox.SandboxWiring;

import java.time.Instant;
import java.util.Random;

/**
 * What a seed step works with: every part of the sandbox (through the wiring), the demo organisation, the instant
 * the demo ends at (the clock at the first start), and a random seeded per step so each step's data is the same
 * every time, whatever other steps do.
 */
public record DemoContext(SandboxWiring wiring, DemoOrganisation organisation, Instant end) {

    public Random random(String stepName) {
        return new Random(stepName.hashCode() * 31L + 20240611L);
    }

    /**
     * Runs a step's writes to the plugin's stores in one database transaction: the stores' own transactions join
     * it, so thousands of rows cost one commit instead of one each.
     */
    public void inOneTransaction(Runnable writes) {
        wiring.activeObjects().executeInTransaction(() -> {
            writes.run();
            return null;
        });
    }
}
