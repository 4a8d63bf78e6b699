/*
 * "Have we seen this before?" (templates/panels/related.vm): loads GET /incidents/{key}/related and lists the
 * related postmortems with what they share with this incident, the recurrence flag, and their actions with whether
 * each is done. Everything from the server is written as text, never as HTML.
 */
(function (global) {
    'use strict';

    function el(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined && content !== null) {
            node.textContent = content;
        }
        return node;
    }

    function format(template, values) {
        return String(template || '').replace(/\{(\d+)\}/g, function (all, index) {
            var value = values[Number(index)];
            return value === undefined ? all : String(value);
        });
    }

    function Related(root, api) {
        this.root = root;
        this.api = api;
        this.key = root.getAttribute('data-incident-key');
        this.contextPath = root.getAttribute('data-context-path') || '';
        this.labels = root.querySelector('.pm-related-labels').dataset;
        this.list = root.querySelector('.pm-related-list');
        this.message = root.querySelector('.pm-related-message');
    }

    Related.prototype.load = function () {
        var self = this;
        this.message.textContent = this.labels.loading;
        return this.api.get('/incidents/' + encodeURIComponent(this.key) + '/related').then(function (body) {
            self.render((body && body.related) || []);
        }, function (error) {
            self.list.textContent = '';
            self.message.textContent = self.labels.failed + ' ' + (error.message || '');
            self.root.classList.add('pm-related-failed');
        });
    };

    Related.prototype.render = function (related) {
        var self = this;
        this.list.textContent = '';
        this.message.textContent = related.length ? '' : this.labels.none;
        related.forEach(function (item) {
            self.list.appendChild(self.item(item));
        });
        this.root.setAttribute('data-loaded', String(related.length));
    };

    Related.prototype.item = function (item) {
        var labels = this.labels;
        var li = el('li', 'pm-related-item');
        li.setAttribute('data-postmortem-key', item.postmortemKey);
        var heading = el('div', 'pm-related-heading');
        var link = el('a', 'pm-related-key', item.postmortemKey);
        link.href = this.contextPath + '/browse/' + encodeURIComponent(item.postmortemKey);
        heading.appendChild(link);
        heading.appendChild(el('span', 'pm-related-name', ' ' + (item.title || '')));
        li.appendChild(heading);

        var facts = el('div', 'pm-related-facts');
        facts.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle', item.severity));
        var incident = el('a', 'pm-related-incident', item.incidentKey);
        incident.href = this.contextPath + '/browse/' + encodeURIComponent(item.incidentKey);
        facts.appendChild(document.createTextNode(' '));
        facts.appendChild(incident);
        if (item.published && item.publishedAt) {
            facts.appendChild(el('span', 'pm-muted', ' · ' + labels.published + ' ' + item.publishedAt.substring(0, 10)));
        } else if (!item.published) {
            facts.appendChild(el('span', 'aui-lozenge aui-lozenge-current', labels.unpublished));
        }
        if (!item.earlier) {
            facts.appendChild(el('span', 'aui-lozenge pm-related-later', labels.later));
        }
        li.appendChild(facts);

        if (item.recurrences && item.recurrences.length) {
            li.classList.add('pm-related-recurring');
            var flag = el('div', 'pm-related-recurrence');
            flag.appendChild(el('span', 'aui-lozenge aui-lozenge-error pm-related-recurrence-flag', labels.recurrence));
            var pairs = el('ul', 'pm-related-recurrence-pairs');
            item.recurrences.forEach(function (pair) {
                pairs.appendChild(el('li', null, format(labels.recurrencePair, [pair.ourCause, pair.theirCause])));
            });
            flag.appendChild(pairs);
            if (item.actionsDidNotPrevent) {
                flag.appendChild(el('p', 'pm-related-did-not-prevent', labels.didNotPrevent));
            }
            li.appendChild(flag);
        }

        var shared = el('dl', 'pm-related-shared');
        this.shared(shared, labels.sharedComponents, item.sharedComponents, 'components');
        this.shared(shared, labels.sharedCategories, item.sharedCategories, 'categories');
        this.shared(shared, labels.sharedTeams, item.sharedTeams, 'teams');
        if (shared.childNodes.length) {
            li.appendChild(shared);
        }

        if (item.published) {
            li.appendChild(this.actions(item.actions || []));
        }
        return li;
    };

    Related.prototype.shared = function (list, label, values, kind) {
        if (!values || !values.length) {
            return;
        }
        list.appendChild(el('dt', null, label));
        var dd = el('dd', 'pm-related-shared-' + kind);
        values.forEach(function (value) {
            dd.appendChild(el('span', 'aui-label', value));
        });
        list.appendChild(dd);
    };

    Related.prototype.actions = function (actions) {
        var labels = this.labels;
        var box = el('div', 'pm-related-actions');
        box.appendChild(el('h4', null, labels.actions));
        if (!actions.length) {
            box.appendChild(el('p', 'pm-muted', labels.noActions));
            return box;
        }
        var list = el('ul', 'pm-related-action-list');
        var contextPath = this.contextPath;
        actions.forEach(function (action) {
            var li = el('li', 'pm-related-action ' + (action.done ? 'pm-related-action-done' : 'pm-related-action-open'));
            li.setAttribute('data-action-key', action.key);
            var state = el('span', 'aui-lozenge ' + (action.done ? 'aui-lozenge-success' : 'aui-lozenge-current'),
                action.done ? labels.done : labels.open);
            li.appendChild(state);
            li.appendChild(document.createTextNode(' '));
            var link = el('a', null, action.key);
            link.href = contextPath + '/browse/' + encodeURIComponent(action.key);
            li.appendChild(link);
            li.appendChild(document.createTextNode(' ' + (action.summary || '')));
            if (action.owner || action.dueDate) {
                li.appendChild(el('span', 'pm-muted', ' (' + [action.owner, action.dueDate
                    ? labels.due + ' ' + action.dueDate : null].filter(Boolean).join(', ') + ')'));
            }
            list.appendChild(li);
        });
        box.appendChild(list);
        return box;
    };

    global.PostmortemRelated = Related;
    if (global.PostmortemApi) {
        global.PostmortemApi.startEach('.pm-related[data-incident-key]', function (root) {
            new Related(root, global.PostmortemApi).load();
        });
    }
})(window);
