package io.postmortem.plugin.jira.health;

import io.postmortem.core.health.HostHealth.HostService;
import org.osgi.framework.BundleContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host services the plugin imports, read from its own {@code META-INF/spring/host-imports.xml} (the one list of
 * them), each asked of the OSGi service registry: is a service of that interface registered right now? An optional
 * reference whose service is absent would block its caller until the import times out, so the health adapter asks
 * here before calling one.
 */
public final class OsgiHostServices {
    static final String HOST_IMPORTS = "/META-INF/spring/host-imports.xml";
    /*
     * Read as text, not with an XML parser: javax.xml and org.w3c.dom are not java.* packages, so in OSGi they would
     * be one more import for one small file we write ourselves.
     */
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("<osgi:reference\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");

    /** One {@code <osgi:reference>}: its bean id, interface and whether it is mandatory. */
    record Import(String id, String type, boolean required) {
    }

    private final BundleContext bundleContext;
    private final List<Import> imports;

    public OsgiHostServices(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
        this.imports = readImports();
    }

    public List<HostService> services() {
        return imports.stream().map(service -> new HostService(service.id(), service.type(), service.required(),
                isAvailable(service.type()))).toList();
    }

    public boolean isAvailable(String type) {
        return bundleContext.getServiceReference(type) != null;
    }

    static List<Import> readImports() {
        String xml;
        try (InputStream in = OsgiHostServices.class.getResourceAsStream(HOST_IMPORTS)) {
            if (in == null) {
                throw new IllegalStateException(HOST_IMPORTS + " is not in the plugin");
            }
            xml = COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + HOST_IMPORTS, e);
        }
        List<Import> imports = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(xml);
        while (reference.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(reference.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            imports.add(new Import(attributes.getOrDefault("id", ""), attributes.getOrDefault("interface", ""),
                    !"optional".equals(attributes.get("availability"))));
        }
        return List.copyOf(imports);
    }
}
