/*
 * Behaviour of the postmortem panels: create a postmortem from an incident; write, review, publish and schedule
 * the meeting from the postmortem document. Server-rendered HTML stays the source of truth: after a change the
 * page reloads the panel's state from the REST answer or reloads the page.
 */
(function () {
    'use strict';
    var api = window.PostmortemApi;

    function say(panel, text, isError) {
        var box = panel.querySelector('.pm-message');
        if (box) {
            box.textContent = text;
            box.className = 'pm-message' + (isError ? ' pm-message-error' : ' pm-message-ok');
        }
    }

    function initIncidentPanel(panel) {
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
            say(doc, 'Saved.', false);
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
                        li.textContent = reason;
                        missing.appendChild(li);
                    });
                    missing.hidden = reasons.length === 0;
                    say(doc, error.message, true);
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

    function init() {
        document.querySelectorAll('.pm-incident-panel').forEach(initIncidentPanel);
        document.querySelectorAll('.pm-document').forEach(initDocument);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
