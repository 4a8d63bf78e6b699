package com.atlassian.sal.api.websudo;

/**
 * Thrown by {@link WebSudoManager#willExecuteWebSudoRequest} when the request has no valid WebSudo session.
 * <p>
 * Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoSessionException.html
 * (a checked {@code Exception}).
 */
public class WebSudoSessionException extends Exception {
    public WebSudoSessionException(String message) {
        super(message);
    }
}
