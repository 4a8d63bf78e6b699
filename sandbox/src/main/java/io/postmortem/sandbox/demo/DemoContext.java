package io.postmortem.sandbox.demo;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.Random;

/**
 * What a seed step works with: every bean of the sandbox's context (the plugin's and the host's), the demo organisation, the instant
 * the demo ends at (the clock at the first start), and a random seeded per step so each step's data is the same
 * every time, whatever other steps do.
 */
public record DemoContext(ApplicationContext context, DemoOrganisation organisation, Instant end) {

    /** The one bean of this type in the sandbox's context. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Random random(String stepName) {
        return new Random(stepName.hashCode() * 31L + 20240611L);
    }

    /**
     * Runs a step's writes to the plugin's stores in one database transaction: the stores' own transactions join
     * it, so thousands of rows cost one commit instead of one each.
     */
    public void inOneTransaction(Runnable writes) {
        bean(ActiveObjects.class).executeInTransaction(() -> {
            writes.run();
            return null;
        });
    }
}
