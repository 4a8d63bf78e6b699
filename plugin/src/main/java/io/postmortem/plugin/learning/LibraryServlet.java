package io.postmortem.plugin.learning;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.config.ConfigurationStore;
import jakarta.inject.Inject;
import io.postmortem.plugin.web.JiraLogin;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Serves the shared-learnings library at {@code /plugins/servlet/postmortem/library} to any logged-in user;
 * anonymous visitors are sent to log in and come back. What each user sees is decided by the REST API, which
 * lists only postmortems of incidents they may browse.
 */
public class LibraryServlet extends HttpServlet {
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient CurrentUser currentUser;
    private final transient ConfigurationStore configurationStore;

    @Inject
    public LibraryServlet(TemplateRenderer renderer, PageBuilderService pageBuilder, CurrentUser currentUser,
                          ConfigurationStore configurationStore) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.currentUser = currentUser;
        this.configurationStore = configurationStore;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.username().isEmpty()) {
            response.sendRedirect(JiraLogin.urlFor(request));
            return;
        }
        // Through the page builder, as Atlassian's own Jira 11 plugins do (WebResourceManager is not seen there).
        pageBuilder.assembler().resources().requireWebResource(LibraryPage.WEB_RESOURCE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(LibraryPage.TEMPLATE,
                LibraryPage.model(request.getContextPath(), configurationStore.load()).context(), response.getWriter());
    }
}
