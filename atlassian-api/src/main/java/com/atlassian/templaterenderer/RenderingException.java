package com.atlassian.templaterenderer;

/**
 * Thrown by {@link TemplateRenderer} when a template cannot be rendered.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/RenderingException.html
 * (verified: it is named in the throws clauses of TemplateRenderer on that page; that it is a public class
 * extending RuntimeException with (String), (String, Throwable) and (Throwable) constructors was seen in the
 * library's source, not on the javadoc page itself).
 */
public class RenderingException extends RuntimeException {

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
