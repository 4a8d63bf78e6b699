package com.atlassian.activeobjects.external;

import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.RawEntity;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The state of a plugin's Active Objects module, from {@link ActiveObjects#moduleMetaData()}.
 * <p>
 * Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData.html
 * (interface; all six methods, their return types and throws clauses). Declared in full because the test harness
 * implements it. Not verified against the AO plugin 6.x shipped with Jira 11: if that version added abstract
 * methods, only our own implementation would miss them (the plugin never implements this type in production).
 */
public interface ActiveObjectsModuleMetaData {

    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    DatabaseType getDatabaseType();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
