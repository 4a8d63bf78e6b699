/*
 * Behaviour of the postmortem panels: create a postmortem from an incident; write, review, publish and schedule
 * the meeting from the postmortem document. Server-rendered HTML stays the source of truth: after a change the
 * page reloads the panel's state from the REST answer or reloads the page.
 */
(function () {
    'use strict';
    var api = window.PostmortemApi;

    function say(panel, text, isError) {
        var box = panel.querySelector(':scope > .pm-message');
        if (box) {
            box.textContent = text;
            box.className = 'pm-message' + (isError ? ' pm-message-error' : ' pm-message-ok');
        }
    }

    function text(tag, className, content) {
        var node = document.createElement(tag);
        node.className = className;
        node.textContent = content;
        return node;
    }

    /** Several incidents, one postmortem: link this incident to an existing one, or another incident to this one's. */
    function initIncidentLinks(panel) {
        var link = panel.querySelector('form.pm-link-incident');
        if (link) {
            link.addEventListener('submit', function (event) {
                event.preventDefault();
                var key = link.querySelector('.pm-link-incident-key').value.trim();
                api.post('/postmortems/' + encodeURIComponent(link.getAttribute('data-postmortem-key')) + '/incidents',
                    {incidentKey: key})
                    .then(function () { window.location.reload(); })
                    .catch(function (error) { say(panel, error.message, true); });
            });
        }
        var join = panel.querySelector('form.pm-join-postmortem');
        if (join) {
            join.addEventListener('submit', function (event) {
                event.preventDefault();
                var postmortemKey = join.querySelector('.pm-join-postmortem-key').value.trim();
                if (!postmortemKey) {
                    say(panel, WRM.I18n.getText('postmortem.panel.link.key'), true);
                    return;
                }
                api.post('/postmortems/' + encodeURIComponent(postmortemKey) + '/incidents',
                    {incidentKey: join.getAttribute('data-incident-key')})
                    .then(function () { window.location.reload(); })
                    .catch(function (error) { say(panel, error.message, true); });
            });
        }
    }

    function initIncidentPanel(panel) {
        initIncidentLinks(panel);
        var create = panel.querySelector('.pm-create-postmortem');
        if (!create) {
            return;
        }
        create.addEventListener('click', function () {
            create.disabled = true;
            api.post('/incidents/' + encodeURIComponent(create.getAttribute('data-incident-key')) + '/postmortem')
                .then(function () { window.location.reload(); })
                .catch(function (error) {
                    create.disabled = false;
                    say(panel, error.message, true);
                });
        });
    }

    /**
     * An unmet gating criterion comes as "quality.<id>: <detail>"; the document names it as its checklist does
     * ("A high-priority prevent action (P1/P2): ..."), so the author sees which item to fix.
     */
    function readableReason(doc, reason) {
        var match = /^quality\.([a-z-]+): (.*)$/.exec(reason);
        if (!match) {
            return reason;
        }
        var label = doc.querySelector('.pm-quality-criterion[data-criterion="' + match[1] + '"] .pm-quality-label');
        return label ? label.textContent.trim() + ': ' + match[2] : reason;
    }

    function initDocument(doc) {
        var key = doc.getAttribute('data-postmortem-key');
        var form = doc.querySelector('form.pm-sections');
        var missing = doc.querySelector('.pm-missing');

        function collect() {
            var sections = {};
            doc.querySelectorAll('textarea.pm-section-text').forEach(function (area) {
                sections[area.name] = area.value;
            });
            var causes = [];
            doc.querySelectorAll('.pm-root-causes li').forEach(function (li) {
                causes.push({
                    description: li.querySelector('.pm-root-cause-text').textContent,
                    category: li.getAttribute('data-category')
                });
            });
            var reason = doc.querySelector('textarea[name="noActionsReason"]');
            var body = {sections: sections, rootCauses: causes, version: Number(doc.getAttribute('data-version'))};
            if (reason) {
                body.noActionsReason = reason.value;
            }
            return body;
        }

        function saved(postmortem) {
            doc.setAttribute('data-version', String(postmortem.version));
            say(doc, WRM.I18n.getText('postmortem.panel.js.saved'), false);
            // The review checklist (learning-loop.js) shows the saved postmortem's quality.
            doc.dispatchEvent(new CustomEvent('pm:saved', {detail: postmortem}));
        }

        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                api.put('/postmortems/' + encodeURIComponent(key), collect()).then(saved).catch(function (error) {
                    var rest = api.showFieldErrors(doc, error);
                    say(doc, rest.length ? rest.join(' ') : error.message, true);
                });
            });
        }

        var addCause = doc.querySelector('.pm-add-root-cause');
        if (addCause) {
            addCause.addEventListener('click', function () {
                var input = doc.querySelector('input[name="rootCauseDescription"]');
                var category = doc.querySelector('select[name="rootCauseCategory"]').value;
                if (!input.value.trim()) {
                    return;
                }
                var li = document.createElement('li');
                li.setAttribute('data-category', category);
                var text = document.createElement('span');
                text.className = 'pm-root-cause-text';
                text.textContent = input.value.trim();
                var tag = document.createElement('span');
                tag.className = 'aui-lozenge aui-lozenge-subtle';
                tag.textContent = category;
                li.appendChild(text);
                li.appendChild(document.createTextNode(' '));
                li.appendChild(tag);
                doc.querySelector('.pm-root-causes').appendChild(li);
                input.value = '';
            });
        }

        var gate = doc.querySelector('.pm-blameless-gate');

        /** Lists what the blameless review still flags, each with a reason field to keep it on purpose. */
        function showGate() {
            if (!gate) {
                return Promise.resolve();
            }
            return api.get('/postmortems/' + encodeURIComponent(key) + '/blameless').then(function (review) {
                gate.innerHTML = '';
                if (review.unresolvedCount === 0) {
                    gate.appendChild(text('p', 'pm-blameless-gate-done', gate.getAttribute('data-done')));
                    gate.hidden = false;
                    return;
                }
                gate.appendChild(text('h4', 'pm-blameless-gate-title', gate.getAttribute('data-title')));
                var list = document.createElement('ul');
                list.className = 'pm-blameless-findings';
                review.findings.forEach(function (finding) {
                    var li = document.createElement('li');
                    li.className = 'pm-blameless-finding';
                    li.appendChild(text('q', 'pm-blameless-quote', finding.quotedText));
                    li.appendChild(text('span', 'pm-blameless-message', ' ' + finding.message + ' '));
                    li.appendChild(text('span', 'pm-blameless-suggestion pm-muted', finding.suggestion));
                    var reason = document.createElement('input');
                    reason.type = 'text';
                    reason.className = 'text long-field pm-blameless-reason';
                    reason.setAttribute('aria-label', gate.getAttribute('data-reason'));
                    reason.placeholder = gate.getAttribute('data-reason');
                    var keep = text('button', 'aui-button pm-blameless-acknowledge', gate.getAttribute('data-acknowledge'));
                    keep.type = 'button';
                    var error = text('div', 'error', '');
                    keep.addEventListener('click', function () {
                        api.post('/postmortems/' + encodeURIComponent(key) + '/blameless/acknowledgements', {
                            rule: finding.rule, quotedText: finding.quotedText, reason: reason.value
                        }).then(showGate).catch(function (failure) {
                            var errors = (failure.body && failure.body.errors) || {};
                            error.textContent = errors.reason || errors.quotedText || failure.message;
                        });
                    });
                    li.appendChild(reason);
                    li.appendChild(keep);
                    li.appendChild(error);
                    list.appendChild(li);
                });
                gate.appendChild(list);
                gate.hidden = false;
            });
        }

        doc.querySelectorAll('.pm-transition').forEach(function (button) {
            button.addEventListener('click', function () {
                var to = button.getAttribute('data-to');
                var saveFirst = form ? api.put('/postmortems/' + encodeURIComponent(key), collect()) : Promise.resolve(null);
                saveFirst.then(function () {
                    return api.post('/postmortems/' + encodeURIComponent(key) + '/transition', {to: to});
                }).then(function () {
                    window.location.reload();
                }).catch(function (error) {
                    missing.innerHTML = '';
                    var reasons = (error.body && error.body.missing) || [];
                    reasons.forEach(function (reason) {
                        var li = document.createElement('li');
                        li.textContent = readableReason(doc, reason);
                        missing.appendChild(li);
                    });
                    missing.hidden = reasons.length === 0;
                    say(doc, error.message, true);
                    if (reasons.some(function (reason) { return reason.indexOf('blameless:') === 0; })) {
                        showGate();
                    }
                });
            });
        });

        var meetingForm = doc.querySelector('.pm-meeting-form');
        if (meetingForm) {
            meetingForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var local = meetingForm.querySelector('[name="start"]').value;
                var body = {
                    start: local ? new Date(local).toISOString() : null,
                    durationMinutes: Number(meetingForm.querySelector('[name="durationMinutes"]').value),
                    location: meetingForm.querySelector('[name="location"]').value
                };
                api.put('/postmortems/' + encodeURIComponent(key) + '/meeting', body).then(function () {
                    window.location.reload();
                }).catch(function (error) {
                    var rest = api.showFieldErrors(meetingForm, error);
                    say(doc, rest.length ? rest.join(' ') : error.message, true);
                });
            });
        }
    }

    api.startEach('.pm-incident-panel', initIncidentPanel);
    api.startEach('.pm-document', initDocument);
})();
