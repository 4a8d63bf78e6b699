package io.postmortem.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a built plugin jar as Jira would meet it. Each answers the list of what is wrong, one sentence
 * per problem, empty when all is well.
 */
final class PluginJarChecks {
    static final String PLUGIN_KEY = "io.postmortem.postmortem-for-jira";
    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final int JAVA_21 = 65;
    private static final Pattern I18N_IN_TEMPLATE =
            Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*([\"'])([^\"']+)\\1");
    /** {@code AJS.I18n.getText('key'} or {@code WRM.I18n.getText("key"}: what Jira's jsI18n transformer replaces. */
    private static final Pattern I18N_IN_SCRIPT =
            Pattern.compile("\\b(?:AJS|WRM)\\.I18n\\.getText\\(\\s*([\"'])([^\"']+)\\1");
    /** Any getText call of a script, literal key or not. */
    private static final Pattern ANY_I18N_IN_SCRIPT = Pattern.compile("\\b(?:AJS|WRM)\\.I18n\\.getText\\(\\s*(.)");
    private static final Set<String> LABEL_ELEMENTS = Set.of("label", "description", "title", "tooltip");

    private final PluginJar jar;
    private final Document descriptor;

    PluginJarChecks(PluginJar jar) {
        this.jar = jar;
        byte[] xml = jar.entries.get(DESCRIPTOR);
        this.descriptor = xml == null ? null : parse(DESCRIPTOR, xml);
    }

    List<String> descriptorAtRoot() {
        if (descriptor != null) {
            return List.of();
        }
        return List.of(DESCRIPTOR + " is missing from the root of " + jar.file + "; entries at the root: "
                + jar.entries.keySet().stream().filter(name -> !name.contains("/")).toList());
    }

    List<String> transformerlessManifestWithOurKey() {
        List<String> problems = new ArrayList<>();
        if (jar.manifest == null) {
            return List.of(jar.file + " has no META-INF/MANIFEST.MF");
        }
        String key = jar.mainAttribute("Atlassian-Plugin-Key");
        if (key == null) {
            problems.add("manifest header Atlassian-Plugin-Key is missing: Jira would try to transform the plugin");
        } else if (!key.equals(PLUGIN_KEY)) {
            problems.add("manifest Atlassian-Plugin-Key is '" + key + "', expected '" + PLUGIN_KEY + "'");
        }
        if (jar.mainAttribute("Spring-Context") == null) {
            problems.add("manifest header Spring-Context is missing: Jira would not start the plugin's Spring context");
        }
        if (descriptor != null) {
            String descriptorKey = descriptor.getDocumentElement().getAttribute("key");
            if (!descriptorKey.equals(PLUGIN_KEY) || !descriptorKey.equals(key)) {
                problems.add(DESCRIPTOR + " <atlassian-plugin key=\"" + descriptorKey + "\"> differs from the manifest's "
                        + "Atlassian-Plugin-Key '" + key + "' or from '" + PLUGIN_KEY + "'");
            }
        }
        return problems;
    }

    List<String> ourClassesNotJava21() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> entry : jar.allEntries().entrySet()) {
            if (isOurClass(entry.getKey())) {
                checked++;
                int major = ClassFile.read(entry.getKey(), entry.getValue()).majorVersion();
                if (major != JAVA_21) {
                    problems.add(entry.getKey() + " is class file version " + major + ", not " + JAVA_21 + " (Java 21)");
                }
            }
        }
        if (checked == 0) {
            problems.add("no io/postmortem classes in " + jar.file);
        }
        return problems;
    }

    List<String> hostClassesShipped() {
        return jar.allEntries().keySet().stream()
                .filter(name -> {
                    String inner = innerName(name);
                    return inner.startsWith("com/atlassian/") || inner.startsWith("net/java/ao/");
                })
                .map(name -> name + " is shipped, but Jira provides it (check the dependency's scope)")
                .toList();
    }

    List<String> descriptorClassesMissing() {
        if (descriptor == null) {
            return List.of(DESCRIPTOR + " is missing");
        }
        List<String> problems = new ArrayList<>();
        for (Element element : elements(descriptor)) {
            String className = element.getAttribute("class");
            if (!className.isEmpty() && !jar.hasClass(className)) {
                problems.add(DESCRIPTOR + ": <" + element.getTagName() + " class=\"" + className
                        + "\"> names a class that is not in the jar");
            }
            if (element.getTagName().equals("entity")) {
                String entity = element.getTextContent().strip();
                if (!jar.hasClass(entity)) {
                    problems.add(DESCRIPTOR + ": <entity>" + entity + "</entity> names a class that is not in the jar");
                }
            }
            if (element.getTagName().equals("package") && element.getParentNode() instanceof Element parent
                    && parent.getTagName().equals("rest")) {
                String restPackage = element.getTextContent().strip();
                if (!jar.packages().contains(restPackage)) {
                    problems.add(DESCRIPTOR + ": <rest><package>" + restPackage
                            + "</package> names a package with no classes in the jar");
                }
            }
        }
        return problems;
    }

    List<String> springBeanClassesMissing() {
        List<String> springFiles = jar.entries.keySet().stream()
                .filter(name -> name.startsWith("META-INF/spring/") && name.endsWith(".xml")).sorted().toList();
        if (springFiles.isEmpty()) {
            return List.of("no Spring XML under META-INF/spring/ (Spring-Context: * would find nothing)");
        }
        List<String> problems = new ArrayList<>();
        for (String file : springFiles) {
            for (Element element : elements(parse(file, jar.entries.get(file)))) {
                String className = element.getAttribute("class");
                // The Java runtime's own classes (e.g. java.time.Clock) are there in every Jira.
                if (localName(element).equals("bean") && !className.isEmpty() && !className.startsWith("java.")
                        && !jar.hasClass(className)) {
                    problems.add(file + ": <bean class=\"" + className + "\"> names a class that is not in the jar");
                }
            }
        }
        return problems;
    }

    /**
     * Host services the Spring context imports ({@code <osgi:reference interface="...">}) are loaded through the
     * bundle's class loader, so their packages must be imported even when no class of ours names them.
     */
    List<String> hostServiceInterfacesNotImported() {
        Set<String> imported = importedPackages(jar.mainAttribute("Import-Package"));
        List<String> problems = new ArrayList<>();
        jar.entries.keySet().stream()
                .filter(name -> name.startsWith("META-INF/spring/") && name.endsWith(".xml")).sorted()
                .forEach(file -> {
                    for (Element element : elements(parse(file, jar.entries.get(file)))) {
                        String type = element.getAttribute("interface");
                        if (localName(element).equals("reference") && !type.isEmpty()
                                && !imported.contains(ClassFile.packageOf(type.replace('.', '/')))
                                && !jar.hasClass(type)) {
                            problems.add(file + ": <" + element.getTagName() + " interface=\"" + type + "\"> needs package "
                                    + ClassFile.packageOf(type.replace('.', '/')) + " in the manifest's Import-Package "
                                    + imported);
                        }
                    }
                });
        return problems;
    }

    List<String> i18nKeysMissing() {
        if (descriptor == null) {
            return List.of(DESCRIPTOR + " is missing");
        }
        String bundle = null;
        for (Element element : elements(descriptor)) {
            if (element.getTagName().equals("resource") && element.getAttribute("type").equals("i18n")) {
                bundle = element.getAttribute("location").replace('.', '/') + ".properties";
            }
        }
        if (bundle == null) {
            return List.of(DESCRIPTOR + " declares no <resource type=\"i18n\">");
        }
        String text = jar.text(bundle);
        if (text == null) {
            return List.of(DESCRIPTOR + " declares i18n resource " + bundle + ", which is not in the jar");
        }
        Properties labels = new Properties();
        try {
            labels.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> used = new TreeMap<>(); // key -> where it is first used
        for (Element element : elements(descriptor)) {
            String nameKey = element.getAttribute("i18n-name-key");
            if (!nameKey.isEmpty()) {
                used.putIfAbsent(nameKey, DESCRIPTOR + " <" + element.getTagName() + " i18n-name-key>");
            }
            if (LABEL_ELEMENTS.contains(element.getTagName()) && !element.getAttribute("key").isEmpty()) {
                used.putIfAbsent(element.getAttribute("key"), DESCRIPTOR + " <" + element.getTagName() + " key>");
            }
        }
        jar.entries.forEach((name, bytes) -> {
            if (name.startsWith("templates/") && name.endsWith(".vm")) {
                Matcher matcher = I18N_IN_TEMPLATE.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.putIfAbsent(matcher.group(2), name);
                }
            }
        });
        jar.entries.forEach((name, bytes) -> {
            if (name.startsWith("js/") && name.endsWith(".js")) {
                Matcher matcher = I18N_IN_SCRIPT.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.putIfAbsent(matcher.group(2), name);
                }
            }
        });
        String where = bundle;
        return used.entrySet().stream()
                .filter(use -> !isDefined(use.getKey(), labels) && !isDefinedFamily(use.getKey(), labels))
                .map(use -> "i18n key " + use.getKey() + " (used by " + use.getValue() + ") is not in " + where)
                .toList();
    }

    /**
     * A template key built from a reference ({@code "postmortem.quality.criterion.$criterion.id()"}) names a family:
     * it exists when the bundle has keys that start with its literal part.
     */
    private static boolean isDefinedFamily(String key, Properties labels) {
        int reference = key.indexOf('$');
        if (reference <= 0) {
            return false;
        }
        String prefix = key.substring(0, reference);
        return labels.stringPropertyNames().stream().anyMatch(name -> name.startsWith(prefix));
    }

    /**
     * Scripts get their texts from Jira's jsI18n web-resource transformer, which replaces
     * {@code AJS.I18n.getText('literal.key', ...)} when it serves the file: every script that calls it must be in a
     * web-resource declaring {@code <transformation extension="js"><transformer key="jsI18n"/>}, and every key must be
     * a literal (a key computed at run time is never replaced).
     */
    List<String> scriptTextsNotTransformed() {
        if (descriptor == null) {
            return List.of(DESCRIPTOR + " is missing");
        }
        Set<String> transformed = new TreeSet<>();
        Set<String> declared = new TreeSet<>();
        for (Element resource : elements(descriptor)) {
            if (!resource.getTagName().equals("web-resource")) {
                continue;
            }
            boolean jsI18n = false;
            List<String> scripts = new ArrayList<>();
            org.w3c.dom.NodeList children = resource.getElementsByTagName("*");
            for (int i = 0; i < children.getLength(); i++) {
                Element child = (Element) children.item(i);
                if (child.getTagName().equals("transformer") && child.getAttribute("key").equals("jsI18n")
                        && ((Element) child.getParentNode()).getAttribute("extension").equals("js")) {
                    jsI18n = true;
                }
                String location = child.getAttribute("location");
                if (child.getTagName().equals("resource") && location.endsWith(".js")) {
                    scripts.add(location.startsWith("/") ? location.substring(1) : location);
                }
            }
            declared.addAll(scripts);
            if (jsI18n) {
                transformed.addAll(scripts);
            }
        }
        List<String> problems = new ArrayList<>();
        jar.entries.forEach((name, bytes) -> {
            if (!name.startsWith("js/") || !name.endsWith(".js")) {
                return;
            }
            Matcher call = ANY_I18N_IN_SCRIPT.matcher(new String(bytes, StandardCharsets.UTF_8));
            boolean calls = false;
            while (call.find()) {
                calls = true;
                if (!call.group(1).equals("'") && !call.group(1).equals("\"")) {
                    problems.add(name + " calls I18n.getText with a computed key, which jsI18n cannot replace");
                }
            }
            if (calls && declared.contains(name) && !transformed.contains(name)) {
                problems.add(name + " calls I18n.getText but a web-resource serving it declares no jsI18n transformation");
            }
        });
        return problems;
    }

    /**
     * A key built from references ({@code postmortem.admin.day.$day}, {@code postmortem.quality.criterion.$c.id()})
     * must match at least one defined key; the
     * template's own render test checks each value it really takes.
     */
    private static boolean isDefined(String key, Properties labels) {
        if (!key.contains("$")) {
            return labels.containsKey(key);
        }
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                java.util.Arrays.stream(key.split("\\$!?\\{?[A-Za-z][A-Za-z0-9_.]*(\\(\\))?\\}?", -1))
                        .map(java.util.regex.Pattern::quote)
                        .collect(java.util.stream.Collectors.joining("[^.]+")));
        return labels.stringPropertyNames().stream().anyMatch(defined -> pattern.matcher(defined).matches());
    }

    /** Packages our classes use that are not java.*, not in the jar (or its embedded jars) and not imported. */
    List<String> packagesNeitherShippedNorImported() {
        Set<String> imported = importedPackages(jar.mainAttribute("Import-Package"));
        Set<String> shipped = jar.packages();
        Map<String, Set<String>> missing = new TreeMap<>(); // package -> our classes that use it
        jar.allEntries().forEach((name, bytes) -> {
            if (isOurClass(name)) {
                for (String used : ClassFile.read(name, bytes).referencedClasses()) {
                    String usedPackage = ClassFile.packageOf(used);
                    if (!usedPackage.startsWith("java.") && !usedPackage.isEmpty()
                            && !shipped.contains(usedPackage) && !imported.contains(usedPackage)) {
                        missing.computeIfAbsent(usedPackage, p -> new TreeSet<>()).add(innerName(name));
                    }
                }
            }
        });
        return missing.entrySet().stream()
                .map(e -> "package " + e.getKey() + " is used by " + e.getValue()
                        + " but is neither in the jar nor in the manifest's Import-Package " + imported)
                .toList();
    }

    /** The host packages the plugin needs, imported by name and version range; everything else is optional. */
    static final List<String> MANDATORY_HOST_PACKAGES = List.of("com.atlassian.", "net.java.ao", "jakarta.ws.rs",
            "jakarta.inject", "jakarta.servlet", "org.slf4j", "org.osgi.framework");

    /**
     * The manifest's Import-Package as Atlassian's defaults for transformerless plugins leave it: no java.* package
     * (those come from the boot class path), every import outside the host packages the plugin needs is optional,
     * every mandatory one has a version, and no package the jar ships (embedded libraries included) is imported,
     * since an import would win over the embedded copy and wire it to the host's version.
     */
    List<String> importsNotAsAtlassianDefaults() {
        List<String> problems = new ArrayList<>();
        Set<String> shipped = jar.packages();
        String header = jar.mainAttribute("Import-Package");
        for (String clause : header == null ? List.<String>of() : splitOutsideQuotes(header, ',')) {
            String name = splitOutsideQuotes(clause, ';').get(0).strip();
            boolean optional = clause.replace(" ", "").contains("resolution:=optional");
            if (name.startsWith("java.")) {
                problems.add("Import-Package imports " + name + ": java.* packages are never imported");
            } else if (shipped.contains(name)) {
                problems.add("Import-Package imports " + name + ", which the jar ships: the host's copy would win");
            } else if (!optional && MANDATORY_HOST_PACKAGES.stream().noneMatch(name::startsWith)) {
                problems.add("Import-Package makes " + name + " mandatory; only the host packages "
                        + MANDATORY_HOST_PACKAGES + " are, everything else is resolution:=optional");
            } else if (!optional && !clause.contains("version=")) {
                problems.add("Import-Package imports " + name + " without a version range");
            }
        }
        return problems;
    }

    /**
     * The Import-Package instruction in the plugin's pom.xml (bnd expands its wildcards, so the manifest cannot show
     * them): the optional Gemini Blueprint and Spring DM entries, a final {@code *;resolution:=optional}, no {@code !*}.
     */
    static List<String> importInstructionNotAsAtlassianDefaults(String pomXml) {
        java.util.regex.Matcher instruction = java.util.regex.Pattern
                .compile("<Import-Package>(.*?)</Import-Package>", java.util.regex.Pattern.DOTALL).matcher(pomXml);
        if (!instruction.find()) {
            return List.of("pom.xml has no Import-Package instruction");
        }
        List<String> entries = splitOutsideQuotes(instruction.group(1), ',').stream()
                .map(e -> e.replaceAll("\\s+", "").replace("\"", "")).filter(e -> !e.isEmpty()).toList();
        List<String> problems = new ArrayList<>();
        if (entries.stream().anyMatch(e -> e.startsWith("!*"))) {
            problems.add("Import-Package has !*: Atlassian's defaults end with an optional wildcard instead");
        }
        if (entries.isEmpty() || !entries.get(entries.size() - 1).equals("*;resolution:=optional")) {
            problems.add("Import-Package must end with *;resolution:=optional, not "
                    + (entries.isEmpty() ? "nothing" : entries.get(entries.size() - 1)));
        }
        for (String expected : List.of("org.springframework.osgi.*;resolution:=optional",
                "org.eclipse.gemini.blueprint.*;resolution:=optional")) {
            if (!entries.contains(expected)) {
                problems.add("Import-Package lacks " + expected);
            }
        }
        return problems;
    }

    /** Package names of an OSGi Import-Package header; attributes and directives are skipped. */
    static Set<String> importedPackages(String header) {
        Set<String> packages = new TreeSet<>();
        if (header == null) {
            return packages;
        }
        for (String clause : splitOutsideQuotes(header, ',')) {
            for (String part : splitOutsideQuotes(clause, ';')) {
                String trimmed = part.strip();
                if (trimmed.contains("=")) {
                    break; // attributes (version=...) and directives (resolution:=...) follow the names
                }
                if (!trimmed.isEmpty()) {
                    packages.add(trimmed);
                }
            }
        }
        return packages;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static boolean isOurClass(String entryName) {
        String inner = innerName(entryName);
        return inner.startsWith("io/postmortem/") && inner.endsWith(".class");
    }

    /** The name inside an embedded jar for {@code META-INF/lib/x.jar!/a/B.class}, else the name itself. */
    private static String innerName(String name) {
        int bang = name.indexOf("!/");
        return bang < 0 ? name : name.substring(bang + 2);
    }

    private static String localName(Element element) {
        String tag = element.getTagName();
        return tag.substring(tag.indexOf(':') + 1);
    }

    private static List<Element> elements(Document document) {
        List<Element> all = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    private static Document parse(String name, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(name + " in the plugin jar is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
