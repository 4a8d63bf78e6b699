package io.postmortem.sandbox;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One sandbox for the whole test run (on a free port, over a temporary data folder), stopped when the run ends.
 * Starting it loads the demo, so sharing it keeps the suite fast.
 */
public final class SharedSandbox implements ExtensionContext.Store.CloseableResource {
    private static SharedSandbox instance;

    private final Sandbox sandbox;

    private SharedSandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public static synchronized Sandbox get(ExtensionContext context) {
        if (instance == null) {
            try {
                Path data = Files.createTempDirectory("postmortem-sandbox-test");
                instance = new SharedSandbox(Sandbox.start(new SandboxOptions(0, data, false)));
            } catch (Exception e) {
                throw new IllegalStateException("the shared sandbox did not start", e);
            }
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedSandbox.class, instance);
        }
        return instance.sandbox;
    }

    @Override
    public synchronized void close() throws Exception {
        sandbox.close();
        instance = null;
    }
}
