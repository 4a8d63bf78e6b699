package io.postmortem.testkit.velocity;

/** A template asked for an i18n key the plugin's properties do not have. */
public final class MissingI18nKeyException extends RuntimeException {
    private final String key;

    public MissingI18nKeyException(String key, String bundle) {
        super("i18n key '" + key + "' is not in " + bundle);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
