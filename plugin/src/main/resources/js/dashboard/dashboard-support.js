/*
 * What the accountability dashboard items share: the figures and how to show them, a small adapter over the
 * dashboard host's API (Jira's dashboard-item API object, or the sandbox's stand-in), the platform picker and
 * HTML helpers. Talks to the REST API through window.PostmortemApi.
 */
define('postmortem/dashboard-support', [], function () {
    'use strict';

    /** Every figure the API answers, in its display order; "worse" says which direction is bad. */
    var FIGURES = [
        {name: 'openActions', label: WRM.I18n.getText('postmortem.dashboard.figure.openActions'), kind: 'count', worse: 'more'},
        {name: 'overdueActions', label: WRM.I18n.getText('postmortem.dashboard.figure.overdueActions'), kind: 'count', worse: 'more'},
        {name: 'dueSoonActions', label: WRM.I18n.getText('postmortem.dashboard.figure.dueSoonActions'), kind: 'count', worse: null},
        {name: 'closedLast30Days', label: WRM.I18n.getText('postmortem.dashboard.figure.closedLast30Days'), kind: 'count', worse: 'less'},
        {name: 'medianOpenAgeDays', label: WRM.I18n.getText('postmortem.dashboard.figure.medianOpenAgeDays'), kind: 'days', worse: 'more'},
        {name: 'medianDaysToClose', label: WRM.I18n.getText('postmortem.dashboard.figure.medianDaysToClose'), kind: 'days', worse: 'more'},
        {name: 'onTimeShare', label: WRM.I18n.getText('postmortem.dashboard.figure.onTimeShare'), kind: 'share', worse: 'less',
            counts: ['closedOnTimeLast90Days', 'closedLast90Days']},
        {name: 'overduePostmortems', label: WRM.I18n.getText('postmortem.dashboard.figure.overduePostmortems'), kind: 'count', worse: 'more'},
        {name: 'postmortemsHeldOnTimeShare', label: WRM.I18n.getText('postmortem.dashboard.figure.postmortemsHeldOnTimeShare'), kind: 'share', worse: 'less',
            counts: ['postmortemsHeldOnTime', 'postmortemsDue']},
        {name: 'publishedShare', label: WRM.I18n.getText('postmortem.dashboard.figure.publishedShare'), kind: 'share', worse: 'less',
            counts: ['publishedPostmortems', 'majorPostmortems']}
    ];

    var REST = '/rest/postmortem/1.0';

    function api() {
        return window.PostmortemApi;
    }

    function escape(value) {
        return String(value === null || value === undefined ? '' : value)
            .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    }

    /** The DOM element to draw into: Jira hands over a DOM node or a jQuery object. */
    function elementOf(context) {
        if (context && context.jquery) {
            return context[0];
        }
        return context;
    }

    /**
     * The few things the items ask of their host, whatever the host offers: Jira's dashboard-item API object
     * (showLoadingBar, hideLoadingBar, resize, savePreferences, closeEdit) or the sandbox's stand-in of it.
     */
    function host(API) {
        function call(name, args) {
            if (API && typeof API[name] === 'function') {
                return API[name].apply(API, args || []);
            }
            return undefined;
        }
        return {
            loading: function (on) { call(on ? 'showLoadingBar' : 'hideLoadingBar'); },
            resize: function () { call('resize'); },
            save: function (preferences) { call('savePreferences', [preferences]); },
            closeEdit: function () { call('closeEdit'); }
        };
    }

    function format(figure, value) {
        if (value === null || value === undefined) {
            return '–';
        }
        if (figure.kind === 'share') {
            return Math.round(value * 100) + '%';
        }
        if (figure.kind === 'days') {
            return WRM.I18n.getText('postmortem.dashboard.unit.days', Math.round(value * 10) / 10);
        }
        return String(value);
    }

    /** The change since 30 days ago, signed; empty when there is nothing to compare. */
    function formatChange(figure, change) {
        if (change === null || change === undefined || change === 0) {
            return change === 0 ? '±0' : '';
        }
        var sign = change > 0 ? '+' : '−';
        var magnitude = Math.abs(change);
        if (figure.kind === 'share') {
            return sign + WRM.I18n.getText('postmortem.dashboard.unit.points', Math.round(magnitude * 100));
        }
        if (figure.kind === 'days') {
            return sign + WRM.I18n.getText('postmortem.dashboard.unit.days', Math.round(magnitude * 10) / 10);
        }
        return sign + magnitude;
    }

    /** Whether a change is for the worse ("bad"), for the better ("good") or neither. */
    function changeTone(figure, change) {
        if (!change || !figure.worse) {
            return 'neutral';
        }
        var worse = figure.worse === 'more' ? change > 0 : change < 0;
        return worse ? 'bad' : 'good';
    }

    /** A figure's value as a link to the issue navigator listing exactly the counted tickets. */
    function figureLink(figure, row, className) {
        var text = format(figure, row[figure.name]);
        var url = row.links && row.links[figure.name];
        var title = WRM.I18n.getText('postmortem.dashboard.showTickets', figure.label.toLowerCase());
        if (!url) {
            return '<span class="' + className + '">' + escape(text) + '</span>';
        }
        return '<a class="' + className + '" data-figure="' + escape(figure.name) + '" href="' + escape(url)
            + '" title="' + escape(title) + '">' + escape(text) + '</a>';
    }

    function changeHtml(figure, row) {
        var change = row.change ? row.change[figure.name] : null;
        var text = formatChange(figure, change);
        if (!text) {
            return '';
        }
        return ' <span class="pm-change pm-change-' + changeTone(figure, change) + '" title="' + escape(WRM.I18n.getText('postmortem.dashboard.changeSince')) + '">'
            + escape(text) + '</span>';
    }

    function csvLink(path) {
        return '<a class="pm-csv aui-button aui-button-link" href="' + escape(api().contextPath() + REST + path)
            + '" download>' + escape(WRM.I18n.getText('postmortem.dashboard.csv')) + '</a>';
    }

    function message(kind, text, className) {
        return '<div class="aui-message aui-message-' + kind + (className ? ' ' + className : '') + '"><p>'
            + escape(text) + '</p></div>';
    }

    function failure(error) {
        if (error && error.status === 403) {
            return message('info', error.message || WRM.I18n.getText('postmortem.dashboard.refused'), 'pm-refused');
        }
        if (error && error.status === 404) {
            return message('warning', error.message || WRM.I18n.getText('postmortem.dashboard.notFound'), 'pm-not-found');
        }
        return message('error', WRM.I18n.getText('postmortem.dashboard.failed',
            (error && error.message) || WRM.I18n.getText('postmortem.dashboard.unknownError')),
            'pm-failed');
    }

    /**
     * The configuration form: a platform select from GET /platforms. Calls save(preferences) with the chosen
     * platform, or cancel() when the person leaves it as it was.
     */
    function platformForm(element, preferences, save, cancel) {
        element.innerHTML = '<p class="pm-dashboard-loading">' + escape(WRM.I18n.getText('postmortem.dashboard.loadingPlatforms')) + '</p>';
        return api().get('/platforms').then(function (platforms) {
            var id = 'pm-platform-' + Math.random().toString(36).slice(2);
            var options = platforms.map(function (p) {
                return '<option value="' + escape(p.slug) + '"' + (p.slug === preferences.platform ? ' selected' : '')
                    + '>' + escape(p.name) + '</option>';
            }).join('');
            element.innerHTML = '<form class="aui pm-dashboard-config">'
                + '<div class="field-group"><label for="' + id + '">' + escape(WRM.I18n.getText('postmortem.dashboard.config.platform')) + '</label>'
                + '<select class="select pm-platform-select" id="' + id + '" name="platform">' + options + '</select>'
                + '<div class="description">' + escape(WRM.I18n.getText('postmortem.dashboard.config.platform.description'))
                + '</div></div>'
                + '<div class="buttons-container"><div class="buttons">'
                + '<button type="submit" class="aui-button aui-button-primary pm-config-save">'
                + escape(WRM.I18n.getText('postmortem.dashboard.config.save')) + '</button>'
                + (preferences.platform ? ' <button type="button" class="aui-button aui-button-link pm-config-cancel">'
                    + escape(WRM.I18n.getText('postmortem.dashboard.config.cancel')) + '</button>' : '')
                + '</div></div></form>';
            var form = element.querySelector('form');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var next = {};
                Object.keys(preferences || {}).forEach(function (k) { next[k] = preferences[k]; });
                next.platform = form.elements.platform.value;
                // Jira's gadget-era convention for "this item has been set up"; harmless where it is not read.
                next.isConfigured = true;
                save(next);
            });
            var cancelButton = form.querySelector('.pm-config-cancel');
            if (cancelButton) {
                cancelButton.addEventListener('click', function () { cancel(); });
            }
        }, function (error) {
            element.innerHTML = failure(error);
        });
    }

    return {
        FIGURES: FIGURES,
        api: api,
        escape: escape,
        elementOf: elementOf,
        host: host,
        format: format,
        formatChange: formatChange,
        figureLink: figureLink,
        changeHtml: changeHtml,
        csvLink: csvLink,
        message: message,
        failure: failure,
        platformForm: platformForm
    };
});
