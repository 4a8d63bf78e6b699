package io.postmortem.testkit.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small HTTP client for a {@link RestHarness}. Paths are relative to the API base ({@code /rest/postmortem/1.0}),
 * e.g. {@code client.as("alice").get("/postmortems/PM-1")}. Immutable: {@link #as} gives a new client.
 */
public final class RestClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final String username;

    RestClient(HttpClient http, URI base, String username) {
        this.http = http;
        this.base = base;
        this.username = username;
    }

    /** The same client logged in as {@code username} (sent as header {@value RequestUser#HEADER}). */
    public RestClient as(String username) {
        return new RestClient(http, base, username);
    }

    /** The same client with nobody logged in. */
    public RestClient anonymous() {
        return new RestClient(http, base, null);
    }

    public RestResponse get(String path) {
        return send("GET", path, null, null);
    }

    public RestResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    public RestResponse post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public RestResponse put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    /** Any method, any body; {@code body} and {@code contentType} may be null. */
    public RestResponse send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (username != null) {
            request.header(RequestUser.HEADER, username);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new RestResponse(method, path, response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    /** The absolute address of a path under the API base. */
    public URI uri(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return URI.create(base + "/" + relative);
    }
}
