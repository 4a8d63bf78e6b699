package io.postmortem.sandbox.plugin;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

import java.util.Map;

/**
 * Builds the classes the descriptor names (servlets, conditions, context providers, REST resources) as Jira's plugin
 * framework does for a transformerless plugin: a new instance whose constructor is autowired from the plugin's
 * Spring context; conditions and context providers then get their (empty) parameters.
 */
public final class PluginModules {
    private final AutowireCapableBeanFactory beans;

    public PluginModules(ApplicationContext context) {
        this.beans = context.getAutowireCapableBeanFactory();
    }

    public <T> T build(String className, Class<T> expected) {
        Class<?> type;
        try {
            type = Class.forName(className, true, PluginModules.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the descriptor names " + className + ", which is not on the class path", e);
        }
        if (!expected.isAssignableFrom(type)) {
            throw new IllegalStateException(className + " is not a " + expected.getName());
        }
        return expected.cast(build(type));
    }

    public Object build(Class<?> type) {
        Object module = beans.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        if (module instanceof Condition condition) {
            condition.init(Map.of());
        }
        if (module instanceof ContextProvider provider) {
            provider.init(Map.of());
        }
        return module;
    }
}
