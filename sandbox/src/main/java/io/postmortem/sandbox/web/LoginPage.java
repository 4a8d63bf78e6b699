package io.postmortem.sandbox.web;

/** Jira's login form (os_username, os_password, os_destination), with the sandbox's users listed. */
final class LoginPage {
    private LoginPage() {
    }

    /** Why the last attempt failed. */
    enum Failure { WRONG_PASSWORD, THROTTLED }

    static String render(String destination, Failure failure) {
        String error = failure == null ? "" : "<div class=\"aui-message aui-message-error\" id=\"login-error\"><p>"
                + (failure == Failure.THROTTLED
                ? "Too many failed logins for this user. Wait a minute, then try again."
                : "Sorry, your username and password are incorrect - please try again.") + "</p></div>";
        String form = "<div class=\"login-panel\">" + error
                + "<form id=\"login-form\" class=\"aui\" method=\"post\" action=\"/jira/login.jsp\">"
                + "<input type=\"hidden\" name=\"os_destination\" value=\"" + Html.escape(destination) + "\">"
                + "<div class=\"field-group\"><label for=\"login-form-username\">Username</label>"
                + "<input class=\"text medium-field\" type=\"text\" id=\"login-form-username\" name=\"os_username\" autofocus></div>"
                + "<div class=\"field-group\"><label for=\"login-form-password\">Password</label>"
                + "<input class=\"password medium-field\" type=\"password\" id=\"login-form-password\" name=\"os_password\"></div>"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<button class=\"aui-button aui-button-primary\" type=\"submit\" id=\"login-form-submit\">Log In</button>"
                + "</div></div></form>"
                + "<div class=\"aui-message aui-message-info\"><p>Sandbox users log in with their user name as password: "
                + "admin, mim, sre, lead-&lt;platform&gt;, dev-&lt;team&gt;, outsider.</p></div></div>";
        return Layout.page("Log in", new Layout.Viewer(null, false), null, Layout.panel("Welcome to Jira", form));
    }
}
