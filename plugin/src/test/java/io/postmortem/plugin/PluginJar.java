package io.postmortem.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The built plugin jar, read whole: its entries, its manifest and the jars embedded under META-INF/lib. */
final class PluginJar {
    static final String EMBED_DIRECTORY = "META-INF/lib/";

    final Path file;
    final Manifest manifest;
    /** Entry name to bytes, of the jar itself (directories left out). */
    final Map<String, byte[]> entries;
    /** Embedded jar path (e.g. META-INF/lib/x.jar) to its entries. */
    final Map<String, Map<String, byte[]>> embedded = new LinkedHashMap<>();

    private PluginJar(Path file, Manifest manifest, Map<String, byte[]> entries) {
        this.file = file;
        this.manifest = manifest;
        this.entries = entries;
        entries.forEach((name, bytes) -> {
            if (name.startsWith(EMBED_DIRECTORY) && name.endsWith(".jar")) {
                embedded.put(name, readZip(new ByteArrayInputStream(bytes), file + "!/" + name));
            }
        });
    }

    static PluginJar open(Path file) {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(file))) {
            Manifest manifest = in.getManifest();
            Map<String, byte[]> entries = new LinkedHashMap<>();
            JarEntry entry;
            while ((entry = in.getNextJarEntry()) != null) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            return new PluginJar(file, manifest, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin jar " + file, e);
        }
    }

    private static Map<String, byte[]> readZip(InputStream stream, String where) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(stream)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
    }

    String text(String entry) {
        byte[] bytes = entries.get(entry);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    String mainAttribute(String name) {
        return manifest == null ? null : manifest.getMainAttributes().getValue(name);
    }

    /** Every entry name, the jar's own as they are and embedded ones as {@code META-INF/lib/x.jar!/name}. */
    Map<String, byte[]> allEntries() {
        Map<String, byte[]> all = new LinkedHashMap<>(entries);
        embedded.forEach((jar, inner) -> inner.forEach((name, bytes) -> all.put(jar + "!/" + name, bytes)));
        return all;
    }

    /** Whether a class (binary name, e.g. a.b.C$D) is in the jar or one of its embedded jars. */
    boolean hasClass(String binaryName) {
        String entry = binaryName.replace('.', '/') + ".class";
        return entries.containsKey(entry) || embedded.values().stream().anyMatch(inner -> inner.containsKey(entry));
    }

    /** Every package holding a class in the jar or one of its embedded jars. */
    TreeSet<String> packages() {
        TreeSet<String> packages = new TreeSet<>();
        entries.keySet().forEach(name -> addPackage(name, packages));
        embedded.values().forEach(inner -> inner.keySet().forEach(name -> addPackage(name, packages)));
        return packages;
    }

    private static void addPackage(String entry, TreeSet<String> into) {
        if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
            into.add(ClassFile.packageOf(entry.substring(0, entry.length() - ".class".length())));
        }
    }
}
