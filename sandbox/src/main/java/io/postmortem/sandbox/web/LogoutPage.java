package io.postmortem.sandbox.web;

/** The logout confirmation: a POST form carrying the session's token, as Jira asks before logging out. */
final class LogoutPage {
    private LogoutPage() {
    }

    static String render(String token) {
        String form = "<form id=\"logout-form\" class=\"aui\" method=\"post\" action=\"/jira/logout\">"
                + "<input type=\"hidden\" name=\"atl_token\" value=\"" + Html.escape(token) + "\">"
                + "<p>Are you sure you want to log out?</p>"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<button class=\"aui-button aui-button-primary\" type=\"submit\" id=\"logout-submit\">Log out</button>"
                + "</div></div></form>";
        return Layout.page("Log out", new Layout.Viewer(null, false), null, Layout.panel("Log out", form));
    }
}
