package io.postmortem.plugin.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code jira11-exports.txt}: the packages Jira 11 exports to plugins that this plugin uses, each with its version and
 * the evidence for it. Read into Felix's {@code org.osgi.framework.system.packages.extra}.
 */
record JiraExports(List<Export> exports) {
    static final String RESOURCE = "/jira11-exports.txt";

    record Export(String packageName, String version, String evidence) {
        String clause() {
            return packageName + ";version=\"" + version + "\"";
        }
    }

    static JiraExports load() {
        try (InputStream in = JiraExports.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            List<Export> exports = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3 || fields[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": package, version and evidence expected: " + line);
                }
                exports.add(new Export(fields[0].strip(), fields[1].strip(), fields[2].strip()));
            }
            return new JiraExports(List.copyOf(exports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JiraExports without(String packageName) {
        return new JiraExports(exports.stream().filter(e -> !e.packageName().equals(packageName)).toList());
    }

    String systemPackagesExtra() {
        return exports.stream().map(Export::clause).collect(Collectors.joining(","));
    }
}
