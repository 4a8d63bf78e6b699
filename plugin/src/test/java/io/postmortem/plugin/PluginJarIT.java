package io.postmortem.plugin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks the built plugin jar as Jira would meet it. Runs after packaging (failsafe); the jar is named by system
 * property {@value #JAR_PROPERTY} (set by the pom), else the one postmortem-for-jira jar in target/.
 */
class PluginJarIT {
    static final String JAR_PROPERTY = "postmortem.plugin.jar";
    static final String PLUGIN_KEY = "io.postmortem.postmortem-for-jira";
    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final int JAVA_21 = 65;
    private static final Pattern I18N_IN_TEMPLATE =
            Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*([\"'])([^\"']+)\\1");

    private static PluginJar jar;
    private static Document descriptor;

    @BeforeAll
    static void open() throws IOException {
        jar = PluginJar.open(jarFile());
        String xml = jar.text(DESCRIPTOR);
        descriptor = xml == null ? null : parse(DESCRIPTOR, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theDescriptorIsAtTheJarRoot() {
        assertNotNull(descriptor, DESCRIPTOR + " is missing from the root of " + jar.file
                + "; entries at the root: " + jar.entries.keySet().stream().filter(n -> !n.contains("/")).toList());
    }

    @Test
    void theManifestMakesItATransformerlessPluginWithOurKey() {
        assertNotNull(jar.manifest, jar.file + " has no META-INF/MANIFEST.MF");
        String key = jar.mainAttribute("Atlassian-Plugin-Key");
        assertNotNull(key, "manifest header Atlassian-Plugin-Key is missing: Jira would transform the plugin");
        assertNotNull(jar.mainAttribute("Spring-Context"),
                "manifest header Spring-Context is missing: Jira would not start our Spring context");
        assertEquals(PLUGIN_KEY, key, "manifest Atlassian-Plugin-Key");
        assertNotNull(descriptor, DESCRIPTOR + " is missing");
        assertEquals(key, descriptor.getDocumentElement().getAttribute("key"),
                "the key attribute of <atlassian-plugin> in " + DESCRIPTOR + " differs from the manifest's "
                        + "Atlassian-Plugin-Key");
    }

    @Test
    void ourClassesAreJava21() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> entry : jar.allEntries().entrySet()) {
            String className = classPart(entry.getKey());
            if (className.startsWith("io/postmortem/") && className.endsWith(".class")) {
                checked++;
                int major = ClassFile.read(entry.getKey(), entry.getValue()).majorVersion();
                if (major != JAVA_21) {
                    problems.add(entry.getKey() + " is class file version " + major + ", not " + JAVA_21 + " (Java 21)");
                }
            }
        }
        if (checked == 0) {
            fail("no io/postmortem classes found in " + jar.file);
        }
        report("classes not compiled for Java 21", problems);
    }

    @Test
    void noHostClassesAreShipped() {
        List<String> shipped = jar.allEntries().keySet().stream()
                .filter(name -> {
                    String inner = classPart(name);
                    return inner.startsWith("com/atlassian/") || inner.startsWith("net/java/ao/");
                })
                .toList();
        report("Jira provides these at runtime; shipping them breaks class loading (check dependency scopes)",
                shipped);
    }

    @Test
    void everyClassTheDescriptorNamesIsInTheJar() {
        assertNotNull(descriptor, DESCRIPTOR + " is missing");
        List<String> problems = new ArrayList<>();
        for (Element element : elements(descriptor)) {
            String className = element.getAttribute("class");
            if (!className.isEmpty() && !jar.hasClass(className)) {
                problems.add("<" + element.getTagName() + " class=\"" + className + "\"> names a class not in the jar");
            }
            if (element.getTagName().equals("entity")) {
                String entity = element.getTextContent().strip();
                if (!jar.hasClass(entity)) {
                    problems.add("<entity>" + entity + "</entity> names a class not in the jar");
                }
            }
            if (element.getTagName().equals("package") && element.getParentNode() instanceof Element parent
                    && parent.getTagName().equals("rest")) {
                String restPackage = element.getTextContent().strip();
                if (!jar.packages().contains(restPackage)) {
                    problems.add("<rest><package>" + restPackage + "</package> has no classes in the jar");
                }
            }
        }
        report("classes named by " + DESCRIPTOR, problems);
    }

    @Test
    void everyBeanClassOfTheSpringContextIsInTheJar() {
        List<String> springFiles = jar.entries.keySet().stream()
                .filter(name -> name.startsWith("META-INF/spring/") && name.endsWith(".xml")).sorted().toList();
        if (springFiles.isEmpty()) {
            fail("no Spring XML under META-INF/spring/ in " + jar.file + " (Spring-Context: * finds nothing)");
        }
        List<String> problems = new ArrayList<>();
        for (String file : springFiles) {
            for (Element element : elements(parse(file, jar.entries.get(file)))) {
                String className = element.getAttribute("class");
                if (localName(element).equals("bean") && !className.isEmpty() && !jar.hasClass(className)) {
                    problems.add(file + ": <bean class=\"" + className + "\"> names a class not in the jar");
                }
            }
        }
        report("bean classes named by the Spring context", problems);
    }

    @Test
    void everyI18nKeyUsedExists() {
        assertNotNull(descriptor, DESCRIPTOR + " is missing");
        String bundle = i18nBundleEntry();
        Properties labels = new Properties();
        try {
            labels.load(new java.io.StringReader(jar.text(bundle)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> used = new TreeMap<>(); // key -> where it is used
        for (Element element : elements(descriptor)) {
            String nameKey = element.getAttribute("i18n-name-key");
            if (!nameKey.isEmpty()) {
                used.putIfAbsent(nameKey, DESCRIPTOR + " <" + element.getTagName() + " i18n-name-key>");
            }
            if (Set.of("label", "description", "title", "tooltip").contains(element.getTagName())
                    && !element.getAttribute("key").isEmpty()) {
                used.putIfAbsent(element.getAttribute("key"), DESCRIPTOR + " <" + element.getTagName() + " key>");
            }
        }
        jar.entries.forEach((name, bytes) -> {
            if (name.startsWith("templates/") && name.endsWith(".vm")) {
                Matcher matcher = I18N_IN_TEMPLATE.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.putIfAbsent(matcher.group(2), name);
                }
            }
        });
        List<String> missing = used.entrySet().stream()
                .filter(use -> !labels.containsKey(use.getKey()))
                .map(use -> use.getKey() + " (used by " + use.getValue() + ")")
                .toList();
        report("i18n keys missing from " + bundle, missing);
    }

    @Test
    void everyPackageOurClassesNeedIsShippedOrImported() {
        Set<String> imported = importedPackages(jar.mainAttribute("Import-Package"));
        Set<String> shipped = jar.packages();
        Map<String, Set<String>> missing = new TreeMap<>(); // package -> our classes that use it
        jar.allEntries().forEach((name, bytes) -> {
            String inner = classPart(name);
            if (inner.startsWith("io/postmortem/") && inner.endsWith(".class")) {
                for (String used : ClassFile.read(name, bytes).referencedClasses()) {
                    String usedPackage = ClassFile.packageOf(used);
                    if (!usedPackage.startsWith("java.") && !usedPackage.isEmpty()
                            && !shipped.contains(usedPackage) && !imported.contains(usedPackage)) {
                        missing.computeIfAbsent(usedPackage, p -> new TreeSet<>()).add(inner);
                    }
                }
            }
        });
        report("packages neither in the jar nor in the manifest's Import-Package " + imported,
                missing.entrySet().stream().map(e -> e.getKey() + " (used by " + e.getValue() + ")").toList());
    }

    // ---------------------------------------------------------------------------------------------------------

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
                packages.add(trimmed);
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

    /** The i18n resource the descriptor declares, as a jar entry (i18n.postmortem -> i18n/postmortem.properties). */
    private static String i18nBundleEntry() {
        for (Element element : elements(descriptor)) {
            if (element.getTagName().equals("resource") && element.getAttribute("type").equals("i18n")) {
                String entry = element.getAttribute("location").replace('.', '/') + ".properties";
                if (jar.text(entry) == null) {
                    fail(DESCRIPTOR + " declares i18n resource " + element.getAttribute("location")
                            + " but the jar has no " + entry);
                }
                return entry;
            }
        }
        fail(DESCRIPTOR + " declares no <resource type=\"i18n\">");
        return null;
    }

    /** The name inside an embedded jar for {@code META-INF/lib/x.jar!/a/B.class}, else the name itself. */
    private static String classPart(String name) {
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

    private static void report(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static Path jarFile() throws IOException {
        String configured = System.getProperty(JAR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path)) {
                fail("the plugin jar " + path + " (system property " + JAR_PROPERTY + ") does not exist: run "
                        + "`mvn -pl plugin -am verify`, which packages it before the checks");
            }
            return path;
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("postmortem-for-jira-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar")).toList();
            if (jars.size() != 1) {
                fail("set system property " + JAR_PROPERTY + "; target/ holds " + jars.size() + " plugin jars: " + jars);
            }
            return jars.get(0);
        }
    }
}
