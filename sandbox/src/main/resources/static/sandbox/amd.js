/*
 * The sandbox's stand-in for Jira's AMD loader, just enough for the plugin's dashboard items: named define() with
 * dependencies, and require() of named modules. Modules are built on first require, once each.
 */
(function (global) {
    'use strict';
    var definitions = {};
    var built = {};

    function get(name) {
        if (Object.prototype.hasOwnProperty.call(built, name)) {
            return built[name];
        }
        var definition = definitions[name];
        if (!definition) {
            throw new Error('No AMD module named ' + name);
        }
        built[name] = definition.factory.apply(null, definition.dependencies.map(get));
        return built[name];
    }

    global.define = function (name, dependencies, factory) {
        if (typeof name !== 'string') {
            throw new Error('The sandbox loads named AMD modules only');
        }
        if (typeof dependencies === 'function') {
            factory = dependencies;
            dependencies = [];
        }
        definitions[name] = {dependencies: dependencies || [], factory: factory};
    };

    global.require = function (names, callback) {
        if (typeof names === 'string') {
            return get(names);
        }
        var modules = names.map(get);
        if (callback) {
            callback.apply(null, modules);
        }
        return modules;
    };
})(window);
