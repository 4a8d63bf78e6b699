package io.postmortem.testkit.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every REST resource method of a package, found by reading the classes next to an anchor class (a folder of class
 * files or a jar), so a resource added later is covered without anybody listing it. Tests of access rules, the
 * permission matrix and the fuzzer enumerate endpoints here.
 */
public final class ResourceMethods {

    /** One endpoint: its HTTP method, its path template relative to the REST base, and the Java method serving it. */
    public record Endpoint(String httpMethod, String path, Class<?> resource, Method method) {
        /** {@code "PUT /postmortems/{key}"}: how expectations name an endpoint. */
        public String id() {
            return httpMethod + " " + path;
        }

        /** The annotation on the method, else on its class, else on its package; empty when none carries it. */
        public <A extends Annotation> Optional<A> effective(Class<A> type) {
            A onMethod = method.getAnnotation(type);
            if (onMethod != null) {
                return Optional.of(onMethod);
            }
            A onClass = resource.getAnnotation(type);
            if (onClass != null) {
                return Optional.of(onClass);
            }
            return Optional.ofNullable(resource.getPackage().getAnnotation(type));
        }

        /** The parameter Jersey fills with the request body: the one without any annotation. */
        public Optional<Parameter> entityParameter() {
            return Arrays.stream(method.getParameters()).filter(p -> p.getAnnotations().length == 0).findFirst();
        }

        /** The media types the endpoint consumes (method over class); empty when it declares none. */
        public List<String> consumes() {
            return effective(Consumes.class).map(c -> Arrays.asList(c.value())).orElse(List.of());
        }

        /** The path with each {@code {name}} replaced by the value given for it. */
        public String fill(Map<String, String> values) {
            String filled = path;
            for (Map.Entry<String, String> value : values.entrySet()) {
                filled = filled.replace("{" + value.getKey() + "}", value.getValue());
            }
            return filled;
        }
    }

    private ResourceMethods() {
    }

    /** The endpoints of every {@code @Path} class in {@code anchor}'s package and below, sorted by path and method. */
    public static List<Endpoint> of(Class<?> anchor) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : classesBeside(anchor)) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = httpMethodOf(method);
                if (http == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(http, join(classPath.value(), methodPath == null ? "" : methodPath.value()),
                        type, method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static List<Class<?>> classesBeside(Class<?> anchor) {
        String packagePath = anchor.getPackageName().replace('.', '/');
        try {
            java.nio.file.Path root = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                return load(anchor, root, root.resolve(packagePath));
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                java.nio.file.Path jarRoot = jar.getPath("/");
                return load(anchor, jarRoot, jarRoot.resolve(packagePath));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> load(Class<?> anchor, java.nio.file.Path root, java.nio.file.Path folder) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                try {
                    classes.add(Class.forName(name, false, anchor.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
        return classes;
    }
}
