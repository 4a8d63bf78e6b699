package io.postmortem.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpStatus;

import java.io.IOException;

/**
 * Error pages that name the status only: Jetty's default page repeats the exception's message and class (e.g.
 * {@code java.util.NoSuchElementException}), which tells an attacker about the code behind the page.
 */
public final class QuietErrorHandler extends ErrorHandler {

    public QuietErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        SecurityHeaders.apply(response);
        response.setContentType("text/html;charset=utf-8");
        String reason = Html.escape(HttpStatus.getMessage(code));
        response.getWriter().write("<!DOCTYPE html><html><head><title>" + code + " " + reason + "</title></head><body>"
                + "<h1>" + code + " " + reason + "</h1><p>The sandbox could not answer this request.</p></body></html>");
    }
}
