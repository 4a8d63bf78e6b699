package io.postmortem.sandbox.plugin;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plugin's {@code atlassian-plugin.xml}, read for the module types the sandbox hosts as Jira's plugin framework
 * reads them: web panels, servlets, servlet filters, REST packages, dashboard items and web items (web resources: {@code
 * PluginWebResources}). The sandbox has no second list of the plugin's modules.
 */
public final class PluginDescriptor {
    public static final String RESOURCE = "atlassian-plugin.xml";

    /** A {@code <web-panel>}: where it goes, its label's i18n key, its classes and its Velocity view. */
    public record WebPanel(String key, String location, int weight, String labelKey, Optional<String> conditionClass,
                           Optional<String> contextProviderClass, String template) {
    }

    /** A {@code <servlet>}: served at {@code /plugins/servlet} + each URL pattern. */
    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /**
     * A {@code <servlet-filter>}: where in Jira's filter chain it runs ({@code after-encoding}, {@code before-login},
     * {@code before-decoration}, {@code before-dispatch}), its weight there (lighter first), the paths it filters and
     * the dispatcher types (REQUEST when none is named).
     */
    public record ServletFilter(String key, String className, String location, int weight, List<String> urlPatterns,
                                List<String> dispatchers) {
    }

    /** A {@code <rest>} module: its packages served at {@code /rest<path>/<version>}. */
    public record Rest(String key, String path, String version, List<String> packages) {
        public String mount() {
            return "/rest" + path + "/" + version;
        }
    }

    /** A {@code <dashboard-item>}: its AMD module and title. */
    public record DashboardItem(String key, String titleKey, String amdModule, boolean configurable) {
    }

    /** A {@code <web-item>}: a link in a section of Jira's pages. */
    public record WebItem(String key, String section, int weight, String labelKey, String link, String linkId) {
    }

    private final Element root;

    private PluginDescriptor(Element root) {
        this.root = root;
    }

    /** The descriptor on the class path (the plugin's jar). */
    public static PluginDescriptor plugin() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the sandbox's class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the plugin's " + RESOURCE, e);
        }
    }

    public List<WebPanel> webPanels() {
        return modules("web-panel", panel -> new WebPanel(panel.getAttribute("key"), panel.getAttribute("location"),
                weight(panel), child(panel, "label").map(l -> l.getAttribute("key")).orElse(panel.getAttribute("key")),
                child(panel, "condition").map(c -> c.getAttribute("class")),
                child(panel, "context-provider").map(c -> c.getAttribute("class")),
                children(panel, "resource").stream().filter(r -> r.getAttribute("name").equals("view"))
                        .map(r -> r.getAttribute("location")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("web-panel " + panel.getAttribute("key")
                                + " has no view resource"))));
    }

    public List<Servlet> servlets() {
        return modules("servlet", servlet -> new Servlet(servlet.getAttribute("key"), servlet.getAttribute("class"),
                children(servlet, "url-pattern").stream().map(p -> p.getTextContent().trim()).toList()));
    }

    public List<ServletFilter> servletFilters() {
        return modules("servlet-filter", filter -> {
            List<String> dispatchers = children(filter, "dispatcher").stream().map(d -> d.getTextContent().trim())
                    .toList();
            String location = filter.getAttribute("location");
            return new ServletFilter(filter.getAttribute("key"), filter.getAttribute("class"),
                    location.isEmpty() ? "before-dispatch" : location, weight(filter),
                    children(filter, "url-pattern").stream().map(p -> p.getTextContent().trim()).toList(),
                    dispatchers.isEmpty() ? List.of("REQUEST") : dispatchers);
        });
    }

    public List<Rest> restModules() {
        return modules("rest", rest -> new Rest(rest.getAttribute("key"), rest.getAttribute("path"),
                rest.getAttribute("version"),
                children(rest, "package").stream().map(p -> p.getTextContent().trim()).toList()));
    }

    public List<DashboardItem> dashboardItems() {
        return modules("dashboard-item", item -> new DashboardItem(item.getAttribute("key"),
                child(item, "definition").flatMap(d -> child(d, "title")).map(t -> t.getAttribute("key"))
                        .orElse(item.getAttribute("i18n-name-key")),
                child(item, "amd-module").map(m -> m.getTextContent().trim()).orElseThrow(),
                Boolean.parseBoolean(item.getAttribute("configurable"))));
    }

    public List<WebItem> webItems() {
        return modules("web-item", item -> {
            Optional<Element> link = child(item, "link");
            return new WebItem(item.getAttribute("key"), item.getAttribute("section"), weight(item),
                    child(item, "label").map(l -> l.getAttribute("key")).orElse(item.getAttribute("key")),
                    link.map(l -> l.getTextContent().trim()).orElse(""),
                    link.map(l -> l.getAttribute("linkId")).filter(id -> !id.isEmpty()).orElse(item.getAttribute("key")));
        });
    }

    /** The plugin's web items in a section, lightest first, as Jira orders them. */
    public List<WebItem> webItemsIn(String section) {
        return webItems().stream().filter(item -> item.section().equals(section))
                .sorted(java.util.Comparator.comparingInt(WebItem::weight)).toList();
    }

    /** The plugin's web items in any sub-section of a location ({@code location/section}), lightest first. */
    public List<WebItem> webItemsUnder(String location) {
        return webItems().stream().filter(item -> item.section().startsWith(location + "/"))
                .sorted(java.util.Comparator.comparingInt(WebItem::weight)).toList();
    }

    private <T> List<T> modules(String type, Function<Element, T> read) {
        return children(root, type).stream().map(read).toList();
    }

    private static int weight(Element element) {
        String weight = element.getAttribute("weight");
        return weight.isEmpty() ? 1000 : Integer.parseInt(weight);
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
