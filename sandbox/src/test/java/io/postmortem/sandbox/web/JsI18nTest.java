package io.postmortem.sandbox.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.PropertyResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class JsI18nTest {
    private final JsI18n i18n = bundle("""
            a.title=Health of Postmortem for Jira
            a.count={0} of {1} checks are OK
            a.quote=The job''s "last" run <now>
            """);

    @Test
    void aCallWithoutParametersBecomesTheMessageAsALiteral() {
        assertThat(i18n.transform("el.textContent = AJS.I18n.getText('a.title');"))
                .isEqualTo("el.textContent = \"Health of Postmortem for Jira\";");
        assertThat(i18n.transform("x = WRM.I18n.getText( \"a.quote\" );"))
                .isEqualTo("x = \"The job's \\\"last\\\" run \\u003cnow\\u003e\";");
    }

    @Test
    void aCallWithParametersBecomesAFormatOfThePattern() {
        assertThat(i18n.transform("AJS.I18n.getText('a.count', ok, all)"))
                .isEqualTo("AJS.format(\"{0} of {1} checks are OK\", ok, all)");
    }

    @Test
    void anUnknownKeyStaysTheKeyAndOtherCodeIsUntouched() {
        assertThat(i18n.transform("AJS.I18n.getText('no.such.key'); foo.getText('a.title')"))
                .isEqualTo("\"no.such.key\"; foo.getText('a.title')");
    }

    @Test
    void thePluginsOwnBundleIsLoaded() {
        assertThat(JsI18n.plugin().transform("AJS.I18n.getText('postmortem.admin.title')"))
                .doesNotContain("getText").doesNotContain("postmortem.admin.title");
    }

    private static JsI18n bundle(String properties) {
        try {
            return new JsI18n(new PropertyResourceBundle(new StringReader(properties)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
