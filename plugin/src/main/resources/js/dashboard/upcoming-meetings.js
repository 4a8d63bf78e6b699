/*
 * Dashboard item: the upcoming postmortem meetings the viewer may come to, with "Join" (js/learning-loop.js draws
 * the list, the same as on the library page).
 */
define('postmortem/dashboard/upcoming-meetings', ['postmortem/dashboard-support'], function (support) {
    'use strict';

    function UpcomingMeetings(API) {
        this.host = support.host(API);
    }

    UpcomingMeetings.prototype.render = function (context) {
        var self = this;
        var element = support.elementOf(context);
        element.innerHTML = '<div class="pm-dashboard pm-upcoming-meetings"></div>';
        this.host.loading(true);
        return window.PostmortemLearning.renderMeetings(element.querySelector('.pm-upcoming-meetings')).then(function () {
            self.host.loading(false);
            self.host.resize();
        });
    };

    return UpcomingMeetings;
});
