/*
 * Dashboard item: every platform side by side (MIM, SRE and administrators). Sort by clicking any column header;
 * each value shows its change since 30 days ago, and the worst value of each column is marked. Others see why
 * they cannot see it.
 */
define('postmortem/dashboard/accountability-league', ['postmortem/dashboard-support'], function (support) {
    'use strict';

    var escape = support.escape;
    var PATH = '/accountability';

    function AccountabilityLeague(API) {
        this.host = support.host(API);
        this.sort = {column: 'name', ascending: true};
    }

    AccountabilityLeague.prototype.render = function (context) {
        var self = this;
        var element = support.elementOf(context);
        this.host.loading(true);
        element.innerHTML = '<p class="pm-dashboard-loading">' + escape(WRM.I18n.getText('postmortem.dashboard.loading')) + '</p>';
        return support.api().get(PATH).then(function (rows) {
            self.rows = rows;
            element.innerHTML = '<div class="pm-dashboard pm-accountability-league">'
                + '<div class="pm-table-scroll"><table class="aui pm-league-table"><thead><tr></tr></thead><tbody></tbody></table></div>'
                + '<p class="pm-legend"><span class="pm-worst-mark" aria-hidden="true">▼</span> '
                + escape(WRM.I18n.getText('postmortem.dashboard.league.legend')) + '</p>'
                + '<div class="pm-dashboard-foot">' + support.csvLink(PATH + '?format=csv') + '</div></div>';
            self.table = element.querySelector('.pm-league-table');
            self.table.querySelector('thead').addEventListener('click', function (event) {
                var button = event.target.closest('button[data-sort]');
                if (button) {
                    self.sortBy(button.getAttribute('data-sort'));
                }
            });
            self.draw();
        }, function (error) {
            element.innerHTML = error && error.status === 403
                ? support.message('info', WRM.I18n.getText('postmortem.dashboard.league.refused'), 'pm-refused')
                : support.failure(error);
        }).then(function () {
            self.host.loading(false);
            self.host.resize();
        });
    };

    /** Sorts by the column; a second click on the same column reverses the order. */
    AccountabilityLeague.prototype.sortBy = function (column) {
        if (this.sort.column === column) {
            this.sort.ascending = !this.sort.ascending;
        } else {
            this.sort = {column: column, ascending: column === 'name'};
        }
        this.draw();
    };

    AccountabilityLeague.prototype.draw = function () {
        var sort = this.sort;
        var head = header('name', WRM.I18n.getText('postmortem.dashboard.league.platform'), sort);
        support.FIGURES.forEach(function (figure) {
            head += header(figure.name, figure.label, sort);
        });
        this.table.querySelector('thead tr').innerHTML = head;
        var rows = this.rows.slice().sort(function (a, b) {
            return compare(a[sort.column], b[sort.column], sort.ascending);
        });
        this.table.querySelector('tbody').innerHTML = rows.map(row).join('');
        this.host.resize();
    };

    function header(column, label, sort) {
        var active = sort.column === column;
        var ariaSort = active ? (sort.ascending ? 'ascending' : 'descending') : 'none';
        var arrow = active ? (sort.ascending ? ' ▲' : ' ▼') : '';
        return '<th scope="col" aria-sort="' + ariaSort + '" data-column="' + column + '">'
            + '<button type="button" class="pm-sort" data-sort="' + column + '" title="'
            + escape(WRM.I18n.getText('postmortem.dashboard.league.sortBy', label.toLowerCase())) + '">'
            + escape(label) + '<span class="pm-sort-arrow" aria-hidden="true">' + arrow + '</span></button></th>';
    }

    /** Nulls (nothing measured) sort last whichever the direction; names compare as text. */
    function compare(a, b, ascending) {
        var aMissing = a === null || a === undefined;
        var bMissing = b === null || b === undefined;
        if (aMissing || bMissing) {
            return aMissing === bMissing ? 0 : (aMissing ? 1 : -1);
        }
        var order = typeof a === 'string' ? a.localeCompare(b) : a - b;
        return ascending ? order : -order;
    }

    function row(platform) {
        var html = '<tr data-platform="' + escape(platform.platform) + '"><th scope="row" class="pm-league-name">'
            + escape(platform.name) + '</th>';
        support.FIGURES.forEach(function (figure) {
            var worst = platform.worst && platform.worst[figure.name];
            html += '<td data-figure="' + figure.name + '"' + (worst ? ' class="pm-worst"' : '') + '>'
                + support.figureLink(figure, platform, 'pm-value')
                + (worst ? ' <span class="pm-worst-mark" title="' + escape(WRM.I18n.getText('postmortem.dashboard.league.worst'))
                    + '">▼<span class="assistive"> ' + escape(WRM.I18n.getText('postmortem.dashboard.league.worst'))
                    + '</span></span>' : '')
                + support.changeHtml(figure, platform) + '</td>';
        });
        return html + '</tr>';
    }

    return AccountabilityLeague;
});
