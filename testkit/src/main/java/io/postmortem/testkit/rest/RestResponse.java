package io.postmortem.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** What the server answered: status, body text and headers, with a JSON view of the body. */
public record RestResponse(String method, String path, int status, String body, HttpHeaders headers) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The body parsed as JSON; fails with the whole answer in the message when it is not JSON. */
    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the body of " + this + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without parameters, e.g. {@code application/json}; empty when the answer named none. */
    public String mediaType() {
        return header("Content-Type").map(type -> type.split(";", 2)[0].strip()).orElse("");
    }

    /** Printed by failing assertions, so a failure shows the whole answer. */
    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + mediaType() + " " + body;
    }
}
