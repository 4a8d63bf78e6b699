/*
 * Dashboard item: a platform's open and closed actions and overdue postmortems per month over 12 months, drawn
 * here as an inline SVG line chart (no chart library), with a legend, accessible labels and the numbers as a table
 * for screen readers. Configured per item with a platform (preference "platform").
 */
define('postmortem/dashboard/accountability-trend', ['postmortem/dashboard-support'], function (support) {
    'use strict';

    var escape = support.escape;
    var MONTHS = 12;
    var SERIES = [
        {name: 'openActions', label: WRM.I18n.getText('postmortem.dashboard.trend.series.open'), className: 'pm-series-open'},
        {name: 'closedActions', label: WRM.I18n.getText('postmortem.dashboard.trend.series.closed'), className: 'pm-series-closed'},
        {name: 'overduePostmortems', label: WRM.I18n.getText('postmortem.dashboard.trend.series.overdue'), className: 'pm-series-overdue'}
    ];
    var WIDTH = 640;
    var HEIGHT = 260;
    var MARGIN = {left: 44, right: 16, top: 16, bottom: 44};
    var MONTH_NAMES = [WRM.I18n.getText('postmortem.dashboard.monthName.1'), WRM.I18n.getText('postmortem.dashboard.monthName.2'),
        WRM.I18n.getText('postmortem.dashboard.monthName.3'), WRM.I18n.getText('postmortem.dashboard.monthName.4'),
        WRM.I18n.getText('postmortem.dashboard.monthName.5'), WRM.I18n.getText('postmortem.dashboard.monthName.6'),
        WRM.I18n.getText('postmortem.dashboard.monthName.7'), WRM.I18n.getText('postmortem.dashboard.monthName.8'),
        WRM.I18n.getText('postmortem.dashboard.monthName.9'), WRM.I18n.getText('postmortem.dashboard.monthName.10'),
        WRM.I18n.getText('postmortem.dashboard.monthName.11'), WRM.I18n.getText('postmortem.dashboard.monthName.12')];

    function AccountabilityTrend(API) {
        this.host = support.host(API);
    }

    AccountabilityTrend.prototype.render = function (context, preferences) {
        var self = this;
        var element = support.elementOf(context);
        preferences = preferences || {};
        if (!preferences.platform) {
            return this.renderEdit(context, preferences);
        }
        this.host.loading(true);
        element.innerHTML = '<p class="pm-dashboard-loading">' + escape(WRM.I18n.getText('postmortem.dashboard.loading')) + '</p>';
        var path = '/accountability/platforms/' + encodeURIComponent(preferences.platform) + '/trend?months=' + MONTHS;
        return support.api().get(path).then(function (trend) {
            element.innerHTML = '<div class="pm-dashboard pm-accountability-trend" data-platform="' + escape(trend.platform) + '">'
                + '<div class="pm-dashboard-head"><h3>'
                + escape(WRM.I18n.getText('postmortem.dashboard.trend.heading', MONTHS, trend.platform)) + '</h3>'
                + '<button type="button" class="aui-button aui-button-subtle pm-configure">'
                + escape(WRM.I18n.getText('postmortem.dashboard.changePlatform')) + '</button></div>'
                + chart(trend.months || [], trend.platform) + legend() + table(trend.months || [])
                + '<div class="pm-dashboard-foot">' + support.csvLink(path + '&format=csv') + '</div></div>';
            element.querySelector('.pm-configure').addEventListener('click', function () {
                self.renderEdit(context, preferences);
            });
        }, function (error) {
            element.innerHTML = support.failure(error);
        }).then(function () {
            self.host.loading(false);
            self.host.resize();
        });
    };

    AccountabilityTrend.prototype.renderEdit = function (context, preferences) {
        var self = this;
        preferences = preferences || {};
        return support.platformForm(support.elementOf(context), preferences, function (chosen) {
            self.host.save(chosen);
        }, function () {
            self.host.closeEdit();
            self.render(context, preferences);
        }).then(function () {
            self.host.resize();
        });
    };

    function monthIndex(month) {
        return parseInt(String(month).split('-')[1], 10) - 1;
    }

    function monthLabel(month) {
        var parts = String(month).split('-');
        return MONTH_NAMES[parseInt(parts[1], 10) - 1] + ' ' + parts[0];
    }

    /** A round upper bound for the y axis, so the grid lines fall on whole numbers. */
    function niceMax(max) {
        if (max <= 4) {
            return 4;
        }
        var step = Math.pow(10, Math.floor(Math.log(max / 4) / Math.LN10));
        var candidates = [1, 2, 5, 10];
        for (var i = 0; i < candidates.length; i++) {
            if (candidates[i] * step * 4 >= max) {
                return candidates[i] * step * 4;
            }
        }
        return Math.ceil(max);
    }

    function chart(points, platform) {
        var id = 'pm-trend-' + Math.random().toString(36).slice(2);
        var plotWidth = WIDTH - MARGIN.left - MARGIN.right;
        var plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
        var max = 0;
        points.forEach(function (p) {
            SERIES.forEach(function (s) { max = Math.max(max, p[s.name] || 0); });
        });
        var top = niceMax(max);
        function x(i) {
            return MARGIN.left + (points.length < 2 ? plotWidth / 2 : i * plotWidth / (points.length - 1));
        }
        function y(v) {
            return MARGIN.top + plotHeight - (v / top) * plotHeight;
        }
        var last = points.length ? points[points.length - 1] : null;
        var description = last
            ? WRM.I18n.getText('postmortem.dashboard.trend.chart.description', monthLabel(last.month), last.openActions,
                last.closedActions, last.overduePostmortems)
            : WRM.I18n.getText('postmortem.dashboard.trend.none');
        var svg = '<svg class="pm-trend-chart" viewBox="0 0 ' + WIDTH + ' ' + HEIGHT + '" width="100%" role="img" '
            + 'aria-labelledby="' + id + '-title ' + id + '-desc" xmlns="http://www.w3.org/2000/svg">'
            + '<title id="' + id + '-title">' + escape(WRM.I18n.getText('postmortem.dashboard.trend.chart.title', platform)) + '</title>'
            + '<desc id="' + id + '-desc">' + escape(description) + '</desc>';
        svg += '<g class="pm-axis pm-axis-y" aria-hidden="true">';
        for (var t = 0; t <= 4; t++) {
            var value = top * t / 4;
            svg += '<line class="pm-grid" x1="' + MARGIN.left + '" x2="' + (WIDTH - MARGIN.right) + '" y1="' + y(value)
                + '" y2="' + y(value) + '"/><text x="' + (MARGIN.left - 6) + '" y="' + (y(value) + 4)
                + '" text-anchor="end">' + value + '</text>';
        }
        svg += '</g><g class="pm-axis pm-axis-x" aria-hidden="true">';
        points.forEach(function (p, i) {
            var label = monthLabel(p.month).split(' ');
            svg += '<text x="' + x(i) + '" y="' + (HEIGHT - MARGIN.bottom + 16) + '" text-anchor="middle">' + label[0]
                + '</text>' + (i === 0 || monthIndex(p.month) === 0 ? '<text x="' + x(i) + '" y="' + (HEIGHT - MARGIN.bottom + 30)
                + '" text-anchor="middle">' + label[1] + '</text>' : '');
        });
        svg += '</g>';
        SERIES.forEach(function (s) {
            var path = points.map(function (p, i) { return x(i).toFixed(1) + ',' + y(p[s.name] || 0).toFixed(1); }).join(' ');
            svg += '<g class="pm-series ' + s.className + '" data-series="' + s.name + '">'
                + '<polyline fill="none" points="' + path + '"/>';
            points.forEach(function (p, i) {
                svg += '<circle r="3.5" cx="' + x(i).toFixed(1) + '" cy="' + y(p[s.name] || 0).toFixed(1) + '">'
                    + '<title>' + escape(monthLabel(p.month) + ': ' + (p[s.name] || 0) + ' – ' + s.label.toLowerCase())
                    + '</title></circle>';
            });
            svg += '</g>';
        });
        return svg + '</svg>';
    }

    function legend() {
        return '<ul class="pm-trend-legend">' + SERIES.map(function (s) {
            return '<li class="' + s.className + '"><span class="pm-swatch" aria-hidden="true"></span>' + escape(s.label) + '</li>';
        }).join('') + '</ul>';
    }

    /** The same numbers as a table, for screen readers and for anyone who wants the exact values. */
    function table(points) {
        var html = '<details class="pm-trend-numbers"><summary>'
            + escape(WRM.I18n.getText('postmortem.dashboard.trend.numbers')) + '</summary><table class="aui pm-trend-table">'
            + '<thead><tr><th scope="col">' + escape(WRM.I18n.getText('postmortem.dashboard.trend.month')) + '</th>';
        SERIES.forEach(function (s) { html += '<th scope="col">' + escape(s.label) + '</th>'; });
        html += '</tr></thead><tbody>';
        points.forEach(function (p) {
            html += '<tr data-month="' + escape(p.month) + '"><th scope="row">' + escape(monthLabel(p.month)) + '</th>';
            SERIES.forEach(function (s) { html += '<td data-series="' + s.name + '">' + escape(p[s.name]) + '</td>'; });
            html += '</tr>';
        });
        return html + '</tbody></table></details>';
    }

    return AccountabilityTrend;
});
