package io.postmortem.plugin.linkage;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Atlassian members compiled classes link: every field, method and interface-method reference in their constant
 * pools whose owner is under {@code com/atlassian/}, with the classes linking each, and the classes that call the
 * guard ({@code io.postmortem.plugin.health.HostCalls}). Read from the class files themselves, so it is exactly what
 * the JVM resolves when the plugin runs in Jira.
 */
record LinkedMembers(Map<Member, Set<String>> linkedBy, Set<String> guardingClasses) {
    static final String GUARD_OWNER = "io/postmortem/plugin/health/HostCalls";

    /** {@code com.atlassian.jira.issue.Issue#getKey} with {@code ()Ljava/lang/String;}; nested types keep their {@code $}. */
    record Member(String member, String descriptor) implements Comparable<Member> {
        @Override
        public int compareTo(Member other) {
            int byName = member.compareTo(other.member);
            return byName != 0 ? byName : descriptor.compareTo(other.descriptor);
        }

        @Override
        public String toString() {
            return member + " " + descriptor;
        }
    }

    static LinkedMembers in(Path classesRoot) {
        Map<Member, Set<String>> linked = new TreeMap<>();
        Set<String> guarding = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classesRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String className = classesRoot.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
                read(className, Files.readAllBytes(file), linked, guarding);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes under " + classesRoot, e);
        }
        return new LinkedMembers(linked, guarding);
    }

    /** Whether {@code className} (or the class it is nested in: lambdas and inner classes) calls the guard. */
    boolean guarded(String className) {
        int nested = className.indexOf('$');
        return guardingClasses.contains(className)
                || (nested > 0 && guardingClasses.contains(className.substring(0, nested)));
    }

    static void read(String className, byte[] bytes, Map<Member, Set<String>> linked, Set<String> guarding) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException(className + " is not a class file");
            }
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            int[][] memberRef = new int[count][];
            int[][] nameAndType = new int[count][];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 9, 10, 11 -> memberRef[i] = new int[]{in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> nameAndType[i] = new int[]{in.readUnsignedShort(), in.readUnsignedShort()};
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    default -> throw new IllegalArgumentException(className + ": unknown constant pool tag " + tag);
                }
            }
            for (int i = 1; i < count; i++) {
                if (memberRef[i] == null) {
                    continue;
                }
                String owner = utf8[classNameIndex[memberRef[i][0]]];
                int[] nat = nameAndType[memberRef[i][1]];
                if (owner.equals(GUARD_OWNER)) {
                    guarding.add(className);
                }
                if (owner.startsWith("com/atlassian/")) {
                    Member member = new Member(owner.replace('/', '.') + "#" + utf8[nat[0]], utf8[nat[1]]);
                    linked.computeIfAbsent(member, m -> new TreeSet<>()).add(className);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + className, e);
        }
    }
}
