/*
 * Learning that lands, in the browser: the review checklist on the postmortem document, updated as people type
 * (the unsaved text is scored by POST .../quality/preview, nothing is saved); read receipts per impacted team with
 * "Mark as read"; and the list of upcoming postmortem meetings with "Join" (library page and dashboard item).
 */
(function (global) {
    'use strict';

    var api = global.PostmortemApi;

    function el(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined && content !== null) {
            node.textContent = String(content);
        }
        return node;
    }

    /** What the document holds now, saved or not: the body a save would send. */
    function draftOf(doc) {
        var sections = {};
        doc.querySelectorAll('textarea.pm-section-text').forEach(function (area) {
            sections[area.name] = area.value;
        });
        var causes = [];
        doc.querySelectorAll('.pm-root-causes li').forEach(function (li) {
            var text = li.querySelector('.pm-root-cause-text');
            causes.push({description: text ? text.textContent : '', category: li.getAttribute('data-category')});
        });
        var body = {sections: sections, rootCauses: causes};
        var reason = doc.querySelector('textarea[name="noActionsReason"]');
        if (reason) {
            body.noActionsReason = reason.value;
        }
        return body;
    }

    function showQuality(box, quality) {
        box.setAttribute('data-score', String(quality.score));
        box.querySelector('.pm-quality-score').textContent = String(quality.score);
        quality.criteria.forEach(function (criterion) {
            var item = box.querySelector('[data-criterion="' + criterion.id + '"]');
            if (!item) {
                return;
            }
            item.classList.toggle('pm-met', criterion.met);
            item.classList.toggle('pm-unmet', !criterion.met);
            item.setAttribute('data-met', String(criterion.met));
            item.querySelector('.pm-quality-detail').textContent = criterion.detail;
        });
    }

    function initChecklist(doc) {
        var box = doc.querySelector('.pm-quality');
        if (!box) {
            return;
        }
        var key = doc.getAttribute('data-postmortem-key');
        var timer = null;
        var sequence = 0;
        function rescore() {
            var mine = ++sequence;
            api.post('/postmortems/' + encodeURIComponent(key) + '/quality/preview', draftOf(doc)).then(function (quality) {
                if (mine === sequence) {
                    showQuality(box, quality);
                }
            }).catch(function () {
                // the checklist keeps its last state; the save shows any error
            });
        }
        function schedule() {
            clearTimeout(timer);
            timer = setTimeout(rescore, 400);
        }
        var form = doc.querySelector('form.pm-sections');
        if (form) {
            form.addEventListener('input', schedule);
            var causes = doc.querySelector('.pm-root-causes');
            if (causes && global.MutationObserver) {
                new MutationObserver(schedule).observe(causes, {childList: true});
            }
        }
        doc.addEventListener('pm:saved', function (event) {
            if (event.detail && event.detail.quality) {
                showQuality(box, event.detail.quality);
            }
        });
    }

    function showReads(box, reads) {
        var list = box.querySelector('.pm-reads-teams');
        list.textContent = '';
        reads.teams.forEach(function (team) {
            var item = el('li', 'pm-reads-team');
            item.setAttribute('data-team', team.team);
            item.appendChild(el('strong', null, team.teamName));
            item.appendChild(document.createTextNode(' ' + team.readers.length + ' of ' + team.members + ' '));
            var readers = el('span', 'pm-readers');
            readers.textContent = team.readers.map(function (reader) {
                return reader.displayName;
            }).join(', ');
            item.appendChild(readers);
            list.appendChild(item);
        });
    }

    function initReads(doc) {
        var box = doc.querySelector('.pm-reads');
        if (!box) {
            return;
        }
        var path = '/postmortems/' + encodeURIComponent(doc.getAttribute('data-postmortem-key')) + '/reads';
        var message = box.querySelector('.pm-reads-message');
        api.get(path).then(function (reads) {
            showReads(box, reads);
        }).catch(function (error) {
            message.textContent = error.message;
        });
        var mark = box.querySelector('.pm-mark-read');
        if (mark) {
            mark.addEventListener('click', function () {
                mark.disabled = true;
                api.post(path).then(function (reads) {
                    showReads(box, reads);
                    mark.hidden = true;
                    message.textContent = box.getAttribute('data-msg-done');
                }).catch(function (error) {
                    mark.disabled = false;
                    message.textContent = error.message;
                });
            });
        }
    }

    /** Renders the upcoming meetings into {@code root} (a library section or a dashboard item's content). */
    function renderMeetings(root) {
        var contextPath = api.contextPath();
        root.textContent = '';
        var status = el('p', 'pm-meetings-status', 'Loading…');
        root.appendChild(status);
        return api.get('/meetings/upcoming').then(function (body) {
            status.textContent = body.meetings.length ? '' : 'No postmortem meeting is scheduled.';
            var list = el('ul', 'pm-upcoming-list');
            body.meetings.forEach(function (meeting) {
                var item = el('li', 'pm-upcoming-meeting');
                item.setAttribute('data-postmortem-key', meeting.postmortemKey);
                var head = el('p', 'pm-upcoming-head');
                head.appendChild(el('span', 'aui-lozenge pm-upcoming-severity', meeting.severity));
                head.appendChild(document.createTextNode(' '));
                var incident = el('a', 'pm-upcoming-incident', meeting.incidentKey);
                incident.href = contextPath + '/browse/' + encodeURIComponent(meeting.incidentKey);
                head.appendChild(incident);
                head.appendChild(document.createTextNode(' ' + meeting.incidentSummary));
                item.appendChild(head);
                item.appendChild(el('p', 'pm-upcoming-when', meeting.localStart + ' (' + meeting.durationMinutes
                    + ' min) · ' + meeting.location));
                item.appendChild(el('p', 'pm-upcoming-teams', 'Teams: ' + meeting.teams.join(', ')));
                if (meeting.invited) {
                    item.appendChild(el('span', 'aui-lozenge aui-lozenge-success pm-upcoming-invited', 'Invited'));
                } else {
                    var join = el('button', 'aui-button pm-join-meeting', 'Join');
                    join.type = 'button';
                    join.addEventListener('click', function () {
                        join.disabled = true;
                        api.post('/postmortems/' + encodeURIComponent(meeting.postmortemKey) + '/meeting/guests')
                            .then(function () {
                                join.replaceWith(el('span', 'aui-lozenge aui-lozenge-success pm-upcoming-invited',
                                    'Joined: the invitation is in your mail'));
                            }).catch(function (error) {
                                join.disabled = false;
                                status.textContent = error.message;
                            });
                    });
                    item.appendChild(join);
                }
                list.appendChild(item);
            });
            root.appendChild(list);
        }).catch(function (error) {
            status.textContent = error.message;
        });
    }

    global.PostmortemLearning = {renderMeetings: renderMeetings, draftOf: draftOf};

    // Started on their own elements: startEach marks each root once, and the document itself is postmortem-panels.js's.
    api.startEach('.pm-document .pm-quality', function (box) {
        initChecklist(box.closest('.pm-document'));
    });
    api.startEach('.pm-document .pm-reads', function (box) {
        initReads(box.closest('.pm-document'));
    });
    api.startEach('.pm-upcoming-meetings[data-autoload]', renderMeetings);
})(window);
