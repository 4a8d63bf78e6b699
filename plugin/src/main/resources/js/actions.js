/*
 * A postmortem's actions (templates/panels/actions.vm): loads GET /postmortems/{key}/actions and shows every action
 * with its Problem ticket, team, due date, status, overdue badge and recurrence. Where the viewer can edit, it also
 * raises actions (POST /postmortems/{key}/actions), lists ideas with "Promote" and "Same as..." (suggestions).
 *
 * Repeated submits: each submit attempt of the form gets a fresh requestId; a retry after a failed request (network
 * error, 5xx) sends the same id again, so the server raises the action at most once. The id is dropped once the
 * server answered definitively (created, replayed, or refused with 4xx).
 */
(function () {
    'use strict';
    var api = window.PostmortemApi;
    var STATUS_CLASS = {OPEN: 'aui-lozenge-default', IN_PROGRESS: 'aui-lozenge-current',
        DONE: 'aui-lozenge-success', DECLINED: 'aui-lozenge-moved'};

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    function newRequestId() {
        if (window.crypto && typeof window.crypto.randomUUID === 'function') {
            return window.crypto.randomUUID();
        }
        return 'r-' + Date.now().toString(36) + '-' + Math.random().toString(36).substring(2);
    }

    function Actions(root) {
        this.root = root;
        this.key = root.getAttribute('data-postmortem-key');
        this.editable = root.getAttribute('data-editable') === 'true';
        this.labels = root.querySelector('.pm-actions-labels').dataset;
        this.rows = root.querySelector('.pm-actions-rows');
        this.table = root.querySelector('.pm-actions-table');
        this.empty = root.querySelector('.pm-actions-empty');
        this.complete = root.querySelector('.pm-actions-complete');
        this.message = root.querySelector('.pm-actions-message');
        this.form = root.querySelector('.pm-action-form');
        this.ideaForm = root.querySelector('.pm-idea-form');
        this.ideas = root.querySelector('.pm-ideas-list');
        this.pendingRequestId = null;
        this.bind();
    }

    Actions.prototype.path = function (suffix) {
        return '/postmortems/' + encodeURIComponent(this.key) + suffix;
    };

    Actions.prototype.say = function (text) {
        this.message.textContent = text || '';
    };

    Actions.prototype.bind = function () {
        var self = this;
        if (this.form) {
            this.form.addEventListener('submit', function (event) {
                event.preventDefault();
                self.raise();
            });
            this.loadTeams();
        }
        if (this.ideaForm) {
            this.ideaForm.addEventListener('submit', function (event) {
                event.preventDefault();
                self.addIdea();
            });
        }
    };

    Actions.prototype.load = function () {
        var self = this;
        return api.get(this.path('/actions')).then(function (json) {
            self.render(json.actions || [], json.summary || {});
            if (self.editable) {
                return self.loadIdeas();
            }
        }).catch(function (error) {
            self.say(error.message);
        });
    };

    Actions.prototype.render = function (actions, summary) {
        var self = this;
        var contextPath = api.contextPath();
        this.rows.textContent = '';
        actions.forEach(function (action) {
            var row = el('tr', 'pm-action');
            row.setAttribute('data-action-id', action.id);
            row.setAttribute('data-status', action.status);
            var keyCell = el('td', 'pm-action-key');
            if (action.problemKey) {
                var link = el('a', 'pm-action-ticket', action.problemKey);
                link.href = contextPath + '/browse/' + encodeURIComponent(action.problemKey);
                keyCell.appendChild(link);
            }
            if (action.ticketDeleted) {
                keyCell.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle pm-action-deleted', self.labels.deleted));
            }
            row.appendChild(keyCell);
            var summaryCell = el('td', 'pm-action-summary', action.summary);
            if (action.recurrence > 1) {
                summaryCell.appendChild(el('span', 'aui-badge pm-action-recurrence',
                    String(self.labels.recurrence || '{0}').replace('{0}', action.recurrence)));
            }
            row.appendChild(summaryCell);
            row.appendChild(el('td', 'pm-action-team', action.team));
            var dueCell = el('td', 'pm-action-due', action.dueDate);
            if (action.dueDateReason) {
                dueCell.title = action.dueDateReason;
            }
            if (action.overdue) {
                dueCell.appendChild(el('span', 'aui-lozenge aui-lozenge-error pm-action-overdue', self.labels.overdue));
            }
            row.appendChild(dueCell);
            var statusCell = el('td');
            statusCell.appendChild(el('span', 'aui-lozenge pm-action-status ' + (STATUS_CLASS[action.status] || ''),
                self.statusLabel(action.status)));
            row.appendChild(statusCell);
            self.rows.appendChild(row);
        });
        this.table.hidden = actions.length === 0;
        this.empty.hidden = actions.length !== 0;
        this.complete.hidden = !summary.complete;
    };

    Actions.prototype.statusLabel = function (status) {
        var key = 'status' + String(status || '').toLowerCase().replace(/(^|_)([a-z])/g, function (m, sep, c) {
            return c.toUpperCase();
        });
        return this.labels[key] || status;
    };

    Actions.prototype.loadTeams = function () {
        var select = this.form.querySelector('select[name="team"]');
        api.get('/platforms').then(function (json) {
            var platforms = Array.isArray(json) ? json : (json.platforms || []);
            select.textContent = '';
            platforms.forEach(function (platform) {
                var group = el('optgroup');
                group.label = platform.name;
                (platform.teams || []).forEach(function (team) {
                    var option = el('option', null, team.name);
                    option.value = team.slug;
                    group.appendChild(option);
                });
                select.appendChild(group);
            });
        }).catch(function () {
            // Without the directory the team field stays empty and the server reports it as required.
        });
    };

    Actions.prototype.draft = function () {
        var data = {requestId: this.pendingRequestId};
        ['summary', 'description', 'type', 'team', 'priority', 'dueDate', 'dueDateReason'].forEach(function (name) {
            var field = this.form.elements[name];
            if (field && field.value !== '') {
                data[name] = field.value;
            }
        }, this);
        return data;
    };

    Actions.prototype.raise = function () {
        var self = this;
        var button = this.form.querySelector('.pm-action-submit');
        if (!this.pendingRequestId) {
            this.pendingRequestId = newRequestId();
        }
        button.disabled = true;
        this.say('');
        return api.post(this.path('/actions'), this.draft()).then(function (action) {
            self.pendingRequestId = null;
            self.form.reset();
            api.showFieldErrors(self.form, {body: {}});
            self.say(String(self.labels.raised || '{0}').replace('{0}', action.problemKey));
            return self.load();
        }).catch(function (error) {
            if (error.status && error.status >= 400 && error.status < 500) {
                // A definitive answer: the next submit is a new attempt.
                self.pendingRequestId = null;
            }
            var rest = api.showFieldErrors(self.form, error);
            self.say(rest.length ? rest.join(' ') : (error.body && error.body.errors ? '' : error.message));
        }).then(function () {
            button.disabled = false;
        });
    };

    Actions.prototype.loadIdeas = function () {
        var self = this;
        return api.get(this.path('/ideas')).then(function (json) {
            self.ideas.textContent = '';
            (json.ideas || []).forEach(function (idea) {
                self.ideas.appendChild(self.ideaItem(idea));
            });
        });
    };

    Actions.prototype.ideaItem = function (idea) {
        var self = this;
        var item = el('li', 'pm-idea');
        item.setAttribute('data-idea-id', idea.id);
        item.appendChild(el('span', 'pm-idea-summary', idea.summary));
        if (idea.recurrence > 1) {
            item.appendChild(el('span', 'aui-badge pm-idea-recurrence',
                String(self.labels.recurrence || '{0}').replace('{0}', idea.recurrence)));
        }
        if (idea.promotedTo) {
            item.appendChild(el('span', 'aui-lozenge aui-lozenge-success', self.labels.promoted));
            return item;
        }
        if (idea.sameAs) {
            item.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle pm-idea-same-as',
                self.labels.marked + ' ' + idea.sameAs.kind.toLowerCase() + ' ' + idea.sameAs.id));
        }
        var promote = el('button', 'aui-button aui-button-link pm-idea-promote', self.labels.promote);
        promote.type = 'button';
        promote.addEventListener('click', function () {
            self.promote(idea, promote);
        });
        item.appendChild(promote);
        var sameAs = el('button', 'aui-button aui-button-link pm-idea-same-as-button', self.labels.sameAs);
        sameAs.type = 'button';
        sameAs.addEventListener('click', function () {
            self.suggest(idea, item);
        });
        item.appendChild(sameAs);
        return item;
    };

    /** Promotes with the form's type, team and priority (the summary and description default to the idea's). */
    Actions.prototype.promote = function (idea, button) {
        var self = this;
        var body = {requestId: 'idea-' + idea.id};
        ['type', 'team', 'priority'].forEach(function (name) {
            var field = self.form && self.form.elements[name];
            if (field && field.value) {
                body[name] = field.value;
            }
        });
        button.disabled = true;
        api.post(this.path('/ideas/' + idea.id + '/promote'), body).then(function (action) {
            self.say(String(self.labels.raised || '{0}').replace('{0}', action.problemKey));
            return self.load();
        }).catch(function (error) {
            button.disabled = false;
            var rest = api.showFieldErrors(self.form || self.root, error);
            self.say(rest.length ? rest.join(' ') : error.message);
        });
    };

    Actions.prototype.suggest = function (idea, item) {
        var self = this;
        var old = item.querySelector('.pm-idea-suggestions');
        if (old) {
            old.remove();
        }
        api.get(this.path('/ideas/' + idea.id + '/suggestions')).then(function (json) {
            var list = el('ul', 'pm-idea-suggestions');
            var suggestions = json.suggestions || [];
            if (suggestions.length === 0) {
                list.appendChild(el('li', 'pm-muted', self.labels.noSuggestions));
            }
            suggestions.forEach(function (suggestion) {
                var choice = el('li');
                var button = el('button', 'aui-button aui-button-link pm-idea-suggestion',
                    suggestion.postmortemKey + ': ' + suggestion.summary);
                button.type = 'button';
                button.addEventListener('click', function () {
                    api.post(self.path('/ideas/' + idea.id + '/same-as'),
                        {kind: suggestion.ref.kind, id: suggestion.ref.id}).then(function () {
                        return self.loadIdeas();
                    }).catch(function (error) {
                        self.say(error.message);
                    });
                });
                choice.appendChild(button);
                list.appendChild(choice);
            });
            item.appendChild(list);
        }).catch(function (error) {
            self.say(error.message);
        });
    };

    Actions.prototype.addIdea = function () {
        var self = this;
        var field = this.ideaForm.elements.summary;
        api.post(this.path('/ideas'), {summary: field.value}).then(function () {
            field.value = '';
            api.showFieldErrors(self.ideaForm, {body: {}});
            return self.loadIdeas();
        }).catch(function (error) {
            var rest = api.showFieldErrors(self.ideaForm, error);
            self.say(rest.length ? rest.join(' ') : error.message);
        });
    };

    api.startEach('.pm-actions[data-postmortem-key]', function (root) {
        new Actions(root).load();
    });
})();
