/*
 * Postmortem for Jira administration page. Loads the configuration from the REST API, lets an administrator edit
 * it, saves it with PUT as JSON (a content type no plain form can send: Jira's XSRF protection for REST), shows
 * each 400's errors under the field they name, imports CSV or JSON with a dry run first, and lists the history.
 * Everything from the server is written with textContent, never as HTML.
 */
(function () {
    'use strict';

    var SEVERITIES = ['P1', 'P2', 'P3', 'P4', 'P5'];
    var PRIORITIES = ['HIGHEST', 'HIGH', 'MEDIUM', 'LOW', 'LOWEST'];
    var PLATFORM_FIELDS = ['slug', 'name', 'lead'];
    var TEAM_FIELDS = ['slug', 'name', 'platform', 'projectKey', 'component', 'group'];

    function start() {
        var root = document.getElementById('postmortem-admin');
        if (!root) {
            return;
        }
        var page = new AdminPage(root);
        page.bind();
        page.load();
        new Tabs(new HealthTab(root.getAttribute('data-rest-base'))).bind();
    }

    // ---------------------------------------------------------------- tabs: configuration and health

    /** Switches between the configuration and the health panel; #health in the address opens the health tab. */
    function Tabs(health) {
        this.health = health;
    }

    Tabs.prototype.bind = function () {
        var self = this;
        byId('postmortem-tab-configuration').addEventListener('click', function () {
            self.show('configuration');
        });
        byId('postmortem-tab-health').addEventListener('click', function () {
            self.show('health');
        });
        if (window.location.hash === '#health') {
            self.show('health');
        }
    };

    Tabs.prototype.show = function (name) {
        ['configuration', 'health'].forEach(function (tab) {
            var selected = tab === name;
            byId('postmortem-tab-' + tab).setAttribute('aria-selected', String(selected));
            byId('postmortem-admin-' + tab).hidden = !selected;
        });
        if (name === 'health') {
            this.health.load();
        }
    };

    /** The health checks from GET /health, one row each: status, check, what was found, what to do. */
    function HealthTab(rest) {
        var self = this;
        this.rest = rest;
        this.statusLabels = {
            OK: WRM.I18n.getText('postmortem.admin.health.status.OK'),
            WARN: WRM.I18n.getText('postmortem.admin.health.status.WARN'),
            FAIL: WRM.I18n.getText('postmortem.admin.health.status.FAIL')
        };
        byId('postmortem-health-refresh').addEventListener('click', function () {
            self.load();
        });
    }

    var LOZENGES = { OK: 'aui-lozenge-success', WARN: 'aui-lozenge-current', FAIL: 'aui-lozenge-error' };

    HealthTab.prototype.load = function () {
        var self = this;
        var summary = byId('postmortem-health-summary');
        var body = document.querySelector('#postmortem-health-list tbody');
        summary.textContent = WRM.I18n.getText('postmortem.admin.health.loading');
        return request('GET', this.rest + '/health').then(function (answer) {
            clear(body);
            if (answer.status !== 200 || !answer.body) {
                summary.textContent = WRM.I18n.getText('postmortem.admin.health.failed', answer.status);
                return;
            }
            var counts = { OK: 0, WARN: 0, FAIL: 0 };
            answer.body.checks.forEach(function (check) {
                counts[check.status] = (counts[check.status] || 0) + 1;
                body.appendChild(self.row(check));
            });
            summary.textContent = WRM.I18n.getText('postmortem.admin.health.summary', answer.body.checks.length,
                counts.OK, counts.WARN, counts.FAIL);
        });
    };

    HealthTab.prototype.row = function (check) {
        var row = document.createElement('tr');
        row.setAttribute('data-check', check.id);
        row.setAttribute('data-status', check.status);
        var status = document.createElement('td');
        var lozenge = document.createElement('span');
        lozenge.className = 'aui-lozenge ' + (LOZENGES[check.status] || '');
        lozenge.textContent = this.statusLabels[check.status] || check.status;
        status.appendChild(lozenge);
        row.appendChild(status);
        var id = document.createElement('td');
        var code = document.createElement('code');
        code.textContent = check.id;
        id.appendChild(code);
        row.appendChild(id);
        [check.detail, check.fix].forEach(function (text) {
            var cell = document.createElement('td');
            cell.textContent = text;
            row.appendChild(cell);
        });
        return row;
    };

    function AdminPage(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.pendingImport = null;
    }

    AdminPage.prototype.msg = function (name) {
        return this.root.getAttribute('data-msg-' + name) || '';
    };

    AdminPage.prototype.bind = function () {
        var self = this;
        byId('postmortem-admin-form').addEventListener('submit', function (event) {
            event.preventDefault();
            self.save();
        });
        byId('postmortem-add-platform').addEventListener('click', function () {
            self.addRow('postmortem-platforms', 'directory.platforms', PLATFORM_FIELDS, {});
        });
        byId('postmortem-add-team').addEventListener('click', function () {
            self.addRow('postmortem-teams', 'directory.teams', TEAM_FIELDS, {});
        });
        byId('postmortem-import-dry-run').addEventListener('click', function () {
            self.importFile(true);
        });
        byId('postmortem-import-apply').addEventListener('click', function () {
            self.importFile(false);
        });
        byId('postmortem-issue-check').addEventListener('click', function () {
            self.checkWorkflow();
        });
        byId('postmortem-import-file').addEventListener('change', function () {
            self.pendingImport = null;
            byId('postmortem-import-apply').disabled = true;
            clear(byId('postmortem-import-result'));
        });
    };

    AdminPage.prototype.load = function () {
        var self = this;
        return request('GET', this.rest + '/config').then(function (answer) {
            if (answer.status === 200) {
                self.fill(answer.body);
            } else {
                self.showAnswer(answer);
            }
            return self.loadAudit();
        });
    };

    AdminPage.prototype.loadAudit = function () {
        var body = document.querySelector('#postmortem-audit-list tbody');
        return request('GET', this.rest + '/config/audit').then(function (answer) {
            clear(body);
            (answer.status === 200 ? answer.body : []).forEach(function (entry) {
                var row = document.createElement('tr');
                [new Date(entry.at).toLocaleString(), entry.actor, entry.change].forEach(function (text) {
                    var cell = document.createElement('td');
                    cell.textContent = text;
                    row.appendChild(cell);
                });
                body.appendChild(row);
            });
        });
    };

    // ---------------------------------------------------------------- configuration <-> form

    AdminPage.prototype.fill = function (config) {
        var self = this;
        // Parts of the configuration this form does not edit are sent back as they were loaded.
        self.loaded = config;
        setValue('blameless.ruleExtensions.en', ((config.blameless || {}).ruleExtensions || {}).en || '');
        var quality = config.quality || {gatingCriteria: [], bar: 75, publishWithinBusinessDays: 5};
        checkAll('quality.gatingCriteria', quality.gatingCriteria || []);
        setValue('quality.bar', quality.bar);
        setValue('quality.publishWithinBusinessDays', quality.publishWithinBusinessDays);
        var directory = config.directory, mapping = config.incidentMapping, policies = config.policies;
        clear(document.querySelector('#postmortem-platforms tbody'));
        clear(document.querySelector('#postmortem-teams tbody'));
        directory.platforms.forEach(function (platform) {
            self.addRow('postmortem-platforms', 'directory.platforms', PLATFORM_FIELDS, platform);
        });
        directory.teams.forEach(function (team) {
            self.addRow('postmortem-teams', 'directory.teams', TEAM_FIELDS, team);
        });
        setValue('directory.mimGroup', directory.mimGroup);
        setValue('directory.sreGroup', directory.sreGroup);

        setValue('incidentMapping.incidentIssueTypes', mapping.incidentIssueTypes.join(', '));
        setValue('incidentMapping.severitySource', mapping.severitySource);
        setValue('incidentMapping.severityField', mapping.severityField);
        setValue('incidentMapping.severityValues', Object.keys(mapping.severityValues).map(function (name) {
            return name + '=' + mapping.severityValues[name];
        }).join('\n'));
        ['owningTeam', 'impactedTeams'].forEach(function (team) {
            setValue('incidentMapping.' + team + 'Source', mapping[team + 'Source']);
            setValue('incidentMapping.' + team + 'Field', mapping[team + 'Field']);
        });
        setValue('incidentMapping.postmortemProject', mapping.postmortemProject);

        checkAll('policies.postmortemSeverities', policies.postmortemSeverities);
        SEVERITIES.forEach(function (severity) {
            setValue('policies.meetingDueBusinessDays.' + severity, policies.meetingDueBusinessDays[severity]);
            setValue('policies.facilitator.' + severity, policies.facilitator[severity]);
            PRIORITIES.forEach(function (priority) {
                var days = (policies.actionDueBusinessDays[severity] || {})[priority];
                setValue('policies.actionDueBusinessDays.' + severity + '.' + priority, days);
            });
        });
        setValue('policies.escalateAfterBusinessDays', policies.escalateAfterBusinessDays);
        setValue('policies.actionDueSoonBusinessDays', policies.actionDueSoonBusinessDays);
        setValue('policies.leadDigestDay', policies.leadDigestDay);
        setValue('policies.calendar.zone', policies.calendar.zone);
        checkAll('policies.calendar.weekend', policies.calendar.weekend);
        setValue('policies.calendar.holidays', policies.calendar.holidays.slice().sort().join('\n'));
        var issue = config.postmortemIssue || {};
        ['draftTransition', 'inReviewTransition', 'publishedTransition', 'resolution', 'mimFacilitator']
            .forEach(function (field) {
                setValue('postmortemIssue.' + field, issue[field]);
            });
        var teams = issue.teamFacilitators || {};
        setValue('postmortemIssue.teamFacilitators', Object.keys(teams).sort().map(function (team) {
            return team + '=' + teams[team];
        }).join('\n'));
    };

    /** Lines "team=user" as a map; a line without "=" is reported on the field. */
    function teamFacilitators(errors) {
        var map = {};
        lines('postmortemIssue.teamFacilitators').forEach(function (line) {
            var cut = line.indexOf('=');
            if (cut <= 0) {
                errors['postmortemIssue.teamFacilitators'] = 'Write one team=user per line.';
                return;
            }
            map[line.substring(0, cut).trim()] = line.substring(cut + 1).trim();
        });
        return map;
    }

    /** Whether the saved mapping's transitions exist in the Postmortem issues' workflow. */
    AdminPage.prototype.checkWorkflow = function () {
        var result = byId('postmortem-issue-check-result');
        clear(result);
        return request('GET', this.rest + '/config/postmortem-issue/check').then(function (answer) {
            if (answer.status !== 200) {
                list(result, 'error', (answer.body && answer.body.message) || ('HTTP ' + answer.status), []);
                return;
            }
            var check = answer.body;
            var missing = Object.keys(check.missing).map(function (setting) { return check.missing[setting]; });
            if (check.healthy) {
                list(result, 'success', 'The workflow of Postmortem issues in ' + check.projectKey
                    + ' has every mapped transition.', []);
            } else {
                list(result, 'warning', 'Fix the mapping, then save: the workflow has ' + (check.available.length
                    ? check.available.join(', ') : 'no transitions') + '.', missing);
            }
        });
    };

    /** The form as a Configuration; numbers that are not whole numbers are reported here, before sending. */
    AdminPage.prototype.collect = function (errors) {
        var number = function (id) {
            var text = byId(id).value.trim();
            if (!/^-?\d+$/.test(text)) {
                errors[id] = WRM.I18n.getText('postmortem.admin.js.wholeNumber');
                return 0;
            }
            return parseInt(text, 10);
        };
        var meeting = {}, facilitator = {}, actions = {};
        SEVERITIES.forEach(function (severity) {
            meeting[severity] = number('policies.meetingDueBusinessDays.' + severity);
            facilitator[severity] = byId('policies.facilitator.' + severity).value;
            actions[severity] = {};
            PRIORITIES.forEach(function (priority) {
                actions[severity][priority] = number('policies.actionDueBusinessDays.' + severity + '.' + priority);
            });
        });
        var severityValues = {};
        lines('incidentMapping.severityValues').forEach(function (line) {
            var at = line.lastIndexOf('=');
            if (at < 1) {
                errors['incidentMapping.severityValues'] = WRM.I18n.getText('postmortem.admin.js.severityValue');
                return;
            }
            severityValues[line.substring(0, at).trim()] = line.substring(at + 1).trim().toUpperCase();
        });
        return {
            directory: {
                platforms: rows('postmortem-platforms', PLATFORM_FIELDS),
                teams: rows('postmortem-teams', TEAM_FIELDS),
                mimGroup: value('directory.mimGroup'),
                sreGroup: value('directory.sreGroup')
            },
            incidentMapping: {
                incidentIssueTypes: value('incidentMapping.incidentIssueTypes').split(',').map(trim).filter(Boolean),
                severitySource: value('incidentMapping.severitySource'),
                severityField: optional('incidentMapping.severityField'),
                severityValues: severityValues,
                owningTeamSource: value('incidentMapping.owningTeamSource'),
                owningTeamField: optional('incidentMapping.owningTeamField'),
                impactedTeamsSource: value('incidentMapping.impactedTeamsSource'),
                impactedTeamsField: optional('incidentMapping.impactedTeamsField'),
                postmortemProject: value('incidentMapping.postmortemProject')
            },
            policies: {
                postmortemSeverities: checked('policies.postmortemSeverities'),
                meetingDueBusinessDays: meeting,
                facilitator: facilitator,
                actionDueBusinessDays: actions,
                calendar: {
                    zone: value('policies.calendar.zone'),
                    weekend: checked('policies.calendar.weekend'),
                    holidays: lines('policies.calendar.holidays')
                },
                escalateAfterBusinessDays: number('policies.escalateAfterBusinessDays'),
                actionDueSoonBusinessDays: number('policies.actionDueSoonBusinessDays'),
                leadDigestDay: value('policies.leadDigestDay')
            },
            learning: (this.loaded || {}).learning,
            postmortemIssue: {
                draftTransition: value('postmortemIssue.draftTransition'),
                inReviewTransition: value('postmortemIssue.inReviewTransition'),
                publishedTransition: value('postmortemIssue.publishedTransition'),
                resolution: value('postmortemIssue.resolution'),
                mimFacilitator: optional('postmortemIssue.mimFacilitator'),
                teamFacilitators: teamFacilitators(errors)
            },
            blameless: {ruleExtensions: blamelessExtensions(this.loaded, value('blameless.ruleExtensions.en'))},
            quality: {
                gatingCriteria: checked('quality.gatingCriteria'),
                bar: number('quality.bar'),
                publishWithinBusinessDays: number('quality.publishWithinBusinessDays')
            }
        };
    };

    /** The other languages' additions as loaded, with English from the form (left out when empty). */
    function blamelessExtensions(loaded, english) {
        var extensions = {};
        var before = ((loaded || {}).blameless || {}).ruleExtensions || {};
        Object.keys(before).forEach(function (language) {
            extensions[language] = before[language];
        });
        delete extensions.en;
        if (english.trim()) {
            extensions.en = english;
        }
        return extensions;
    }

    AdminPage.prototype.addRow = function (tableId, path, fields, item) {
        var self = this;
        var body = document.querySelector('#' + tableId + ' tbody');
        var row = document.createElement('tr');
        fields.forEach(function (field) {
            var cell = document.createElement('td');
            var input = document.createElement('input');
            input.type = 'text';
            input.className = 'text';
            input.setAttribute('data-field', field);
            input.setAttribute('aria-label', field);
            input.value = item[field] == null ? '' : item[field];
            cell.appendChild(input);
            row.appendChild(cell);
        });
        var actions = document.createElement('td');
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'aui-button aui-button-subtle';
        remove.textContent = self.msg('remove');
        remove.addEventListener('click', function () {
            body.removeChild(row);
            number(body, path);
        });
        actions.appendChild(remove);
        row.appendChild(actions);
        body.appendChild(row);
        number(body, path);
    };

    /** Ids follow the JSON paths the server names in its errors, e.g. directory.teams[3].projectKey. */
    function number(body, path) {
        Array.prototype.forEach.call(body.rows, function (row, index) {
            Array.prototype.forEach.call(row.querySelectorAll('input[data-field]'), function (input) {
                input.id = path + '[' + index + '].' + input.getAttribute('data-field');
            });
        });
    }

    // ---------------------------------------------------------------- saving and importing

    AdminPage.prototype.save = function () {
        var self = this;
        this.clearErrors();
        var localErrors = {};
        var config = this.collect(localErrors);
        if (Object.keys(localErrors).length) {
            this.showErrors(localErrors);
            return Promise.resolve();
        }
        byId('postmortem-save').disabled = true;
        return request('PUT', this.rest + '/config', JSON.stringify(config), 'application/json').then(function (answer) {
            byId('postmortem-save').disabled = false;
            if (answer.status === 200) {
                self.message('success', answer.body.changes.length ? self.msg('saved') : self.msg('nochanges'),
                    answer.body.changes);
                return self.load();
            }
            self.showAnswer(answer);
        });
    };

    AdminPage.prototype.importFile = function (dryRun) {
        var self = this;
        var result = byId('postmortem-import-result');
        var file = byId('postmortem-import-file').files[0];
        clear(result);
        if (!file) {
            return Promise.resolve();
        }
        var contentType = /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'text/csv' : 'application/json';
        var read = dryRun || !this.pendingImport ? file.text() : Promise.resolve(this.pendingImport);
        return read.then(function (text) {
            return request('POST', self.rest + '/config/import?dryRun=' + dryRun, text, contentType).then(function (answer) {
                if (answer.status === 200) {
                    self.pendingImport = dryRun ? text : null;
                    byId('postmortem-import-apply').disabled = !dryRun;
                    list(result, 'success', dryRun ? self.msg('dryrun') : self.msg('imported'), answer.body.changes);
                    return dryRun ? null : self.load();
                }
                byId('postmortem-import-apply').disabled = true;
                if (answer.status === 400 && answer.body && answer.body.errors) {
                    list(result, 'error', self.msg('invalid'), Object.keys(answer.body.errors).map(function (key) {
                        return key + ': ' + answer.body.errors[key];
                    }));
                } else {
                    list(result, 'error', self.failure(answer), []);
                }
            });
        });
    };

    AdminPage.prototype.showAnswer = function (answer) {
        if (answer.status === 400 && answer.body && answer.body.errors) {
            this.showErrors(answer.body.errors);
        } else {
            this.message('error', this.failure(answer), []);
        }
    };

    AdminPage.prototype.failure = function (answer) {
        return answer.status === 403 ? this.msg('forbidden')
            : (answer.body && answer.body.message) || this.msg('failed');
    };

    /** Puts each error under the field it names; errors about no field on the page are listed at the top. */
    AdminPage.prototype.showErrors = function (errors) {
        var unplaced = [];
        Object.keys(errors).forEach(function (key) {
            var field = fieldFor(key);
            if (!field) {
                unplaced.push(key + ': ' + errors[key]);
                return;
            }
            var error = document.createElement('div');
            error.className = 'error';
            error.setAttribute('data-error-for', key);
            error.textContent = errors[key];
            field.setAttribute('aria-invalid', 'true');
            field.parentNode.appendChild(error);
        });
        this.message('error', this.msg('invalid'), unplaced);
        var first = this.root.querySelector('[aria-invalid="true"]');
        if (first) {
            first.focus();
        }
    };

    AdminPage.prototype.clearErrors = function () {
        Array.prototype.forEach.call(this.root.querySelectorAll('.error[data-error-for]'), function (error) {
            error.parentNode.removeChild(error);
        });
        Array.prototype.forEach.call(this.root.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
        clear(byId('postmortem-admin-message'));
    };

    AdminPage.prototype.message = function (type, title, items) {
        var box = byId('postmortem-admin-message');
        clear(box);
        list(box, type, title, items);
    };

    /** The field an error key names: the exact id, else its nearest named parent (policies.calendar.holidays[2]). */
    function fieldFor(key) {
        var path = key;
        while (path) {
            var field = document.getElementById(path) || document.querySelector('[name="' + cssEscape(path) + '"]');
            if (field) {
                return field;
            }
            var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut > 0 ? path.substring(0, cut) : '';
        }
        return null;
    }

    // ---------------------------------------------------------------- small helpers

    function request(method, url, body, contentType) {
        var headers = { 'Accept': 'application/json' };
        if (contentType) {
            headers['Content-Type'] = contentType + ';charset=UTF-8';
        }
        return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' })
            .then(function (response) {
                return response.text().then(function (text) {
                    var parsed = null;
                    try {
                        parsed = text ? JSON.parse(text) : null;
                    } catch (notJson) {
                        parsed = null;
                    }
                    return { status: response.status, body: parsed };
                });
            }, function () {
                return { status: 0, body: null };
            });
    }

    function list(container, type, title, items) {
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-' + type;
        var heading = document.createElement('p');
        heading.className = 'title';
        heading.textContent = title;
        box.appendChild(heading);
        if (items && items.length) {
            var ul = document.createElement('ul');
            items.forEach(function (item) {
                var li = document.createElement('li');
                li.textContent = item;
                ul.appendChild(li);
            });
            box.appendChild(ul);
        }
        container.appendChild(box);
    }

    function rows(tableId, fields) {
        return Array.prototype.map.call(document.querySelectorAll('#' + tableId + ' tbody tr'), function (row) {
            var item = {};
            fields.forEach(function (field) {
                var text = row.querySelector('input[data-field="' + field + '"]').value.trim();
                item[field] = text === '' && field === 'component' ? null : text;
            });
            return item;
        });
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function value(id) {
        return byId(id).value.trim();
    }

    function optional(id) {
        var text = value(id);
        return text === '' ? null : text;
    }

    function lines(id) {
        return byId(id).value.split(/\r?\n/).map(trim).filter(Boolean);
    }

    function trim(text) {
        return text.trim();
    }

    function setValue(id, text) {
        var field = byId(id);
        if (field) {
            field.value = text == null ? '' : text;
        }
    }

    function checkAll(name, values) {
        Array.prototype.forEach.call(document.getElementsByName(name), function (box) {
            box.checked = values.indexOf(box.value) >= 0;
        });
    }

    function checked(name) {
        return Array.prototype.filter.call(document.getElementsByName(name), function (box) {
            return box.checked;
        }).map(function (box) {
            return box.value;
        });
    }

    function clear(element) {
        while (element.firstChild) {
            element.removeChild(element.firstChild);
        }
    }

    function cssEscape(text) {
        return window.CSS && CSS.escape ? CSS.escape(text) : text.replace(/["\\\]\[]/g, '\\$&');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
