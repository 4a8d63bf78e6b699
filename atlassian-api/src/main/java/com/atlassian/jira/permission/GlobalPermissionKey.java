package com.atlassian.jira.permission;

import java.util.Objects;

/**
 * The key of a global permission, e.g. {@link #ADMINISTER} ("Jira Administrators").
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html
 * ("public final class GlobalPermissionKey extends Object"; "public static final GlobalPermissionKey ADMINISTER";
 * {@code static GlobalPermissionKey of(String key)}; {@code String getKey()}). The field is an object constant read
 * with getstatic, so its value here only matters to tests; "ADMINISTER" follows the real key naming.
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
