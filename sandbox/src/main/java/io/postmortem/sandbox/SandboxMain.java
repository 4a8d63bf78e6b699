package io.postmortem.sandbox;

/**
 * {@code java -jar postmortem-sandbox.jar [--port N] [--data DIR] [--reset] [--node NAME]
 * [--postgres | --db-url URL --db-user USER --db-password PASSWORD]}.
 */
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
        sandbox.joinOptions().ifPresent(join -> System.out.println("Node " + options.node()
                + " on PostgreSQL; another node joins with: " + join));
        Thread.currentThread().join();
    }
}
