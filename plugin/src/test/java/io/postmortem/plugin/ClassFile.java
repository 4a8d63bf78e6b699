package io.postmortem.plugin;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a class file for the jar checks: its version and every class it refers to, read from the
 * constant pool (class entries, and the field/method/annotation descriptors and generic signatures among its
 * texts; string literals are left out).
 */
record ClassFile(String name, int majorVersion, Set<String> referencedClasses) {
    private static final Pattern TYPE_IN_DESCRIPTOR =
            Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)+)[;<]");

    static ClassFile read(String entryName, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException(entryName + " is not a class file");
            }
            in.readUnsignedShort(); // minor
            int major = in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] texts = new String[count];
            Set<Integer> classNameIndexes = new HashSet<>();
            Set<Integer> literalIndexes = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts[i] = in.readUTF();
                    case 7 -> classNameIndexes.add(in.readUnsignedShort());
                    case 8 -> literalIndexes.add(in.readUnsignedShort());
                    case 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    default -> throw new IllegalArgumentException(entryName + ": unknown constant pool tag " + tag);
                }
            }
            Set<String> referenced = new TreeSet<>();
            for (int index : classNameIndexes) {
                String className = texts[index];
                if (className.startsWith("[")) {
                    typesIn(className, referenced);
                } else {
                    referenced.add(className);
                }
            }
            for (int i = 1; i < count; i++) {
                if (texts[i] != null && !literalIndexes.contains(i) && !classNameIndexes.contains(i)) {
                    typesIn(texts[i], referenced);
                }
            }
            return new ClassFile(entryName, major, referenced);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entryName, e);
        }
    }

    private static void typesIn(String text, Set<String> into) {
        Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** {@code com/acme/Thing$Inner} gives {@code com.acme}; a class in no package gives "". */
    static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }
}
