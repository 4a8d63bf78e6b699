package io.postmortem.sandbox.web;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's web-resources as its descriptor declares them, so a sandbox page loads exactly the files Jira would
 * load for the same web-resource context, in the same order, with no second list to keep in step.
 */
final class PluginWebResources {
    private static final String DESCRIPTOR = "/atlassian-plugin.xml";
    private static final PluginWebResources PLUGIN = read();

    private record WebResource(List<String> contexts, List<String> dependencies, List<String> files) {
    }

    private final Map<String, WebResource> byKey;

    private PluginWebResources(Map<String, WebResource> byKey) {
        this.byKey = byKey;
    }

    static PluginWebResources plugin() {
        return PLUGIN;
    }

    /**
     * The files (e.g. {@code js/postmortem-api.js}) of every web-resource in the context, in descriptor order, each
     * preceded by the plugin's own web-resources it depends on; each file once.
     */
    List<String> forContext(String context) {
        Set<String> files = new LinkedHashSet<>();
        byKey.forEach((key, resource) -> {
            if (resource.contexts().contains(context)) {
                addWithDependencies(key, files, new LinkedHashSet<>());
            }
        });
        return List.copyOf(files);
    }

    /** The files of one of the plugin's web-resources (by complete or plain key), after those it depends on. */
    List<String> forKey(String key) {
        Set<String> files = new LinkedHashSet<>();
        addWithDependencies(ownKey(key), files, new LinkedHashSet<>());
        return List.copyOf(files);
    }

    /** The keys of the plugin's web-resources, in descriptor order. */
    List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    private void addWithDependencies(String key, Set<String> files, Set<String> visiting) {
        WebResource resource = byKey.get(key);
        if (resource == null || !visiting.add(key)) {
            return;
        }
        for (String dependency : resource.dependencies()) {
            addWithDependencies(dependency, files, visiting);
        }
        files.addAll(resource.files());
    }

    private static PluginWebResources read() {
        try (InputStream in = PluginWebResources.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the sandbox's classpath");
            }
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("web-resource");
            Map<String, WebResource> byKey = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element element = (Element) nodes.item(i);
                byKey.put(element.getAttribute("key"), new WebResource(texts(element, "context"),
                        texts(element, "dependency").stream().map(PluginWebResources::ownKey).toList(),
                        files(element)));
            }
            return new PluginWebResources(byKey);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the plugin's web-resources from " + DESCRIPTOR, e);
        }
    }

    /** {@code <plugin key>:<web-resource key>} of this plugin to the web-resource key; other plugins' as they are. */
    private static String ownKey(String dependency) {
        int colon = dependency.lastIndexOf(':');
        String plugin = dependency.substring(0, Math.max(colon, 0));
        return plugin.equals("io.postmortem.postmortem-for-jira") || plugin.equals("${atlassian.plugin.key}")
                ? dependency.substring(colon + 1) : dependency;
    }

    private static List<String> texts(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static List<String> files(Element element) {
        NodeList nodes = element.getElementsByTagName("resource");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element resource = (Element) nodes.item(i);
            if (resource.getAttribute("type").equals("download")) {
                String location = resource.getAttribute("location");
                files.add(location.startsWith("/") ? location.substring(1) : location);
            }
        }
        return files;
    }
}
