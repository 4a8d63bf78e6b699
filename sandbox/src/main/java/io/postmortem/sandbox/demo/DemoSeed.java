package io.postmortem.sandbox.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** The ordered steps that load the demo data. */
public final class DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final List<DemoSeedStep> steps;

    public DemoSeed(List<DemoSeedStep> steps) {
        this.steps = new ArrayList<>(steps);
    }

    /** The demo data, loaded in this order on the first start. One line per feature's step. */
    public static DemoSeed standard() {
        return new DemoSeed(List.of(
                new OrganisationStep(),
                new IncidentHistoryStep(),
                new PostmortemHistoryStep(),
                new TimelineHistoryStep(),
                new ActionHistoryStep(),
                new LearningHistoryStep()));
    }

    public List<DemoSeedStep> steps() {
        return List.copyOf(steps);
    }

    public void run(DemoContext context) {
        for (DemoSeedStep step : steps) {
            long started = System.nanoTime();
            try {
                step.seed(context);
            } catch (Exception e) {
                throw new IllegalStateException("demo step '" + step.name() + "' failed: " + e.getMessage(), e);
            }
            log.info("Demo data: {} loaded in {} ms", step.name(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
