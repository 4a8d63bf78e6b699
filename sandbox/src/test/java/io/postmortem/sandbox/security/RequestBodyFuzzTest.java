package io.postmortem.sandbox.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postmortem.plugin.rest.ApiExceptionMapper;
import io.postmortem.plugin.rest.JavaTypeNames;
import io.postmortem.plugin.rest.Json;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.testkit.rest.ResourceMethods;
import io.postmortem.testkit.rest.ResourceMethods.Endpoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST and PUT body of the plugin, broken on purpose: not JSON, wrong types, missing and unknown fields, 1 MB
 * strings, deep nesting, impossible dates and enum values, null bytes, nested values of the configuration. Each
 * answer is below 500 and names no Java type, and a refused request (4xx) leaves what it aimed at exactly as it
 * was. Mutations are sampled with a fixed seed, so a failure repeats.
 */
@UsesSandbox
class RequestBodyFuzzTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEGABYTE = "<script>alert(1)</script>" + "x".repeat(1 << 20);
    private static final List<JsonNode> WRONG_VALUES = List.of(NODES.numberNode(123), NODES.booleanNode(true),
            NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(), NODES.textNode("nul\u0000byte"),
            NODES.textNode("NOT_A_VALUE"), NODES.textNode("2026-13-45T25:61:00Z"), NODES.numberNode(-1.5e300),
            NODES.textNode(""));

    private final Http http;
    private final ProductFixture fixture;
    private final Random random = new Random(19);

    RequestBodyFuzzTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
        this.fixture = new ProductFixture(sandbox);
    }

    @Test
    void brokenBodiesAreRefusedCleanlyAndChangeNothing() {
        List<Endpoint> writes = ResourceMethods.of(ApiExceptionMapper.class).stream()
                .filter(e -> !e.httpMethod().equals("GET") && e.entityParameter().isPresent()).toList();
        assertThat(writes).hasSizeGreaterThan(15);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int refusedWithAField = 0;
        for (Endpoint endpoint : writes) {
            ProductFixture.Call base = fixture.callFor(endpoint);
            String caller = callerFor(endpoint);
            for (Map.Entry<String, String> mutation : mutations(base.body()).entrySet()) {
                String before = snapshot(endpoint);
                Http.Answer answer = http.send(caller, endpoint.httpMethod(), ProductFixture.API + base.path(),
                        mutation.getValue());
                sent++;
                if (answer.status() == 400 && answer.body().contains("\"errors\"")) {
                    refusedWithAField++;
                }
                String what = endpoint.id() + " with " + mutation.getKey() + ": " + answer.status() + " "
                        + answer.body().substring(0, Math.min(300, answer.body().length()));
                if (answer.status() >= 500) {
                    failures.add(what);
                } else if (JavaTypeNames.namesAJavaType(answer.body())) {
                    failures.add("names a Java type: " + what);
                } else if (answer.status() >= 400 && !snapshot(endpoint).equals(before)) {
                    failures.add("refused but changed: " + what);
                }
                if (answer.status() < 300 && endpoint.path().equals("/config")) {
                    // An accepted variant of the configuration is put back, so the rest of the run sees the demo's.
                    assertThat(http.send("admin", "PUT", ProductFixture.API + "/config", base.body()).status()).isEqualTo(200);
                }
            }
        }
        assertThat(sent).isGreaterThan(300);
        assertThat(refusedWithAField).as("400s naming the field").isGreaterThan(sent / 2);
        assertThat(failures).isEmpty();
    }

    private static String callerFor(Endpoint endpoint) {
        if (endpoint.path().startsWith("/config")) {
            return "admin";
        }
        return endpoint.path().startsWith("/incidents/{key}/timeline/{id}") ? "dev-checkout" : "mim";
    }

    /** What a request to the endpoint could change, read back as the API shows it. */
    private String snapshot(Endpoint endpoint) {
        String path = endpoint.path();
        List<String> reads = new ArrayList<>();
        if (path.startsWith("/config")) {
            reads.add("/config");
        } else if (path.startsWith("/incidents/{key}/timeline")) {
            reads.add("/incidents/" + fixture.incident() + "/timeline");
        } else if (path.startsWith("/incidents/{key}")) {
            reads.add("/incidents/" + fixture.incident() + "/postmortem");
        } else if (path.startsWith("/postmortems/{key}/actions") || path.startsWith("/postmortems/{key}/ideas")) {
            reads.add("/postmortems/" + fixture.postmortem() + "/actions");
            reads.add("/postmortems/" + fixture.postmortem() + "/ideas");
        } else if (path.startsWith("/postmortems/{key}")) {
            reads.add("/postmortems/" + fixture.postmortem());
            reads.add("/postmortems/" + fixture.postmortem() + "/learning");
            reads.add("/postmortems/" + fixture.postmortem() + "/blameless");
        } else if (path.startsWith("/months") || path.startsWith("/nominations")) {
            reads.add("/nominations");
        }
        StringBuilder state = new StringBuilder();
        for (String read : reads) {
            state.append(http.get("admin", ProductFixture.API + read).body()).append('\n');
        }
        return state.toString();
    }

    /** Named broken variants of a valid body. */
    private Map<String, String> mutations(String validBody) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String notJson : List.of("", "{", "[]", "null", "\"text\"", "12", "{\"a\":", "\u0000", "{\"a\":1,}", "\uFEFF{}")) {
            out.put("body " + Json.write(notJson), notJson);
        }
        out.put("deeply nested array", "[".repeat(100_000));
        out.put("deeply nested object", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000));
        JsonNode base = read(validBody == null ? "{}" : validBody);
        if (!(base instanceof ObjectNode object)) {
            return out;
        }
        ObjectNode unknown = object.deepCopy();
        unknown.put("zzUnknownField", 1);
        out.put("an unknown field", unknown.toString());
        // Written by hand: Jackson itself refuses to write a document nested this deep.
        out.put("a deeply nested unknown field", "{\"zzDeep\":" + "[".repeat(3_000) + "]".repeat(3_000)
                + (object.isEmpty() ? "" : ",") + object.toString().substring(1));
        List<String> paths = leafPaths(object, "");
        for (String field : sample(topLevel(object), 8)) {
            ObjectNode missing = object.deepCopy();
            missing.remove(field);
            out.put("no " + field, missing.toString());
            ObjectNode nulled = object.deepCopy();
            nulled.putNull(field);
            out.put(field + " = null", nulled.toString());
            for (JsonNode wrong : sample(WRONG_VALUES, 3)) {
                ObjectNode changed = object.deepCopy();
                changed.set(field, wrong);
                out.put(field + " = " + abbreviate(wrong), changed.toString());
            }
        }
        for (String path : sample(paths, 10)) {
            JsonNode wrong = WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size()));
            out.put(path + " = " + abbreviate(wrong), replaced(object, path, wrong).toString());
        }
        paths.stream().filter(p -> at(object, p).isTextual()).findFirst().ifPresent(path -> {
            out.put(path + " = 1 MB", replaced(object, path, NODES.textNode(MEGABYTE)).toString());
            out.put(path + " with null bytes", replaced(object, path, NODES.textNode("a\u0000b\u0000")).toString());
        });
        return out;
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (Exception notJson) {
            throw new AssertionError("the fixture's sample body is not JSON: " + body, notJson);
        }
    }

    private static List<String> topLevel(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Dotted paths of every value that is not an object ("a.b", "a.list[0]"). */
    private static List<String> leafPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                paths.addAll(leafPaths(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey()));
            }
        } else if (node.isArray() && node.size() > 0) {
            paths.add(prefix);
            paths.addAll(leafPaths(node.get(0), prefix + "[0]"));
        } else {
            paths.add(prefix);
        }
        return paths;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = node.path(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                node = node.path(0);
            }
        }
        return node;
    }

    private static ObjectNode replaced(ObjectNode root, String path, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        String[] parts = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            int bracket = part.indexOf('[');
            parent = parent.path(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                parent = parent.path(0);
            }
        }
        String last = parts[parts.length - 1];
        int bracket = last.indexOf('[');
        if (parent instanceof ObjectNode object) {
            if (bracket < 0) {
                object.set(last, value);
            } else if (object.path(last.substring(0, bracket)) instanceof ArrayNode array && !array.isEmpty()) {
                array.set(0, value);
            }
        }
        return copy;
    }

    private <T> List<T> sample(List<T> all, int count) {
        List<T> pool = new ArrayList<>(all);
        List<T> chosen = new ArrayList<>();
        while (!pool.isEmpty() && chosen.size() < count) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
