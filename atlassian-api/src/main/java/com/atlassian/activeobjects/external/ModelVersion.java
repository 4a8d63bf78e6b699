package com.atlassian.activeobjects.external;

/**
 * The version of a plugin's Active Objects data model, as used by {@link ActiveObjectsUpgradeTask}.
 * <p>
 * Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
 * (final class implementing {@code Comparable<ModelVersion>}, private constructor, public methods and the static
 * factory {@code valueOf(String)}, which gives version 0 for {@code null}). The behaviour is reproduced so that tests
 * of upgrade tasks compare versions like Jira does; in Jira the real class is used. Jira 11's copy was not seen;
 * the interface {@link ActiveObjectsUpgradeTask} that uses it is confirmed for Jira Software 11.1.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    public static ModelVersion valueOf(String text) {
        return text == null ? new ModelVersion(0) : new ModelVersion(Integer.parseInt(text));
    }
}
