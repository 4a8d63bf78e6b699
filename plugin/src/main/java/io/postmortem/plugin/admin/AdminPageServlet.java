package io.postmortem.plugin.admin;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import jakarta.inject.Inject;
import io.postmortem.plugin.web.JiraLogin;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves the administration page at {@code /plugins/servlet/postmortem/admin}: anonymous visitors are sent to log
 * in and come back, other users who are not Jira administrators get 403. The page itself only reads; every change
 * goes through the REST API with a JSON or CSV body.
 */
public class AdminPageServlet extends HttpServlet {
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient CurrentUser currentUser;
    private final transient Permissions permissions;

    @Inject
    public AdminPageServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CurrentUser currentUser,
                            Permissions permissions) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.currentUser = currentUser;
        this.permissions = permissions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> user = currentUser.username();
        if (user.isEmpty()) {
            response.sendRedirect(JiraLogin.urlFor(request));
            return;
        }
        if (!permissions.isAdministrator(user.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Only Jira administrators can configure Postmortem for Jira.");
            return;
        }
        // Through the page builder, as Atlassian's own Jira 11 plugins do (WebResourceManager is not seen there).
        pageBuilder.assembler().resources().requireWebResource(AdminPage.WEB_RESOURCE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(AdminPage.TEMPLATE, AdminPage.context(request.getContextPath()), response.getWriter());
    }
}
