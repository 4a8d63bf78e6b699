package io.postmortem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.sandbox.db.SandboxDatabase;
import io.postmortem.sandbox.host.SandboxNode;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.time.Clock;

/**
 * The one composition root of the sandbox: the plugin's own Spring XML ({@code META-INF/spring/plugin-context.xml},
 * the file Jira loads) and the sandbox's host XML ({@code META-INF/sandbox/sandbox-host.xml}, in place of Jira's
 * host-imports.xml and jira-adapters.xml), in one Spring context. A bean added to the plugin's XML reaches the
 * sandbox with nothing else to change.
 */
public final class SandboxContext {
    public static final String PLUGIN_CONTEXT = "META-INF/spring/plugin-context.xml";
    public static final String SANDBOX_HOST = "META-INF/sandbox/sandbox-host.xml";
    /** Jira's context path in the sandbox. */
    public static final String CONTEXT_PATH = "/jira";

    private SandboxContext() {
    }

    /**
     * The started context over this database. The objects made before the context (the database, Active Objects on
     * it, the real clock the sandbox clock follows, and this node) are registered as the host's singletons.
     */
    public static GenericApplicationContext start(SandboxDatabase database, ActiveObjects activeObjects, Clock realClock) {
        return start(database, activeObjects, realClock, SandboxNode.single());
    }

    /** The same, as the named node of a cluster. */
    public static GenericApplicationContext start(SandboxDatabase database, ActiveObjects activeObjects, Clock realClock,
                                                  SandboxNode node) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton("sandboxNode", node);
        context.getBeanFactory().registerSingleton("sandboxDatabase", database);
        context.getBeanFactory().registerSingleton("activeObjects", activeObjects);
        context.getBeanFactory().registerSingleton("realClock", realClock);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.loadBeanDefinitions(new ClassPathResource(PLUGIN_CONTEXT));
        reader.loadBeanDefinitions(new ClassPathResource(SANDBOX_HOST));
        context.refresh();
        return context;
    }
}
