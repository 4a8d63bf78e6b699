/*
 * Dashboard item: the postmortem of the month, as MIM or SRE confirmed it, with a link to read it and to the
 * library where the next one is nominated.
 */
define('postmortem/dashboard/postmortem-of-the-month', ['postmortem/dashboard-support'], function (support) {
    'use strict';

    var escape = support.escape;

    function PostmortemOfTheMonth(API) {
        this.host = support.host(API);
    }

    PostmortemOfTheMonth.prototype.render = function (context) {
        var self = this;
        var element = support.elementOf(context);
        var contextPath = support.api().contextPath();
        this.host.loading(true);
        element.innerHTML = '<p class="pm-dashboard-loading">' + escape(WRM.I18n.getText('postmortem.dashboard.loading')) + '</p>';
        return support.api().get('/library?limit=1').then(function (library) {
            var winner = library.featured;
            var libraryLink = '<a class="pm-library-link" href="' + escape(contextPath + '/plugins/servlet/postmortem/library')
                + '">' + escape(WRM.I18n.getText('postmortem.dashboard.month.openLibrary')) + '</a>';
            if (!winner) {
                element.innerHTML = '<div class="pm-dashboard pm-postmortem-of-the-month">'
                    + support.message('info', WRM.I18n.getText('postmortem.dashboard.month.none'),
                        'pm-no-winner')
                    + '<p>' + libraryLink + '</p></div>';
                return;
            }
            element.innerHTML = '<div class="pm-dashboard pm-postmortem-of-the-month">'
                + '<p class="pm-winner-month">' + escape(WRM.I18n.getText('postmortem.dashboard.month.of', winner.month)) + '</p>'
                + '<h3 class="pm-winner-title"><a href="' + escape(contextPath + winner.path) + '">'
                + escape(winner.postmortemKey) + '</a> ' + escape(winner.title) + '</h3>'
                + '<p class="pm-winner-summary">' + escape(winner.summary) + '</p>'
                + '<p class="pm-muted">' + escape(WRM.I18n.getText('postmortem.dashboard.month.chosenBy', winner.confirmedBy)) + ' '
                + libraryLink + '</p></div>';
        }, function (error) {
            element.innerHTML = support.failure(error);
        }).then(function () {
            self.host.loading(false);
            self.host.resize();
        });
    };

    return PostmortemOfTheMonth;
});
