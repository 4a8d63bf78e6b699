/*
 * The shared-learnings library: search as you type (debounced), filters, results linking to the postmortem issue,
 * the featured postmortem of the month, and nominate / vote buttons. Talks to the REST API through PostmortemApi.
 */
(function (global) {
    'use strict';

    var DEBOUNCE_MS = 200;

    function text(tag, className, content) {
        var el = document.createElement(tag);
        if (className) {
            el.className = className;
        }
        if (content !== undefined && content !== null) {
            el.textContent = content;
        }
        return el;
    }

    function link(contextPath, path, label) {
        var a = text('a', null, label);
        a.href = contextPath + path;
        return a;
    }

    function queryString(form) {
        var params = [];
        Array.prototype.forEach.call(form.elements, function (field) {
            if (field.name && field.value && field.value.trim() !== '') {
                params.push(encodeURIComponent(field.name) + '=' + encodeURIComponent(field.value.trim()));
            }
        });
        return params.length ? '?' + params.join('&') : '';
    }

    function Library(root, api) {
        this.root = root;
        this.api = api;
        this.contextPath = root.getAttribute('data-context-path') || '';
        this.form = root.querySelector('#postmortem-library-form');
        this.results = root.querySelector('#postmortem-library-results');
        this.message = root.querySelector('#postmortem-library-message');
        this.featured = root.querySelector('#postmortem-library-featured');
        this.nominations = root.querySelector('#postmortem-library-nominations');
        this.timer = null;
        this.sequence = 0;
    }

    Library.prototype.msg = function (name) {
        return this.root.getAttribute('data-msg-' + name) || name;
    };

    Library.prototype.start = function () {
        var self = this;
        var schedule = function () {
            global.clearTimeout(self.timer);
            self.timer = global.setTimeout(function () { self.search(); }, DEBOUNCE_MS);
        };
        this.form.addEventListener('input', schedule);
        this.form.addEventListener('change', schedule);
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.search();
        });
        this.search();
        this.loadNominations();
    };

    Library.prototype.search = function () {
        var self = this;
        var mine = ++this.sequence;
        return this.api.get('/library' + queryString(this.form)).then(function (body) {
            if (mine !== self.sequence) {
                return; // a later search is under way; its answer wins
            }
            self.message.textContent = '';
            self.renderResults(body.results || []);
            self.renderFeatured(body.featured);
            self.renderScores(body.results || []);
        }, function (error) {
            if (mine !== self.sequence) {
                return;
            }
            var unplaced = self.api.showFieldErrors(self.root, error);
            self.message.textContent = unplaced.length ? unplaced.join(' ') : self.msg('failed');
        });
    };

    Library.prototype.renderResults = function (results) {
        var self = this;
        this.results.textContent = '';
        if (!results.length) {
            this.results.appendChild(text('li', 'postmortem-library-empty', this.msg('empty')));
            return;
        }
        results.forEach(function (hit) {
            var item = text('li', 'postmortem-library-result');
            item.setAttribute('data-postmortem-key', hit.postmortemKey);
            var heading = text('h3');
            heading.appendChild(link(self.contextPath, hit.path, hit.postmortemKey + ' ' + hit.title));
            item.appendChild(heading);
            var meta = text('p', 'postmortem-library-meta');
            meta.appendChild(text('span', 'aui-lozenge postmortem-severity-' + hit.severity, hit.severity));
            meta.appendChild(document.createTextNode(' ' + self.msg('published') + ' '
                + (hit.publishedAt || '').substring(0, 10) + ' · ' + hit.teams.join(', ')));
            hit.categories.concat(hit.tags).forEach(function (label) {
                meta.appendChild(text('span', 'aui-label', label));
            });
            item.appendChild(meta);
            if (hit.summary) {
                item.appendChild(text('p', 'postmortem-library-summary', hit.summary));
            }
            if (hit.rootCauses && hit.rootCauses.length) {
                var causes = text('ul', 'postmortem-library-causes');
                hit.rootCauses.forEach(function (cause) {
                    causes.appendChild(text('li', null, '[' + cause.category + '] ' + cause.description));
                });
                item.appendChild(causes);
            }
            var nominate = text('button', 'aui-button aui-button-link', self.msg('nominate'));
            nominate.type = 'button';
            nominate.addEventListener('click', function () { self.nominate(hit.postmortemKey, nominate); });
            item.appendChild(nominate);
            self.results.appendChild(item);
        });
    };

    /** Each result's review-checklist score, asked for the keys shown (100 per request). */
    Library.prototype.renderScores = function (results) {
        var self = this;
        for (var from = 0; from < results.length; from += 100) {
            var keys = results.slice(from, from + 100).map(function (hit) { return hit.postmortemKey; });
            this.api.get('/quality/scores?keys=' + encodeURIComponent(keys.join(','))).then(function (body) {
                Object.keys(body.scores).forEach(function (key) {
                    var item = self.results.querySelector('[data-postmortem-key="' + key.replace(/"/g, '') + '"]');
                    var meta = item && item.querySelector('.postmortem-library-meta');
                    if (meta && !meta.querySelector('.postmortem-library-quality')) {
                        var score = text('span', 'aui-lozenge aui-lozenge-subtle postmortem-library-quality',
                            'Checklist ' + body.scores[key] + '/100');
                        meta.insertBefore(score, meta.children[1] || null);
                    }
                });
            }, function () {
                // scores are a hint; the results stand without them
            });
        }
    };

    Library.prototype.renderFeatured = function (featured) {
        var body = this.featured.querySelector('.postmortem-library-featured-body');
        body.textContent = '';
        if (!featured) {
            this.featured.hidden = true;
            return;
        }
        this.featured.hidden = false;
        var heading = text('h3');
        heading.appendChild(link(this.contextPath, featured.path, featured.postmortemKey + ' ' + featured.title));
        body.appendChild(heading);
        body.appendChild(text('p', 'postmortem-library-month', featured.month));
        if (featured.summary) {
            body.appendChild(text('p', null, featured.summary));
        }
    };

    /** Asks for the reason in place (a prompt() is blocked or suppressed in some browsers and embedded views). */
    Library.prototype.nominate = function (postmortemKey, button) {
        var self = this;
        var item = button.parentNode;
        if (item.querySelector('.postmortem-library-nominate-form')) {
            return;
        }
        var form = text('form', 'aui postmortem-library-nominate-form');
        var label = text('label', null, this.msg('reason'));
        var reason = text('textarea', 'textarea postmortem-library-reason');
        reason.name = 'reason';
        reason.rows = 2;
        reason.maxLength = 1000;
        label.appendChild(reason);
        form.appendChild(label);
        var error = text('div', 'error');
        error.setAttribute('data-field', 'reason');
        form.appendChild(error);
        var submit = text('button', 'aui-button aui-button-primary', this.msg('nominate'));
        submit.type = 'submit';
        form.appendChild(submit);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            submit.disabled = true;
            self.api.post('/postmortems/' + encodeURIComponent(postmortemKey) + '/nominations', {reason: reason.value})
                .then(function () {
                    item.removeChild(form);
                    button.disabled = true;
                    button.textContent = self.msg('nominated');
                    self.loadNominations();
                }, function (failure) {
                    submit.disabled = false;
                    self.api.showFieldErrors(form, failure);
                    self.fail(failure);
                });
        });
        item.appendChild(form);
        reason.focus();
    };

    Library.prototype.loadNominations = function () {
        var self = this;
        return this.api.get('/nominations').then(function (body) {
            self.nominations.textContent = '';
            (body.nominations || []).forEach(function (nomination) {
                var item = text('li', 'postmortem-library-nomination');
                item.setAttribute('data-postmortem-key', nomination.postmortemKey);
                item.appendChild(link(self.contextPath, nomination.path, nomination.postmortemKey + ' ' + nomination.title));
                item.appendChild(text('q', null, nomination.reason));
                item.appendChild(text('span', 'postmortem-library-votes', nomination.votes + ' ' + self.msg('votes')));
                var vote = text('button', 'aui-button', self.msg('vote'));
                vote.type = 'button';
                vote.addEventListener('click', function () {
                    self.api.post('/nominations/' + nomination.id + '/votes').then(function () {
                        self.message.textContent = self.msg('voted');
                        self.loadNominations();
                    }, function (error) { self.fail(error); });
                });
                item.appendChild(vote);
                self.nominations.appendChild(item);
            });
        }, function (error) { self.fail(error); });
    };

    Library.prototype.fail = function (error) {
        var errors = (error.body && error.body.errors) || {};
        var fields = Object.keys(errors).map(function (field) { return field + ': ' + errors[field]; });
        this.message.textContent = fields.length ? fields.join(' ') : (error.message || this.msg('failed'));
    };

    function init() {
        var root = document.getElementById('postmortem-library');
        if (root && global.PostmortemApi) {
            new Library(root, global.PostmortemApi).start();
        }
    }

    global.PostmortemLibrary = Library;
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})(window);
