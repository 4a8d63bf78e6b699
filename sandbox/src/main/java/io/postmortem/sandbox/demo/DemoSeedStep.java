package io.postmortem.sandbox.demo;

/**
 * One part of the demo data, loaded once on the first start (and after {@code --reset}), in list order.
 * Features add their own step to {@code DemoSeed#standard}.
 */
public interface DemoSeedStep {

    /** A short name for the log and for {@link DemoContext#random(String)}. */
    String name();

    void seed(DemoContext context) throws Exception;
}
