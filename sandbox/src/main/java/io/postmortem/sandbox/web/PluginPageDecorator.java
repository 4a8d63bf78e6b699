package io.postmortem.sandbox.web;

import io.postmortem.core.people.Person;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.SandboxPermissions;
import io.postmortem.sandbox.host.ThreadBoundCurrentUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's page decorator for the plugin's servlets: the servlet writes a whole HTML page (its template), and the
 * sandbox places its title and body inside the sandbox's layout with the web-resources the servlet required. An
 * error the servlet sends (403 for non-administrators) becomes a page of the layout; redirects pass through.
 */
public final class PluginPageDecorator implements Filter {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final ThreadBoundCurrentUser currentUser;
    private final SandboxPeople people;
    private final SandboxPermissions permissions;
    private final RequiredWebResources webResources;

    public PluginPageDecorator(ThreadBoundCurrentUser currentUser, SandboxPeople people, SandboxPermissions permissions,
                               RequiredWebResources webResources) {
        this.currentUser = currentUser;
        this.people = people;
        this.permissions = permissions;
        this.webResources = webResources;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        webResources.drain();
        Capture page = new Capture(response);
        try {
            chain.doFilter(request, page);
        } finally {
            page.required = webResources.drain();
        }
        if (page.redirected) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Layout.Viewer viewer = viewer();
        String html;
        int status;
        if (page.errorStatus != 0) {
            status = page.errorStatus;
            String heading = status == HttpServletResponse.SC_FORBIDDEN ? "Access denied" : "Error " + status;
            html = Layout.page(heading, viewer, path, Layout.panel(heading,
                    "<div class=\"aui-message aui-message-warning\" id=\"plugin-servlet-error\"><p>"
                            + Html.escape(page.errorMessage == null ? "" : page.errorMessage) + "</p></div>"));
        } else {
            String written = page.text();
            Matcher title = TITLE.matcher(written);
            Matcher body = BODY.matcher(written);
            status = page.status;
            html = Layout.page(title.find() ? title.group(1).trim() : "Postmortem for Jira", viewer, path,
                    PluginResources.requiredTags(page.required) + (body.find() ? body.group(1) : written));
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(html);
    }

    private Layout.Viewer viewer() {
        String username = currentUser.username().orElseThrow();
        Person person = people.person(username).orElseThrow();
        return new Layout.Viewer(person, permissions.isAdministrator(username));
    }

    /** Holds what the servlet writes, and the error or redirect it sends, until the decorator has the page. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final CharArrayWriter buffer = new CharArrayWriter();
        private final PrintWriter writer = new PrintWriter(buffer);
        private int status = SC_OK;
        private int errorStatus;
        private String errorMessage;
        private boolean redirected;
        private java.util.List<String> required = java.util.List.of();

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            errorStatus = sc;
            errorMessage = msg;
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            redirected = true;
            super.sendRedirect(location);
        }

        @Override
        public void setContentType(String type) {
            // The decorated page is always HTML; the servlet's own type describes the undecorated page.
        }

        String text() {
            writer.flush();
            return buffer.toString();
        }
    }
}
