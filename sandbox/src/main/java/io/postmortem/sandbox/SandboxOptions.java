package io.postmortem.sandbox;

import java.nio.file.Path;

/** How to start the sandbox: the port (0 = any free one), the data folder, and whether to start over. */
public record SandboxOptions(int port, Path dataFolder, boolean reset) {
    public static final int DEFAULT_PORT = 2990;

    public static SandboxOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path data = Path.of("sandbox-data");
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--reset" -> reset = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --port N, --data DIR, --reset)");
            }
        }
        return new SandboxOptions(port, data, reset);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
