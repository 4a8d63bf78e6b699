package com.atlassian.activeobjects.spi;

/**
 * The kind of database behind Active Objects, as reported by
 * {@link com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData#getDatabaseType()}.
 * <p>
 * Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/spi/DatabaseType.html
 * (enum and its constants, in this order). Verified for that release only; the Jira 11 (AO plugin 6.x) enum could
 * not be seen. Only the constants matter at runtime (resolved by name), never their order.
 */
public enum DatabaseType {
    H2,
    HSQL,
    MYSQL,
    POSTGRESQL,
    ORACLE,
    MS_SQL,
    DB2,
    DERBY_EMBEDDED,
    DERBY_NETWORK,
    NUODB,
    UNKNOWN
}
