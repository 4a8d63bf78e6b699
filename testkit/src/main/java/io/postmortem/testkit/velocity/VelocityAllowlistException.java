package io.postmortem.testkit.velocity;

import org.apache.velocity.util.introspection.Info;

/** A template called a method that the plugin descriptor's velocity-allowlist does not list. */
public final class VelocityAllowlistException extends RuntimeException {
    private final String entry;

    VelocityAllowlistException(String entry, Info where) {
        super("template " + where.getTemplateName() + " line " + where.getLine() + " calls " + entry
                + ", which the plugin's velocity-allowlist does not list: Jira 10+ refuses the call");
        this.entry = entry;
    }

    /** The {@code <method>} entry the allowlist lacks. */
    public String entry() {
        return entry;
    }
}
