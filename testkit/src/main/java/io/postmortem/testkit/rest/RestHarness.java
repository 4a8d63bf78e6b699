package io.postmortem.testkit.rest;

import com.sun.net.httpserver.HttpServer;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plugin's REST resources served by a real Jersey 3 server on an ephemeral loopback port, under the base path
 * Jira gives the plugin ({@value #BASE_PATH}). Resources and providers (the plugin's exception mapper) are passed
 * in as instances, so the harness does not depend on the plugin.
 *
 * <pre>{@code
 * try (RestHarness rest = RestHarness.builder()
 *         .resource(new PostmortemResource(...))
 *         .provider(new ApiExceptionMapper())
 *         .start()) {
 *     RestResponse answer = rest.client().as("alice").get("/postmortems/PM-1");
 * }
 * }</pre>
 *
 * Who is logged in: the client's {@link RestClient#as(String)} sends header {@value RequestUser#HEADER}; the server
 * binds it (or the user of HTTP Basic credentials) to the serving thread as {@link RequestUser#current()}, which
 * the test's {@code CurrentUser} reads ({@code RequestUser::current}).
 */
public final class RestHarness implements AutoCloseable {
    public static final String BASE_PATH = "/rest/postmortem/1.0";

    /*
     * Jersey warns that every resource instance "does not implement any provider interfaces" (it is served as a
     * resource all the same) and that jakarta.activation is absent (we never send DataSource bodies). Held in a
     * field so the level sticks: java.util.logging keeps loggers weakly.
     */
    private static final List<Logger> QUIETED = List.of(
            quiet("org.glassfish.jersey.internal.inject.Providers"),
            quiet("org.glassfish.jersey.message.internal.MessagingBinders"));

    private final HttpServer server;
    private final URI baseUri;
    private final HttpClient http;

    private RestHarness(ResourceConfig config) {
        this.server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0" + BASE_PATH), config);
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The API base, e.g. {@code http://127.0.0.1:41234/rest/postmortem/1.0} (no trailing slash). */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A client with nobody logged in; {@code client().as("alice")} for a logged-in one. */
    public RestClient client() {
        return new RestClient(http, baseUri, null);
    }

    @Override
    public void close() {
        server.stop(0);
        http.close();
    }

    public static final class Builder {
        private final List<Object> components = new ArrayList<>();
        private final List<Class<?>> componentClasses = new ArrayList<>();

        private Builder() {
        }

        /** A resource instance (a class with {@code @Path}), served as a singleton. */
        public Builder resource(Object resource) {
            components.add(resource);
            return this;
        }

        public Builder resources(Object... resources) {
            components.addAll(List.of(resources));
            return this;
        }

        /** A provider instance, e.g. the plugin's {@code ApiExceptionMapper}. */
        public Builder provider(Object provider) {
            components.add(provider);
            return this;
        }

        /** A provider or resource Jersey instantiates itself (needs a public no-argument constructor). */
        public Builder provider(Class<?> provider) {
            componentClasses.add(provider);
            return this;
        }

        public RestHarness start() {
            ResourceConfig config = new ResourceConfig();
            config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
            config.register(new RequestUserFilter());
            components.forEach(config::register);
            componentClasses.forEach(config::register);
            return new RestHarness(config);
        }
    }
}
