package io.postmortem.plugin.jira.health;

import io.postmortem.core.health.HostHealth.HostService;
import org.osgi.framework.BundleContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The host services the plugin imports, read from its own {@code META-INF/spring/host-imports.xml} (the one list of
 * them), each asked of the OSGi service registry: is a service of that interface registered right now? An optional
 * reference whose service is absent would block its caller until the import times out, so the health adapter asks
 * here before calling one.
 */
public final class OsgiHostServices {
    static final String HOST_IMPORTS = "/META-INF/spring/host-imports.xml";

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
        try (InputStream in = OsgiHostServices.class.getResourceAsStream(HOST_IMPORTS)) {
            if (in == null) {
                throw new IllegalStateException(HOST_IMPORTS + " is not in the plugin");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList references = factory.newDocumentBuilder().parse(in).getElementsByTagName("osgi:reference");
            List<Import> imports = new ArrayList<>();
            for (int i = 0; i < references.getLength(); i++) {
                Element reference = (Element) references.item(i);
                imports.add(new Import(reference.getAttribute("id"), reference.getAttribute("interface"),
                        !reference.getAttribute("availability").equals("optional")));
            }
            return List.copyOf(imports);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + HOST_IMPORTS, e);
        }
    }
}
