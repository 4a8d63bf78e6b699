package io.postmortem.testkit.velocity;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The methods templates may call, as Jira 10 and later enforce them: every method a template calls on a plugin's
 * object must be listed in the plugin descriptor's {@code <velocity-allowlist>} module as
 * {@code binary.ClassName#method(param.Type,...)}; Jira's own allowlist covers the JDK's value types, maps and
 * collections and the i18n helper it puts in every context. Jira refuses any other call; the harness makes such a
 * call fail to render instead, so a test catches a missing entry before a customer's panel breaks.
 *
 * <p>The module and its format: Atlassian's "Velocity allowlist module" for Jira 10
 * (developer.atlassian.com/server/framework/atlassian-sdk/velocity-allowlist-module/).
 */
public final class VelocityAllowlist {
    /** The standard descriptor of a plugin, read from the templates' class path. */
    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    /**
     * Stands in for the allowlist Jira itself ships: value types and collections a template may always use. Only
     * what is safe to call (no reflection, class loading or I/O).
     */
    private static final Set<String> HOST_ALLOWED_TYPES = Set.of(
            "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Boolean",
            "java.lang.Number", "java.lang.CharSequence", "java.util.Map", "java.util.Collection", "java.util.List",
            "java.util.Set");
    private static final Set<String> HOST_FORBIDDEN_METHODS = Set.of("getClass", "wait", "notify", "notifyAll");

    private final Set<String> methods;
    private final Set<Class<?>> hostObjects;

    private VelocityAllowlist(Set<String> methods, Set<Class<?>> hostObjects) {
        this.methods = Set.copyOf(methods);
        this.hostObjects = Set.copyOf(hostObjects);
    }

    /** The {@code <method>} entries of every {@code <velocity-allowlist>} module in a descriptor. */
    public static VelocityAllowlist fromDescriptor(InputStream descriptor) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(descriptor).getDocumentElement();
            Set<String> methods = new LinkedHashSet<>();
            NodeList modules = root.getElementsByTagName("velocity-allowlist");
            for (int m = 0; m < modules.getLength(); m++) {
                NodeList entries = ((Element) modules.item(m)).getElementsByTagName("method");
                for (int e = 0; e < entries.getLength(); e++) {
                    methods.add(entries.item(e).getTextContent().replaceAll("\\s+", ""));
                }
            }
            return new VelocityAllowlist(methods, Set.of());
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the velocity-allowlist of the plugin descriptor", e);
        }
    }

    /** The same allowlist, also allowing every public method of the host's own context objects (its i18n helper). */
    public VelocityAllowlist withHostObjects(Class<?>... types) {
        Set<Class<?>> all = new HashSet<>(hostObjects);
        all.addAll(Arrays.asList(types));
        return new VelocityAllowlist(methods, all);
    }

    /** The entries as written in the descriptor, for messages and tests. */
    public Set<String> entries() {
        return methods;
    }

    /** Whether a template may call {@code method} on an object of class {@code target}. */
    public boolean allows(Class<?> target, Method method) {
        if (hostObjects.contains(target) || hostObjects.contains(method.getDeclaringClass())) {
            return true;
        }
        if (HOST_FORBIDDEN_METHODS.contains(method.getName())) {
            return false;
        }
        String signature = signatureOf(method);
        for (Class<?> type : typesOf(target)) {
            if (HOST_ALLOWED_TYPES.contains(type.getName()) && declares(type, method)) {
                return true;
            }
            if (methods.contains(type.getName() + "#" + signature)) {
                return true;
            }
        }
        return false;
    }

    /** How the descriptor names {@code method} of {@code target}: {@code binary.Name#method(param.Type,...)}. */
    public static String entryFor(Class<?> target, Method method) {
        return target.getName() + "#" + signatureOf(method);
    }

    private static String signatureOf(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The class, its superclasses and every interface they implement, nearest first. */
    private static Set<Class<?>> typesOf(Class<?> target) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>();
        next.add(target);
        while (!next.isEmpty()) {
            Class<?> type = next.removeFirst();
            if (seen.add(type)) {
                if (type.getSuperclass() != null) {
                    next.add(type.getSuperclass());
                }
                next.addAll(Arrays.asList(type.getInterfaces()));
            }
        }
        return seen;
    }
}
