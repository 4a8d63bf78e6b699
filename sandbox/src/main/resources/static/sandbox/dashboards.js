/*
 * The sandbox's dashboard: renders each .pm-dashboard-item with the plugin's AMD module, through a stand-in for
 * Jira's dashboard-item API object. Preferences come from ?platform=<slug> when given, else from what this browser
 * saved (localStorage), else from the page's default; saving stores them in localStorage and renders again.
 */
(function (global) {
    'use strict';
    var STORE = 'postmortem.sandbox.dashboard.';

    function saved(id) {
        try {
            var text = global.localStorage.getItem(STORE + id);
            return text ? JSON.parse(text) : null;
        } catch (unavailable) {
            return null;
        }
    }

    function store(id, preferences) {
        try {
            global.localStorage.setItem(STORE + id, JSON.stringify(preferences));
        } catch (unavailable) {
            // private browsing: the choice lasts until the page is left
        }
    }

    function preferencesOf(root, item) {
        if (item.getAttribute('data-configurable') !== 'true') {
            return {};
        }
        var fromQuery = root.getAttribute('data-platform-from-query') === 'true';
        var remembered = saved(item.id);
        if (!fromQuery && remembered && remembered.platform) {
            return remembered;
        }
        return {platform: root.getAttribute('data-platform')};
    }

    /** What Jira's dashboard gives an item as "API": the calls the plugin's items make. */
    function SandboxApi(item, content, render) {
        this.item = item;
        this.content = content;
        this.render = render;
    }
    SandboxApi.prototype.showLoadingBar = function () { this.item.classList.add('pm-item-loading'); };
    SandboxApi.prototype.hideLoadingBar = function () { this.item.classList.remove('pm-item-loading'); };
    SandboxApi.prototype.resize = function () {};
    SandboxApi.prototype.closeEdit = function () {};
    SandboxApi.prototype.once = function (event, callback) { global.setTimeout(callback, 0); };
    SandboxApi.prototype.savePreferences = function (preferences) {
        store(this.item.id, preferences);
        this.render(preferences);
    };

    function start() {
        var root = document.getElementById('pm-dashboards');
        if (!root) {
            return;
        }
        Array.prototype.forEach.call(root.querySelectorAll('.pm-dashboard-item[data-module]'), function (item) {
            var content = item.querySelector('.dashboard-item-content');
            global.require([item.getAttribute('data-module')], function (Item) {
                var instance;
                var api = new SandboxApi(item, content, function (preferences) {
                    instance.render(content, preferences);
                });
                instance = new Item(api);
                instance.render(content, preferencesOf(root, item));
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})(window);
