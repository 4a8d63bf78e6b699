/*
 * The only file of the plugin every dashboard loads (web-resource dashboard-item-loader, context atl.dashboard). It
 * defines the AMD modules the descriptor's dashboard items name, and nothing else: the items' scripts and styles (the
 * web-resource accountability-dashboard-resources, bound to no context) load when Jira draws one of the items, through
 * the web-resource manager's asynchronous require with a "wr!" web-resource key, as Atlassian's webresource webpack
 * plugin loads its chunks (WRM.require('wrc!<plugin key>:<chunk>') in its require-ensure shim,
 * https://app.unpkg.com/atlassian-webresource-webpack-plugin@7.0.0/files/dist/shims/require-ensure-shim.js).
 * A dashboard without the plugin's items loads this file and nothing more; with several of them, the bundle once.
 */
(function () {
    'use strict';

    var BUNDLE = 'wr!io.postmortem.postmortem-for-jira:accountability-dashboard-resources';
    var loading = null;

    function bundle() {
        if (!loading) {
            // WRM.require answers a jQuery promise in Jira; Promise.resolve makes it a standard one.
            loading = Promise.resolve(WRM.require([BUNDLE]));
        }
        return loading;
    }

    /** The item Jira builds: waits for the bundle, then hands every call to the item's own module. */
    function lazyItem(name, implementation, configurable) {
        define(name, [], function () {
            function Item(API, options) {
                this.ready = bundle().then(function () {
                    var Implementation = require(implementation);
                    return new Implementation(API, options);
                });
            }

            function delegate(method) {
                return function () {
                    var args = arguments;
                    return this.ready.then(function (item) {
                        return item[method].apply(item, args);
                    });
                };
            }

            Item.prototype.render = delegate('render');
            if (configurable) {
                Item.prototype.renderEdit = delegate('renderEdit');
            }
            return Item;
        });
    }

    lazyItem('postmortem/platform-accountability', 'postmortem/dashboard/platform-accountability', true);
    lazyItem('postmortem/accountability-league', 'postmortem/dashboard/accountability-league', false);
    lazyItem('postmortem/accountability-trend', 'postmortem/dashboard/accountability-trend', true);
    lazyItem('postmortem/postmortem-of-the-month', 'postmortem/dashboard/postmortem-of-the-month', false);
    lazyItem('postmortem/upcoming-meetings', 'postmortem/dashboard/upcoming-meetings', false);
})();
