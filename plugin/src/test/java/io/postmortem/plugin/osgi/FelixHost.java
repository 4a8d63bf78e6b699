package io.postmortem.plugin.osgi;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real Apache Felix framework (what Jira runs plugins in) whose system bundle exports {@link JiraExports}, with the
 * plugin jar installed. The plugin's Spring context is not started: this is about class-space resolution only.
 */
final class FelixHost implements AutoCloseable {
    private final Framework framework;
    private final Bundle plugin;

    private FelixHost(Framework framework, Bundle plugin) {
        this.framework = framework;
        this.plugin = plugin;
    }

    static FelixHost start(Path storage, JiraExports exports, Path pluginJar) throws BundleException {
        Map<String, String> config = Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports.systemPackagesExtra());
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        Bundle plugin = framework.getBundleContext().installBundle(pluginJar.toUri().toString());
        return new FelixHost(framework, plugin);
    }

    Bundle plugin() {
        return plugin;
    }

    /** Resolves the plugin; on failure Felix's own explanation, which names the missing package and range. */
    String resolutionFailure() {
        if (framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin))) {
            return null;
        }
        try {
            plugin.start(); // reports why it cannot resolve
            return "the plugin did not resolve, and starting it gave no reason";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    /** Each imported package of the resolved plugin and the bundle that provides it. */
    Map<String, String> importWires() {
        Map<String, String> wires = new TreeMap<>();
        for (BundleWire wire : plugin.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
            wires.put((String) wire.getCapability().getAttributes().get("osgi.wiring.package"),
                    wire.getProvider().getBundle().getSymbolicName() + " "
                            + wire.getCapability().getAttributes().get("version"));
        }
        return wires;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
