package io.postmortem.sandbox;

import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.rest.ApiExceptionMapper;
import io.postmortem.testkit.ao.AoDatabase;
import io.postmortem.sandbox.db.SandboxDatabase;
import io.postmortem.sandbox.db.SandboxSchema;
import io.postmortem.sandbox.demo.DemoContext;
import io.postmortem.sandbox.demo.DemoOrganisation;
import io.postmortem.sandbox.web.AuthFilter;
import io.postmortem.sandbox.web.LoginThrottle;
import io.postmortem.sandbox.web.QuietErrorHandler;
import io.postmortem.sandbox.web.SecurityHeaders;
import io.postmortem.sandbox.web.XsrfFilter;
import io.postmortem.sandbox.web.PagesServlet;
import io.postmortem.sandbox.web.StaticServlet;
import io.postmortem.sandbox.web.PluginResources;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * The embedded host: opens the data folder's database, loads the demo on the first start, and serves Jira's
 * shape of URLs under /jira with the plugin's REST API, the sandbox's own REST API and pages.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);
    private static final String SEEDED = "demo.loadedAt";
    /** Jersey warns about every resource instance it is given and about optional providers; neither matters here. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");
    private static final java.util.logging.Logger JERSEY_BINDERS = quiet("org.glassfish.jersey.message.internal.MessagingBinders");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final SandboxDatabase database;
    private final AoDatabase ao;
    private final SandboxWiring wiring;
    private final Server server;

    private Sandbox(SandboxDatabase database, AoDatabase ao, SandboxWiring wiring, Server server) {
        this.database = database;
        this.ao = ao;
        this.wiring = wiring;
        this.server = server;
    }

    public static Sandbox start(SandboxOptions options) throws Exception {
        long started = System.nanoTime();
        if (options.reset()) {
            SandboxDatabase.delete(options.dataFolder());
        }
        SandboxDatabase database = SandboxDatabase.open(options.dataFolder());
        AoDatabase ao = null;
        try {
            boolean seeded = prepareSchema(database);
            // The plugin's entities, in the same database under Jira's AO_ table names.
            ao = AoDatabase.h2File(options.dataFolder());
            // As Jira does: the upgrade tasks, then the current entities.
            for (var task : PersistenceEntities.upgradeTasks()) {
                task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao.activeObjects());
            }
            ao.activeObjects().migrate(PersistenceEntities.asArray());
            SandboxWiring wiring = new SandboxWiring(database, ao.activeObjects(), Clock.systemUTC());
            if (!seeded) {
                Instant end = wiring.clock().instant();
                wiring.demoSeed().run(new DemoContext(wiring, DemoOrganisation.create(), end));
                wiring.settings().put(SEEDED, end.toString());
            }
            Server server = server(options.port(), wiring);
            server.start();
            Sandbox sandbox = new Sandbox(database, ao, wiring, server);
            log.info("Postmortem sandbox ready at {} in {} ms (data in {})", sandbox.baseUrl(),
                    (System.nanoTime() - started) / 1_000_000, options.dataFolder().toAbsolutePath());
            return sandbox;
        } catch (Exception | Error e) {
            if (ao != null) {
                ao.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * Creates the sandbox's tables; answers whether a previous start finished loading the demo. If not (a first
     * start, or one killed while loading), everything is dropped so the demo is loaded whole.
     */
    private static boolean prepareSchema(SandboxDatabase database) {
        io.postmortem.sandbox.db.Jdbc jdbc = new io.postmortem.sandbox.db.Jdbc(database);
        SandboxSchema.create(jdbc);
        if (new io.postmortem.sandbox.db.Settings(jdbc).get(SEEDED).isPresent()) {
            return true;
        }
        jdbc.execute("DROP ALL OBJECTS");
        SandboxSchema.create(jdbc);
        return false;
    }

    private static Server server(int port, SandboxWiring wiring) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler jira = new ServletContextHandler(ServletContextHandler.SESSIONS);
        jira.setContextPath("/jira");
        // The session cookie as Jira's: not readable by scripts, not sent with cross-site POSTs.
        jira.getSessionHandler().setHttpOnly(true);
        jira.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        jira.setErrorHandler(new QuietErrorHandler());
        LoginThrottle throttle = new LoginThrottle();
        jira.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
        jira.addFilter(new FilterHolder(new AuthFilter(wiring.people(), wiring.currentUser(), throttle)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        jira.addFilter(new FilterHolder(new XsrfFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        jira.addServlet(new ServletHolder("plugin-rest", jersey(wiring.pluginResources())), "/rest/postmortem/1.0/*");
        jira.addServlet(new ServletHolder("sandbox-rest", jersey(wiring.sandboxResources())), "/rest/sandbox/1.0/*");
        jira.addServlet(new ServletHolder("static", new StaticServlet()), "/static/*");
        jira.addServlet(new ServletHolder("plugin-resources", new PluginResources()),
                "/download/resources/io.postmortem.postmortem-for-jira/*");
        jira.addServlet(new ServletHolder("pages", new PagesServlet(wiring, throttle)), "/");

        Handler.Sequence contexts = new Handler.Sequence(jira, new RootRedirect());
        server.setHandler(contexts);
        server.setStopAtShutdown(false);
        return server;
    }

    private static ServletContainer jersey(List<Object> resources) {
        ResourceConfig config = new ResourceConfig();
        resources.forEach(config::register);
        config.register(new ApiExceptionMapper());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return new ServletContainer(config);
    }

    /** http://host:port/ leads to /jira/, as a Jira started by the SDK does. */
    private static final class RootRedirect extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Response.sendRedirect(request, response, callback, "/jira/");
            return true;
        }
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port() + "/jira";
    }

    public SandboxWiring wiring() {
        return wiring;
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            try {
                ao.close();
            } finally {
                database.close();
            }
        }
    }
}
