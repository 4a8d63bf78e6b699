package io.postmortem.sandbox.plugin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The plugin's {@code <servlet-filter>} modules in the sandbox's filter chain, as Jira's plugin framework puts them:
 * each location in Jira's order, lighter weights first within it, on the descriptor's URL patterns and dispatchers,
 * the filter built by constructor autowiring from the plugin's context. The sandbox adds each location where its own
 * filters stand for Jira's: {@link #BEFORE_LOGIN} ones before its login, {@link #BEFORE_DECORATION} ones before its
 * page decorator, {@link #BEFORE_DISPATCH} ones last, just before the servlet.
 */
public final class PluginServletFilters {
    public static final Set<String> BEFORE_LOGIN = Set.of("after-encoding", "before-login");
    public static final Set<String> BEFORE_DECORATION = Set.of("before-decoration");
    public static final Set<String> BEFORE_DISPATCH = Set.of("before-dispatch");
    private static final List<String> ORDER = List.of("after-encoding", "before-login", "before-decoration",
            "before-dispatch");

    private final List<PluginDescriptor.ServletFilter> filters;
    private final PluginModules modules;

    public PluginServletFilters(PluginDescriptor descriptor, PluginModules modules) {
        this.filters = descriptor.servletFilters();
        this.modules = modules;
        filters.stream().filter(f -> !ORDER.contains(f.location())).findFirst().ifPresent(f -> {
            throw new IllegalStateException("servlet-filter " + f.key() + " names location " + f.location()
                    + ", which Jira does not have");
        });
    }

    /** The filters of these locations, in the order Jira runs them. */
    public List<PluginDescriptor.ServletFilter> at(Set<String> locations) {
        return filters.stream().filter(f -> locations.contains(f.location()))
                .sorted(Comparator.comparingInt((PluginDescriptor.ServletFilter f) -> ORDER.indexOf(f.location()))
                        .thenComparingInt(PluginDescriptor.ServletFilter::weight))
                .toList();
    }

    /** Adds the filters of these locations to the chain, after what the handler has already. */
    public void addTo(ServletContextHandler handler, Set<String> locations) {
        for (PluginDescriptor.ServletFilter filter : at(locations)) {
            FilterHolder holder = new FilterHolder(modules.build(filter.className(), Filter.class));
            holder.setName(filter.key());
            EnumSet<DispatcherType> dispatchers = EnumSet.noneOf(DispatcherType.class);
            filter.dispatchers().forEach(d -> dispatchers.add(DispatcherType.valueOf(d)));
            filter.urlPatterns().forEach(pattern -> handler.addFilter(holder, pattern, dispatchers));
        }
    }
}
