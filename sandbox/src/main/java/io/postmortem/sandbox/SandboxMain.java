package io.postmortem.sandbox;

/** {@code java -jar postmortem-sandbox.jar [--port N] [--data DIR] [--reset]}. */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Sandbox sandbox = Sandbox.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                sandbox.close();
            } catch (Exception e) {
                System.err.println("Stopping the sandbox failed: " + e.getMessage());
            }
        }, "sandbox-shutdown"));
        System.out.println("Postmortem for Jira sandbox: " + sandbox.baseUrl() + " (log in as admin/admin)");
        Thread.currentThread().join();
    }
}
