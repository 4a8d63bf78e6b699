/*
 * Blameless review hints for postmortem text fields.
 *
 * Attaches to every <textarea data-blameless-review> on the page (and to ones added later), sends the text to
 * POST <contextPath>/rest/postmortem/1.0/blameless/review about 400 ms after the author stops typing, and shows
 * the findings under the field: a count badge and a list with the flagged passage, why it harms learning and
 * what to write or ask instead. Clicking a passage selects it in the field. No framework; AJS (AUI) is optional.
 */
(function () {
    'use strict';

    var DEBOUNCE_MS = 400;
    var MAX_TEXT = 200000;
    var ATTACHED = 'blamelessReviewAttached';

    function contextPath() {
        var body = document.body;
        if (body && body.dataset && typeof body.dataset.contextPath === 'string') {
            return body.dataset.contextPath;
        }
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        return '';
    }

    function reviewUrl() {
        return contextPath() + '/rest/postmortem/1.0/blameless/review';
    }

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text; // never innerHTML: the text is the author's
        }
        return node;
    }

    function BlamelessField(textarea) {
        this.textarea = textarea;
        this.timer = null;
        this.request = null;
        this.sequence = 0;

        this.panel = el('div', 'blameless-review');
        this.panel.setAttribute('aria-live', 'polite');
        this.badge = el('span', 'blameless-review__badge', '0');
        this.badge.title = WRM.I18n.getText('postmortem.blameless.js.findings');
        this.status = el('span', 'blameless-review__status', '');
        this.list = el('ul', 'blameless-review__list');
        var header = el('div', 'blameless-review__header');
        header.appendChild(this.badge);
        header.appendChild(el('span', 'blameless-review__title', WRM.I18n.getText('postmortem.blameless.js.title')));
        header.appendChild(this.status);
        this.panel.appendChild(header);
        this.panel.appendChild(this.list);
        textarea.parentNode.insertBefore(this.panel, textarea.nextSibling);

        var self = this;
        textarea.addEventListener('input', function () {
            self.schedule();
        });
        this.schedule(0);
    }

    BlamelessField.prototype.schedule = function (delay) {
        var self = this;
        clearTimeout(this.timer);
        this.timer = setTimeout(function () {
            self.review();
        }, delay === undefined ? DEBOUNCE_MS : delay);
    };

    BlamelessField.prototype.review = function () {
        var text = this.textarea.value;
        if (this.request) {
            this.request.abort();
            this.request = null;
        }
        if (!text.trim()) {
            this.show(text, []);
            return;
        }
        if (text.length > MAX_TEXT) {
            this.setStatus(WRM.I18n.getText('postmortem.blameless.js.tooLong', MAX_TEXT), true);
            return;
        }
        var self = this;
        var mine = ++this.sequence;
        var xhr = new XMLHttpRequest();
        this.request = xhr;
        xhr.open('POST', reviewUrl());
        xhr.setRequestHeader('Content-Type', 'application/json');
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.onload = function () {
            if (mine !== self.sequence) {
                return; // an answer for text that has changed since
            }
            self.request = null;
            if (xhr.status === 200) {
                var answer = JSON.parse(xhr.responseText);
                self.show(text, answer.findings || []);
            } else if (xhr.status === 401) {
                self.setStatus(WRM.I18n.getText('postmortem.blameless.js.logIn'), true);
            } else {
                self.setStatus(WRM.I18n.getText('postmortem.blameless.js.unavailable'), true);
            }
        };
        xhr.onerror = function () {
            if (mine === self.sequence) {
                self.setStatus(WRM.I18n.getText('postmortem.blameless.js.unavailable'), true);
            }
        };
        this.setStatus(WRM.I18n.getText('postmortem.blameless.js.reviewing'), false);
        xhr.send(JSON.stringify({text: text}));
    };

    BlamelessField.prototype.setStatus = function (message, problem) {
        this.status.textContent = message;
        this.status.classList.toggle('blameless-review__status--problem', !!problem);
    };

    BlamelessField.prototype.show = function (text, findings) {
        var self = this;
        this.badge.textContent = String(findings.length);
        this.panel.classList.toggle('blameless-review--clean', findings.length === 0);
        this.setStatus(findings.length === 0 ? WRM.I18n.getText('postmortem.blameless.js.clean') : '', false);
        this.list.textContent = '';
        findings.forEach(function (finding) {
            var item = el('li', 'blameless-review__finding');
            item.dataset.rule = finding.rule;
            var passage = el('button', 'blameless-review__passage', text.substring(finding.start, finding.end));
            passage.type = 'button';
            passage.title = WRM.I18n.getText('postmortem.blameless.js.select');
            passage.addEventListener('click', function () {
                self.textarea.focus();
                self.textarea.setSelectionRange(finding.start, finding.end);
            });
            item.appendChild(passage);
            item.appendChild(el('span', 'blameless-review__message', finding.message));
            item.appendChild(el('span', 'blameless-review__suggestion', finding.suggestion));
            self.list.appendChild(item);
        });
    };

    function attachAll(root) {
        var fields = (root || document).querySelectorAll('textarea[data-blameless-review]');
        Array.prototype.forEach.call(fields, function (textarea) {
            if (!textarea.dataset[ATTACHED]) {
                textarea.dataset[ATTACHED] = 'true';
                new BlamelessField(textarea);
            }
        });
    }

    function start() {
        attachAll(document);
        // dialogs and inline editors add fields after the page has loaded
        if (window.MutationObserver) {
            new MutationObserver(function () {
                attachAll(document);
            }).observe(document.body, {childList: true, subtree: true});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }

    window.PostmortemBlamelessReview = {attachAll: attachAll};
})();
