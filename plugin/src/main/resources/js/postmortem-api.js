/*
 * A small client for the Postmortem REST API, shared by the panels, the dashboards and the admin page.
 * JSON bodies with Jira's "no-check" XSRF header: Jira's REST layer accepts JSON requests without a form token.
 */
(function (global) {
    'use strict';

    function contextPath() {
        var el = document.querySelector('[data-context-path]');
        if (el && el.getAttribute('data-context-path') !== null) {
            return el.getAttribute('data-context-path');
        }
        if (global.AJS && typeof global.AJS.contextPath === 'function') {
            return global.AJS.contextPath();
        }
        return '';
    }

    function request(method, path, body) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(contextPath() + '/rest/postmortem/1.0' + path, options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (notJson) {
                    json = {message: text};
                }
                if (!response.ok) {
                    var error = new Error((json && json.message) || WRM.I18n.getText('postmortem.api.js.failed', response.status));
                    error.status = response.status;
                    error.body = json || {};
                    throw error;
                }
                return json;
            });
        });
    }

    /** Puts a 400's field errors next to the fields (elements with data-field) and returns the rest. */
    function showFieldErrors(container, error) {
        container.querySelectorAll('.error[data-field]').forEach(function (el) {
            el.textContent = '';
        });
        var unplaced = [];
        var errors = (error.body && error.body.errors) || {};
        Object.keys(errors).forEach(function (field) {
            var target = container.querySelector('.error[data-field="' + field + '"]');
            if (target) {
                target.textContent = errors[field];
            } else {
                unplaced.push(field + ': ' + errors[field]);
            }
        });
        return unplaced;
    }

    /**
     * Calls start(root) once for each element matching the selector: when the page is ready, and again for new
     * elements whenever Jira re-renders the issue view's panels without a page load.
     */
    function startEach(selector, start) {
        function run() {
            document.querySelectorAll(selector).forEach(function (root) {
                if (root.getAttribute('data-pm-started') !== 'true') {
                    root.setAttribute('data-pm-started', 'true');
                    start(root);
                }
            });
        }
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', run);
        } else {
            run();
        }
        if (global.JIRA && global.JIRA.Events && global.JIRA.Events.NEW_CONTENT_ADDED && global.JIRA.bind) {
            global.JIRA.bind(global.JIRA.Events.NEW_CONTENT_ADDED, run);
        }
    }

    global.PostmortemApi = {
        startEach: startEach,
        contextPath: contextPath,
        get: function (path) { return request('GET', path); },
        post: function (path, body) { return request('POST', path, body === undefined ? {} : body); },
        put: function (path, body) { return request('PUT', path, body); },
        del: function (path) { return request('DELETE', path); },
        showFieldErrors: showFieldErrors
    };
})(window);
