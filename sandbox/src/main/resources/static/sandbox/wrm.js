/*
 * The sandbox's stand-in for the web-resource manager's asynchronous require, enough for the plugin's dashboard item
 * loader: WRM.require(['wr!<plugin key>:<web-resource key>']) puts that web-resource's files on the page (the page
 * lists them from the plugin's descriptor, dependencies first), each file once and scripts in order, and answers a
 * promise that resolves when the last one has loaded.
 */
(function (global) {
    'use strict';
    var loaded = {};

    function filesByKey() {
        var node = document.getElementById('sandbox-web-resources');
        return node ? JSON.parse(node.textContent) : {};
    }

    function load(url) {
        if (!loaded[url]) {
            loaded[url] = new Promise(function (resolve, reject) {
                var element;
                if (/\.css$/.test(url)) {
                    element = document.createElement('link');
                    element.rel = 'stylesheet';
                    element.href = url;
                } else {
                    element = document.createElement('script');
                    element.async = false;
                    element.src = url;
                }
                element.onload = function () { resolve(); };
                element.onerror = function () { reject(new Error('Cannot load ' + url)); };
                document.head.appendChild(element);
            });
        }
        return loaded[url];
    }

    var WRM = global.WRM = global.WRM || {};
    WRM.require = function (keys) {
        var known = filesByKey();
        var urls = [];
        var missing = [];
        [].concat(keys).forEach(function (key) {
            var files = known[String(key).replace(/^wrc?!/, '')];
            if (!files) {
                missing.push(key);
                return;
            }
            files.forEach(function (url) {
                if (urls.indexOf(url) < 0) {
                    urls.push(url);
                }
            });
        });
        if (missing.length) {
            return Promise.reject(new Error('No web-resource ' + missing.join(', ')));
        }
        return urls.reduce(function (previous, url) {
            return previous.then(function () { return load(url); });
        }, Promise.resolve());
    };
})(window);
