/*
 * The incident timeline (templates/panels/timeline.vm): loads GET /incidents/{key}/timeline and renders every
 * team's entries in the order the server gives (time, then creation), with milestones, metrics and warnings.
 * Adding, editing, deleting and importing call the REST API and then load the timeline again, so milestones,
 * metrics, duplicate flags and warnings always match what the server computed; the page never reloads.
 *
 * Times: the server answers every time with the offset of the viewer's time zone and reads times sent without an
 * offset in that same zone, so the wall-clock part of an answer is exactly what the viewer typed or should see.
 * The browser's own zone is never used.
 */
(function () {
    'use strict';
    var api = window.PostmortemApi;
    var MILESTONE_KINDS = ['IMPACT_STARTED', 'DETECTED', 'MITIGATED', 'RESOLVED'];

    /** "2026-03-10T13:10:00+01:00" -> "2026-03-10T13:10" (the wall-clock time in the viewer's zone). */
    function localPart(iso) {
        return iso ? iso.substring(0, 16) : '';
    }

    function displayTime(iso) {
        return localPart(iso).replace('T', ' ');
    }

    function format(template, value) {
        return String(template || '').replace('{0}', value);
    }

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

    function safeLink(url) {
        return /^https?:\/\//i.test(url || '');
    }

    function Timeline(root) {
        this.root = root;
        this.key = root.getAttribute('data-incident-key');
        this.labels = root.querySelector('.pm-timeline-labels').dataset;
        this.form = root.querySelector('.pm-timeline-form');
        this.list = root.querySelector('.pm-timeline-entries');
        this.message = root.querySelector('.pm-timeline-message');
        this.kindLabels = {};
        var self = this;
        this.form.querySelectorAll('select[name="kind"] option').forEach(function (option) {
            self.kindLabels[option.value] = option.textContent;
        });
        this.view = null;
        this.bind();
    }

    Timeline.prototype.path = function (suffix) {
        return '/incidents/' + encodeURIComponent(this.key) + '/timeline' + (suffix || '');
    };

    Timeline.prototype.say = function (text, isError) {
        this.message.textContent = text || '';
        this.message.className = 'pm-message pm-timeline-message'
            + (text ? (isError ? ' pm-message-error' : ' pm-message-ok') : '');
    };

    /** A failed request: a 400's field errors go under their fields, anything else into the message line. */
    Timeline.prototype.failed = function (error) {
        if (error.status === 400) {
            var rest = api.showFieldErrors(this.form, error);
            this.say(rest.join(' '), rest.length > 0);
        } else {
            this.say(error.message, true);
        }
    };

    Timeline.prototype.load = function () {
        var self = this;
        if (!this.view) {
            this.say(this.labels.loading, false);
        }
        return api.get(this.path()).then(function (view) {
            self.view = view;
            self.render();
            if (self.message.textContent === self.labels.loading) {
                self.say('');
            }
        }).catch(function (error) {
            self.say(error.message, true);
        });
    };

    Timeline.prototype.render = function () {
        var view = this.view;
        var zone = this.root.querySelector('.pm-timeline-zone');
        zone.textContent = format(zone.getAttribute('data-template'), view.zone);
        this.form.querySelector('.pm-timeline-at-zone').textContent = view.zone;
        this.renderMilestones();
        this.renderWarnings();
        this.renderEntries();
        this.renderForm();
    };

    Timeline.prototype.renderMilestones = function () {
        var view = this.view;
        var labels = this.labels;
        this.root.querySelectorAll('dd[data-milestone]').forEach(function (dd) {
            var milestone = view.milestones[dd.getAttribute('data-milestone')];
            dd.textContent = '';
            if (!milestone) {
                dd.appendChild(el('span', 'pm-muted', labels.unknown));
                return;
            }
            dd.appendChild(el('time', null, displayTime(milestone.at))).setAttribute('datetime', milestone.at);
            if (milestone.origin === 'ENTRY') {
                dd.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle pm-timeline-team', milestone.team));
            } else {
                dd.appendChild(el('span', 'pm-muted pm-timeline-origin', ' ' + labels.fromIncident));
            }
        });
        this.root.querySelectorAll('dd[data-metric]').forEach(function (dd) {
            var minutes = view.metrics[dd.getAttribute('data-metric')];
            dd.textContent = minutes === null || minutes === undefined ? labels.unknown : format(labels.minutes, minutes);
            dd.classList.toggle('pm-muted', minutes === null || minutes === undefined);
        });
    };

    Timeline.prototype.renderWarnings = function () {
        var box = this.root.querySelector('.pm-timeline-warnings');
        var list = box.querySelector('ul');
        list.textContent = '';
        (this.view.warnings || []).forEach(function (warning) {
            var li = el('li', 'pm-timeline-warning');
            li.setAttribute('data-code', warning.code);
            li.appendChild(el('span', 'pm-timeline-warning-message', warning.message));
            li.appendChild(el('span', 'pm-timeline-warning-fix', ' ' + warning.fix));
            list.appendChild(li);
        });
        box.hidden = list.children.length === 0;
    };

    Timeline.prototype.milestoneEntryIds = function () {
        var ids = {};
        var milestones = this.view.milestones || {};
        Object.keys(milestones).forEach(function (name) {
            if (milestones[name] && milestones[name].entryId !== null && milestones[name].entryId !== undefined) {
                ids[milestones[name].entryId] = true;
            }
        });
        return ids;
    };

    Timeline.prototype.renderEntries = function () {
        var self = this;
        var labels = this.labels;
        var milestoneIds = this.milestoneEntryIds();
        this.list.textContent = '';
        this.view.entries.forEach(function (entry) {
            var li = el('li', 'pm-timeline-entry pm-timeline-kind-' + entry.kind);
            li.setAttribute('data-entry-id', String(entry.id));
            var time = el('time', 'pm-timeline-time', displayTime(entry.at));
            time.setAttribute('datetime', entry.at);
            li.appendChild(time);
            li.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle pm-timeline-team', entry.team));
            var kind = el('span', 'aui-lozenge pm-timeline-kind', self.kindLabels[entry.kind] || entry.kind);
            if (MILESTONE_KINDS.indexOf(entry.kind) >= 0) {
                kind.classList.add('aui-lozenge-current');
            }
            li.appendChild(kind);
            if (milestoneIds[entry.id]) {
                li.appendChild(el('span', 'aui-lozenge aui-lozenge-success pm-timeline-milestone', labels.milestoneBadge));
            }
            if (entry.possibleDuplicate) {
                var duplicate = el('span', 'aui-lozenge aui-lozenge-moved pm-timeline-duplicate', labels.duplicate);
                duplicate.title = labels.duplicateTitle;
                duplicate.setAttribute('data-duplicate-of', entry.possibleDuplicateOf.join(','));
                li.appendChild(duplicate);
            }
            li.appendChild(el('p', 'pm-timeline-text', entry.text));
            var meta = el('p', 'pm-timeline-meta pm-muted');
            meta.appendChild(el('span', 'pm-timeline-author', format(labels.by, entry.author)));
            if (entry.source !== 'PERSON') {
                meta.appendChild(el('span', 'pm-timeline-source', ' · ' + labels.imported));
            }
            if (entry.evidence && safeLink(entry.evidence)) {
                meta.appendChild(document.createTextNode(' · '));
                var link = el('a', 'pm-timeline-evidence', labels.evidence);
                link.href = entry.evidence;
                link.target = '_blank';
                link.rel = 'noopener noreferrer';
                link.title = entry.evidence;
                meta.appendChild(link);
            }
            li.appendChild(meta);
            if (entry.editable) {
                var actions = el('div', 'pm-timeline-entry-actions');
                var edit = el('button', 'aui-button aui-button-link pm-timeline-edit', labels.edit);
                edit.type = 'button';
                edit.addEventListener('click', function () { self.startEdit(entry); });
                var del = el('button', 'aui-button aui-button-link pm-timeline-delete', labels['delete']);
                del.type = 'button';
                del.addEventListener('click', function () { self.remove(entry); });
                actions.appendChild(edit);
                actions.appendChild(del);
                li.appendChild(actions);
            }
            self.list.appendChild(li);
        });
        this.root.querySelector('.pm-timeline-empty').hidden = this.view.entries.length > 0;
    };

    Timeline.prototype.renderForm = function () {
        var view = this.view;
        var select = this.form.querySelector('select[name="team"]');
        var chosen = select.value;
        select.textContent = '';
        view.writableTeams.forEach(function (team) {
            var option = el('option', null, team);
            option.value = team;
            select.appendChild(option);
        });
        if (chosen && view.writableTeams.indexOf(chosen) >= 0) {
            select.value = chosen;
        }
        var canWrite = view.editable && view.writableTeams.length > 0;
        this.form.hidden = !canWrite;
        var owningTeam = view.impactedTeams[0];
        this.root.querySelector('.pm-timeline-actions').hidden =
            !(view.editable && owningTeam && view.writableTeams.indexOf(owningTeam) >= 0);
        var note = !view.editable ? this.labels.closed : (view.writableTeams.length === 0 ? this.labels.noTeams : '');
        this.root.classList.toggle('pm-timeline-readonly', !canWrite);
        var status = this.root.querySelector('.pm-timeline-zone');
        status.setAttribute('title', note);
        if (note && !this.message.textContent) {
            this.say(note, false);
        }
    };

    Timeline.prototype.startEdit = function (entry) {
        var form = this.form;
        form.elements.entryId.value = String(entry.id);
        form.dataset.entryVersion = entry.version || '';
        form.elements.at.value = localPart(entry.at);
        if (this.view.writableTeams.indexOf(entry.team) < 0) {
            var option = el('option', null, entry.team);
            option.value = entry.team;
            form.elements.team.appendChild(option);
        }
        form.elements.team.value = entry.team;
        form.elements.kind.value = entry.kind;
        form.elements.text.value = entry.text;
        form.elements.evidence.value = entry.evidence || '';
        this.setMode(true);
        form.elements.text.focus();
    };

    Timeline.prototype.setMode = function (editing) {
        var title = this.form.querySelector('.pm-timeline-form-title');
        title.textContent = title.getAttribute(editing ? 'data-edit' : 'data-add');
        this.form.querySelector('.pm-timeline-submit').textContent = editing ? this.labels.save : this.labels.add;
        this.form.querySelector('.pm-timeline-cancel').hidden = !editing;
        api.showFieldErrors(this.form, {body: {}});
    };

    Timeline.prototype.resetForm = function () {
        var form = this.form;
        var team = form.elements.team.value;
        form.reset();
        form.elements.entryId.value = '';
        if (team) {
            form.elements.team.value = team;
        }
        this.setMode(false);
    };

    Timeline.prototype.submit = function () {
        var self = this;
        var form = this.form;
        var body = {
            at: form.elements.at.value,
            team: form.elements.team.value,
            kind: form.elements.kind.value,
            text: form.elements.text.value
        };
        if (form.elements.evidence.value.trim()) {
            body.evidence = form.elements.evidence.value.trim();
        }
        var id = form.elements.entryId.value;
        if (id) {
            // The version the edit started from: if someone changed the entry meanwhile, the server answers 409.
            body.version = form.dataset.entryVersion || '';
        }
        var submit = form.querySelector('.pm-timeline-submit');
        submit.disabled = true;
        var request = id ? api.put(this.path('/' + encodeURIComponent(id)), body) : api.post(this.path(), body);
        return request.then(function () {
            self.resetForm();
            self.say(id ? self.labels.saved : self.labels.added, false);
            return self.load();
        }).catch(function (error) {
            if (error.status === 409 && id) {
                // Someone else's change wins until this editor has seen it: show it, keep the form as typed.
                self.say(self.labels.conflict, true);
                return self.load().then(function () {
                    var current = (self.view ? self.view.entries : []).filter(function (entry) {
                        return String(entry.id) === id;
                    })[0];
                    form.dataset.entryVersion = current ? current.version : '';
                });
            }
            self.failed(error);
        }).then(function () {
            submit.disabled = false;
        });
    };

    Timeline.prototype.remove = function (entry) {
        var self = this;
        if (!window.confirm(this.labels.deleteConfirm)) {
            return Promise.resolve();
        }
        return api.del(this.path('/' + encodeURIComponent(entry.id))).then(function () {
            if (self.form.elements.entryId.value === String(entry.id)) {
                self.resetForm();
            }
            self.say(self.labels.deleted, false);
            return self.load();
        }).catch(function (error) {
            self.say(error.message, true);
        });
    };

    Timeline.prototype.importFromIncident = function (button) {
        var self = this;
        button.disabled = true;
        return api.post(this.path('/import')).then(function (answer) {
            self.say(format(self.labels.importDone, answer.imported), false);
            return self.load();
        }).catch(function (error) {
            self.say(error.message, true);
        }).then(function () {
            button.disabled = false;
        });
    };

    Timeline.prototype.bind = function () {
        var self = this;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.submit();
        });
        this.form.querySelector('.pm-timeline-cancel').addEventListener('click', function () {
            self.resetForm();
        });
        var importButton = this.root.querySelector('.pm-timeline-import');
        importButton.addEventListener('click', function () {
            self.importFromIncident(importButton);
        });
    };

    /** Starts every timeline under {@code scope} (the document by default) once; returns the started ones. */
    function init(scope) {
        var started = [];
        (scope || document).querySelectorAll('.pm-timeline[data-incident-key]').forEach(function (root) {
            if (root.getAttribute('data-timeline-started') === 'true') {
                return;
            }
            root.setAttribute('data-timeline-started', 'true');
            var timeline = new Timeline(root);
            timeline.load();
            started.push(timeline);
        });
        return started;
    }

    window.PostmortemTimeline = {init: init, localPart: localPart};

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { init(); });
    } else {
        init();
    }
})();
