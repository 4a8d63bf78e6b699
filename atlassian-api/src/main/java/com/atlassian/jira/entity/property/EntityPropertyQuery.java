package com.atlassian.jira.entity.property;

import java.util.List;

/**
 * The query builder of {@link JsonEntityPropertyManager#query()}.
 * <p>
 * Source: Jira's EntityPropertyQuery.java (public interface, {@code @ExperimentalApi}) read in the code index:
 * {@code ExecutableQuery entityName(String)}, {@code ExecutableQuery key(String)}, and the nested
 * {@code interface ExecutableQuery extends EntityPropertyQuery<ExecutableQuery>} with {@code List<EntityProperty>
 * find()}. Only the members the plugin calls are declared.
 */
public interface EntityPropertyQuery<T extends EntityPropertyQuery<T>> {

    ExecutableQuery entityName(String entityName);

    ExecutableQuery key(String key);

    interface ExecutableQuery extends EntityPropertyQuery<ExecutableQuery> {

        List<EntityProperty> find();
    }
}
