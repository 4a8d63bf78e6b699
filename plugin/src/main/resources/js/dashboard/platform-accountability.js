/*
 * Dashboard item: one platform's accountability figures, its oldest overdue actions and a row per team. Configured
 * per item with a platform (preference "platform"). Every number links to the issue navigator with the JQL that
 * lists exactly the counted tickets.
 */
define('postmortem/dashboard/platform-accountability', ['postmortem/dashboard-support'], function (support) {
    'use strict';

    var escape = support.escape;

    function PlatformAccountability(API) {
        this.host = support.host(API);
    }

    PlatformAccountability.prototype.render = function (context, preferences) {
        var self = this;
        var element = support.elementOf(context);
        preferences = preferences || {};
        if (!preferences.platform) {
            return this.renderEdit(context, preferences);
        }
        this.host.loading(true);
        element.innerHTML = '<p class="pm-dashboard-loading">' + escape(WRM.I18n.getText('postmortem.dashboard.loading')) + '</p>';
        var path = '/accountability/platforms/' + encodeURIComponent(preferences.platform);
        return support.api().get(path).then(function (report) {
            element.innerHTML = draw(report, path);
            learning(element.querySelector('.pm-learning-figures'), path);
            var configure = element.querySelector('.pm-configure');
            configure.addEventListener('click', function () {
                self.renderEdit(context, preferences);
            });
        }, function (error) {
            element.innerHTML = support.failure(error)
                + '<button type="button" class="aui-button aui-button-link pm-configure">'
                + escape(WRM.I18n.getText('postmortem.dashboard.platform.chooseAnother')) + '</button>';
            element.querySelector('.pm-configure').addEventListener('click', function () {
                self.renderEdit(context, preferences);
            });
        }).then(function () {
            self.host.loading(false);
            self.host.resize();
        });
    };

    PlatformAccountability.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var element = support.elementOf(context);
        preferences = preferences || {};
        return support.platformForm(element, preferences, function (chosen) {
            self.host.save(chosen);
        }, function () {
            self.host.closeEdit();
            self.render(context, preferences);
        }).then(function () {
            self.host.resize();
        });
    };

    function draw(report, path) {
        var html = '<div class="pm-dashboard pm-platform-accountability" data-platform="' + escape(report.platform) + '">'
            + '<div class="pm-dashboard-head"><h3 class="pm-platform-name">' + escape(report.name) + '</h3>'
            + (report.lead ? '<span class="pm-lead">' + escape(WRM.I18n.getText('postmortem.dashboard.platform.lead', report.lead)) + '</span>' : '')
            + '<span class="pm-today">' + escape(WRM.I18n.getText('postmortem.dashboard.platform.asOf', report.today)) + '</span>'
            + '<button type="button" class="aui-button aui-button-subtle pm-configure">'
            + escape(WRM.I18n.getText('postmortem.dashboard.changePlatform')) + '</button></div>';
        html += '<ul class="pm-figures">';
        support.FIGURES.forEach(function (figure) {
            html += '<li class="pm-figure" data-figure="' + figure.name + '">'
                + '<span class="pm-figure-label">' + escape(figure.label) + '</span>'
                + support.figureLink(figure, report, 'pm-figure-value') + support.changeHtml(figure, report)
                + counts(figure, report) + '</li>';
        });
        html += '</ul>';
        html += '<h4>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.learning')) + '</h4><ul class="pm-figures pm-learning-figures"><li class="pm-muted">' + escape(WRM.I18n.getText('postmortem.dashboard.loading')) + '</li></ul>';
        html += '<h4>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.oldest')) + '</h4>' + oldest(report.oldestOverdue || []);
        html += '<h4>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.teams')) + '</h4>' + teams(report.teams || []);
        html += '<div class="pm-dashboard-foot">' + support.csvLink(path + '?format=csv') + '</div></div>';
        return html;
    }

    /**
     * The learning figures: median review-checklist score, share meeting the bar, share of impacted engineers who
     * read within 14 days; each links to the postmortems it counts.
     */
    function learning(list, path) {
        return support.api().get(path + '/learning').then(function (figures) {
            function item(name, label, value, note) {
                return '<li class="pm-learning-figure" data-figure="' + name + '"><span class="pm-figure-label">' + escape(label)
                    + '</span><a class="pm-figure-value" href="' + escape(figures.links[name]) + '">' + escape(value)
                    + '</a>' + (note ? ' <span class="pm-figure-counts">' + escape(note) + '</span>' : '') + '</li>';
            }
            function share(value) {
                return value === null || value === undefined ? '–' : Math.round(value * 100) + '%';
            }
            list.innerHTML = item('medianQualityScore', 'Median checklist score',
                    figures.medianQualityScore === null ? '–' : figures.medianQualityScore,
                    figures.scoredPostmortems + ' postmortems')
                + item('qualityBarShare', 'Meeting the bar (' + figures.bar + ')', share(figures.qualityBarShare),
                    figures.meetingBar + ' of ' + figures.scoredPostmortems)
                + item('readWithin14DaysShare', 'Read by impacted engineers within 14 days',
                    share(figures.readWithin14DaysShare), figures.readWithin14Days + ' of ' + figures.impactedEngineers);
        }, function (error) {
            list.innerHTML = '<li>' + support.failure(error) + '</li>';
        });
    }

    /** A share as "n of m", from the raw counts the API gives next to it. */
    function counts(figure, report) {
        if (!figure.counts || !report.counts) {
            return '';
        }
        var n = report.counts[figure.counts[0]];
        var m = report.counts[figure.counts[1]];
        if (n === undefined || m === undefined) {
            return '';
        }
        return ' <span class="pm-figure-counts">' + escape(WRM.I18n.getText('postmortem.dashboard.platform.nOfM', String(n), String(m))) + '</span>';
    }

    function oldest(lines) {
        if (!lines.length) {
            return '<p class="pm-oldest-none">' + escape(WRM.I18n.getText('postmortem.dashboard.platform.noOverdue')) + '</p>';
        }
        var html = '<table class="aui pm-oldest-overdue"><thead><tr>'
            + '<th>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.col.action')) + '</th>'
            + '<th>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.col.summary')) + '</th>'
            + '<th>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.col.team')) + '</th>'
            + '<th>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.col.due')) + '</th>'
            + '<th>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.col.daysOverdue')) + '</th>'
            + '</tr></thead><tbody>';
        lines.forEach(function (line) {
            html += '<tr><td><a class="pm-oldest-key" href="' + escape(line.url) + '">' + escape(line.key) + '</a></td>'
                + '<td>' + escape(line.summary) + '</td><td class="pm-oldest-team">' + escape(line.team) + '</td>'
                + '<td>' + escape(line.dueDate) + '</td><td>' + escape(line.daysOverdue) + '</td></tr>';
        });
        return html + '</tbody></table>';
    }

    function teams(rows) {
        if (!rows.length) {
            return '<p>' + escape(WRM.I18n.getText('postmortem.dashboard.platform.noTeams')) + '</p>';
        }
        var html = '<div class="pm-table-scroll"><table class="aui pm-team-table"><thead><tr><th scope="col">'
            + escape(WRM.I18n.getText('postmortem.dashboard.platform.col.team')) + '</th>';
        support.FIGURES.forEach(function (figure) {
            html += '<th scope="col" data-figure="' + figure.name + '">' + escape(figure.label) + '</th>';
        });
        html += '</tr></thead><tbody>';
        rows.forEach(function (row) {
            html += '<tr data-team="' + escape(row.team) + '"><th scope="row">' + escape(row.name) + '</th>';
            support.FIGURES.forEach(function (figure) {
                html += '<td data-figure="' + figure.name + '">' + support.figureLink(figure, row, 'pm-value')
                    + support.changeHtml(figure, row) + '</td>';
            });
            html += '</tr>';
        });
        return html + '</tbody></table></div>';
    }

    return PlatformAccountability;
});
