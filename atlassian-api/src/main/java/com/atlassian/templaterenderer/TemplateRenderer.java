package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Atlassian Template Renderer's service: renders a template from the calling plugin's class path, adding an
 * {@code I18nResolver} (as {@code $i18n}), a {@code WebResourceManager} and a {@code WebResourceUrlProvider} to
 * the context.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * (verified: public interface, the four members below with these parameter and return types and throws
 * clauses). The same four members appear in the interface's source as used by Jira 10/11 era plugins; the javadoc
 * of the exact version bundled with Jira 11.3 could not be consulted. Declared in full because tests implement it.
 */
public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
