package io.postmortem.sandbox;

import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.rest.ApiExceptionMapper;
import io.postmortem.testkit.ao.AoDatabase;
import io.postmortem.sandbox.db.SandboxDatabase;
import io.postmortem.sandbox.db.SandboxSchema;
import io.postmortem.sandbox.demo.DemoContext;
import io.postmortem.sandbox.demo.DemoOrganisation;
import io.postmortem.sandbox.web.AuthFilter;
import io.postmortem.sandbox.db.Jdbc;
import io.postmortem.sandbox.db.Settings;
import io.postmortem.sandbox.demo.DemoSeed;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.host.SandboxNode;
import io.postmortem.sandbox.host.SandboxScheduler;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.ThreadBoundCurrentUser;
import io.postmortem.sandbox.plugin.PluginDescriptor;
import io.postmortem.sandbox.plugin.PluginModules;
import io.postmortem.sandbox.plugin.PluginServletFilters;
import io.postmortem.sandbox.host.SandboxWebSudo;
import io.postmortem.sandbox.web.WebSudoPage;
import io.postmortem.sandbox.web.WebSudoRequiredCheck;
import io.postmortem.sandbox.web.IssuePanels;
import io.postmortem.sandbox.web.Pages;
import io.postmortem.sandbox.web.LoginThrottle;
import io.postmortem.sandbox.web.QuietErrorHandler;
import io.postmortem.sandbox.web.SecurityHeaders;
import io.postmortem.sandbox.web.UnreadBodies;
import io.postmortem.sandbox.web.XsrfFilter;
import io.postmortem.sandbox.web.PagesServlet;
import io.postmortem.sandbox.web.PluginPageDecorator;
import io.postmortem.sandbox.web.SandboxTemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.filter.AnnotationTypeFilter;
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
    private static final String SANDBOX_REST = "io.postmortem.sandbox.rest";
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
    private final GenericApplicationContext context;
    private final Server server;

    private Sandbox(SandboxDatabase database, AoDatabase ao, GenericApplicationContext context, Server server) {
        this.database = database;
        this.ao = ao;
        this.context = context;
        this.server = server;
    }

    public static Sandbox start(SandboxOptions options) throws Exception {
        long started = System.nanoTime();
        SandboxDatabase database = SandboxDatabase.open(options);
        AoDatabase ao = null;
        GenericApplicationContext context = null;
        try {
            // Nodes starting together on one database take turns: one makes the tables and loads the demo, the
            // others find it loaded.
            try (AutoCloseable turn = database.startTurn()) {
                boolean seeded = prepareSchema(database);
                // The plugin's entities, in the same database under Jira's AO_ table names.
                ao = database.postgres() ? AoDatabase.postgres(database.dataSource(), "sandbox " + options.node())
                        : AoDatabase.h2File(options.dataFolder());
                // As Jira does: the upgrade tasks, then the current entities.
                for (var task : PersistenceEntities.upgradeTasks()) {
                    task.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null), ao.activeObjects());
                }
                ao.activeObjects().migrate(PersistenceEntities.asArray());
                context = SandboxContext.start(database, ao.activeObjects(), Clock.systemUTC(),
                        new SandboxNode(options.node(), options.mailPause()));
                if (!seeded) {
                    Instant end = context.getBean(SandboxClock.class).instant();
                    DemoSeed.standard().run(new DemoContext(context, DemoOrganisation.create(), end));
                    context.getBean(Settings.class).put(SEEDED, end.toString());
                }
            }
            if (database.postgres()) {
                // Other nodes may stop in the middle of the daily jobs: this one finishes them.
                context.getBean(SandboxScheduler.class).startWatching();
            }
            Server server = server(options.port(), context);
            server.start();
            Sandbox sandbox = new Sandbox(database, ao, context, server);
            log.info("Postmortem sandbox node {} ready at {} in {} ms (data in {})", options.node(), sandbox.baseUrl(),
                    (System.nanoTime() - started) / 1_000_000, options.dataFolder().toAbsolutePath());
            return sandbox;
        } catch (Exception | Error e) {
            if (context != null) {
                context.close();
            }
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
        Jdbc jdbc = new Jdbc(database);
        SandboxSchema.create(jdbc);
        if (new Settings(jdbc).get(SEEDED).isPresent()) {
            return true;
        }
        database.dropEverything();
        SandboxSchema.create(jdbc);
        return false;
    }

    /** The options another node joins this node's database with; empty on H2. */
    public java.util.Optional<SandboxDatabase.JoinOptions> joinOptions() {
        return database.joinOptions();
    }

    /**
     * Jira's shape of URLs under /jira, the plugin's modules where Jira's plugin framework puts them (REST packages
     * at their path, servlets under /plugins/servlet, web panels on the issue view) as its descriptor declares them.
     */
    private static Server server(int port, GenericApplicationContext context) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);

        PluginDescriptor descriptor = PluginDescriptor.plugin();
        PluginModules modules = new PluginModules(context);
        ServletContextHandler jira = new ServletContextHandler(ServletContextHandler.SESSIONS);
        jira.setContextPath(SandboxContext.CONTEXT_PATH);
        // The session cookie as Jira's: not readable by scripts, not sent with cross-site POSTs.
        jira.getSessionHandler().setHttpOnly(true);
        jira.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        jira.setErrorHandler(new QuietErrorHandler());
        LoginThrottle throttle = new LoginThrottle();
        jira.addFilter(new FilterHolder(new UnreadBodies()), "/*", EnumSet.of(DispatcherType.REQUEST));
        jira.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
        PluginServletFilters pluginFilters = new PluginServletFilters(descriptor, modules);
        pluginFilters.addTo(jira, PluginServletFilters.BEFORE_LOGIN);
        jira.addFilter(new FilterHolder(new AuthFilter(context.getBean(SandboxPeople.class),
                context.getBean(ThreadBoundCurrentUser.class), throttle)), "/*", EnumSet.of(DispatcherType.REQUEST));
        jira.addFilter(new FilterHolder(new XsrfFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        pluginFilters.addTo(jira, PluginServletFilters.BEFORE_DECORATION);
        jira.addFilter(new FilterHolder((PluginPageDecorator) modules.build(PluginPageDecorator.class)),
                Pages.PLUGIN_SERVLETS + "/*", EnumSet.of(DispatcherType.REQUEST));
        pluginFilters.addTo(jira, PluginServletFilters.BEFORE_DISPATCH);
        for (PluginDescriptor.Rest rest : descriptor.restModules()) {
            jira.addServlet(new ServletHolder(rest.key(), jersey(modules, rest.packages())), rest.mount() + "/*");
        }
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            ServletHolder holder = new ServletHolder(servlet.key(), modules.build(servlet.className(), HttpServlet.class));
            servlet.urlPatterns().forEach(pattern -> jira.addServlet(holder, Pages.PLUGIN_SERVLETS + pattern));
        }
        jira.addServlet(new ServletHolder("sandbox-rest", jersey(modules, List.of(SANDBOX_REST))),
                "/rest/sandbox/1.0/*");
        WebSudoPage webSudo = new WebSudoPage(context.getBean(SandboxWebSudo.class), context.getBean(SandboxPeople.class),
                throttle);
        jira.addServlet(new ServletHolder("websudo", webSudo), SandboxWebSudo.CONFIRM_PATH);
        jira.addServlet(new ServletHolder("websudo-rest", webSudo), WebSudoPage.REST_PATH);
        jira.addServlet(new ServletHolder("static", new StaticServlet()), "/static/*");
        jira.addServlet(new ServletHolder("plugin-resources", new PluginResources()),
                "/download/resources/io.postmortem.postmortem-for-jira/*");
        IssuePanels panels = IssuePanels.of(descriptor, modules, context.getBean(SandboxTemplateRenderer.class).i18n());
        jira.addServlet(new ServletHolder("pages", new PagesServlet(context, panels, throttle)), "/");

        Handler.Sequence contexts = new Handler.Sequence(jira, new RootRedirect());
        server.setHandler(contexts);
        server.setStopAtShutdown(false);
        return server;
    }

    /**
     * A Jersey application of every resource ({@code @Path}) and provider ({@code @Provider}) in the packages, each
     * built by constructor autowiring from the context, as Jira's REST v2 builds a plugin's REST package.
     */
    private static ServletContainer jersey(PluginModules modules, List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        ResourceConfig config = new ResourceConfig();
        for (String restPackage : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(restPackage)) {
                try {
                    config.register(modules.build(Class.forName(candidate.getBeanClassName())));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("cannot load " + candidate.getBeanClassName(), e);
                }
            }
        }
        // @WebSudoRequired resources need a WebSudo session, as Atlassian REST's WebSudo filter demands.
        ((WebSudoRequiredCheck) modules.build(WebSudoRequiredCheck.class)).registerIn(config);
        if (!config.isRegistered(ApiExceptionMapper.class)) {
            // The sandbox's own REST API answers errors as the plugin's does.
            config.register(new ApiExceptionMapper());
        }
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

    /** The sandbox's Spring context: the plugin's beans and the host's. */
    public ApplicationContext context() {
        return context;
    }

    /** The one bean of this type in the sandbox's context. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            try {
                context.close();
                ao.close();
            } finally {
                database.close();
            }
        }
    }
}
