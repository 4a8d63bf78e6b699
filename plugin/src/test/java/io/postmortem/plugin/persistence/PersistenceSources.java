package io.postmortem.plugin.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The persistence package's Java sources, and the string literals in them (comments left out). */
final class PersistenceSources {
    static final Path ROOT = Path.of("src/main/java/io/postmortem/plugin/persistence");

    /** A string literal of a source file and the code just before it (e.g. {@code .order(}). */
    record Literal(String file, String text, String before) {
        @Override
        public String toString() {
            return file + ": \"" + text + "\"";
        }
    }

    private PersistenceSources() {
    }

    static List<Path> files() {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Literal> literals() {
        List<Literal> all = new ArrayList<>();
        for (Path file : files()) {
            try {
                all.addAll(literals(ROOT.relativize(file).toString(), Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The string literals (escapes kept as written) of {@code source}, skipping comments and char literals. */
    static List<Literal> literals(String file, String source) {
        List<Literal> literals = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                String text = source.substring(i + 3, end < 0 ? n : end);
                literals.add(new Literal(file, text, tail(code)));
                i = end < 0 ? n : end + 3;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '"') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                literals.add(new Literal(file, source.substring(i + 1, Math.min(j, n)), tail(code)));
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return literals;
    }

    private static String tail(StringBuilder code) {
        String text = code.toString().replaceAll("\\s+", "");
        return text.substring(Math.max(0, text.length() - 16));
    }
}
