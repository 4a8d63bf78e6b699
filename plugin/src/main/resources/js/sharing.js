/*
 * Sharing a postmortem's learnings (templates/panels/sharing.vm): loads GET /postmortems/{key}/learning, shows
 * the "share widely" switch and the tag editor only to those the server says may change them, saves with
 * PUT .../sharing and PUT .../tags, and nominates a published postmortem for postmortem of the month.
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

    function Sharing(root, api) {
        this.root = root;
        this.api = api;
        this.key = root.getAttribute('data-postmortem-key');
        this.labels = root.querySelector('.pm-sharing-labels').dataset;
        this.message = root.querySelector('.pm-sharing-message');
        this.widelyBlock = root.querySelector('.pm-share-widely-block');
        this.widely = root.querySelector('.pm-share-widely');
        this.tagList = root.querySelector('.pm-tags');
        this.tagForm = root.querySelector('.pm-tags-form');
        this.tagInput = root.querySelector('.pm-tag-input');
        this.tags = [];
        this.canTag = false;
    }

    Sharing.prototype.path = function (suffix) {
        return '/postmortems/' + encodeURIComponent(this.key) + suffix;
    };

    Sharing.prototype.say = function (text, isError) {
        this.message.textContent = text;
        this.message.className = 'pm-sharing-message ' + (isError ? 'pm-message-error' : 'pm-message-ok');
    };

    Sharing.prototype.fail = function (error) {
        var rest = this.api.showFieldErrors(this.root, error);
        var missing = (error.body && error.body.missing) || [];
        this.say([error.message].concat(rest, missing).filter(Boolean).join(' ') || this.labels.failed, true);
    };

    Sharing.prototype.start = function () {
        var self = this;
        this.bind();
        return this.api.get(this.path('/learning')).then(function (marks) {
            self.widely.checked = !!marks.shareWidely;
            self.widelyBlock.hidden = !(marks.can && marks.can.shareWidely);
            self.canTag = !!(marks.can && marks.can.tag);
            self.tagForm.hidden = !self.canTag;
            self.renderTags(marks.tags || []);
            self.root.setAttribute('data-loaded', 'true');
        }, function (error) { self.fail(error); });
    };

    Sharing.prototype.bind = function () {
        var self = this;
        this.widely.addEventListener('change', function () {
            var wanted = self.widely.checked;
            self.widely.disabled = true;
            self.api.put(self.path('/sharing'), {shareWidely: wanted}).then(function (marks) {
                self.widely.checked = !!marks.shareWidely;
                self.say(self.labels.saved, false);
            }, function (error) {
                self.widely.checked = !wanted;
                self.fail(error);
            }).then(function () { self.widely.disabled = false; });
        });
        this.tagForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var tag = self.tagInput.value.trim();
            if (!tag) {
                return;
            }
            self.saveTags(self.tags.concat([tag]), function () { self.tagInput.value = ''; });
        });
        var nominate = this.root.querySelector('.pm-nominate');
        var nominateForm = this.root.querySelector('.pm-nominate-form');
        if (nominate && nominateForm) {
            nominate.addEventListener('click', function () {
                nominateForm.hidden = false;
                nominateForm.querySelector('textarea').focus();
            });
            nominateForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var reason = nominateForm.querySelector('textarea').value;
                self.api.post(self.path('/nominations'), {reason: reason}).then(function () {
                    nominateForm.hidden = true;
                    nominate.disabled = true;
                    self.say(self.labels.nominated, false);
                }, function (error) { self.fail(error); });
            });
        }
    };

    Sharing.prototype.saveTags = function (tags, done) {
        var self = this;
        return this.api.put(this.path('/tags'), {tags: tags}).then(function (marks) {
            self.api.showFieldErrors(self.root, {});
            self.renderTags(marks.tags || []);
            self.say(self.labels.saved, false);
            if (done) {
                done();
            }
        }, function (error) { self.fail(error); });
    };

    Sharing.prototype.renderTags = function (tags) {
        var self = this;
        this.tags = tags.slice();
        this.tagList.textContent = '';
        if (!tags.length) {
            this.tagList.appendChild(el('li', 'pm-muted pm-tags-none', this.labels.noTags));
        }
        tags.forEach(function (tag) {
            var item = el('li', 'aui-label pm-tag');
            item.setAttribute('data-tag', tag);
            item.appendChild(el('span', 'pm-tag-text', tag));
            if (self.canTag) {
                var remove = el('button', 'aui-button aui-button-subtle pm-tag-remove', '\u00d7');
                remove.type = 'button';
                remove.title = self.labels.removeTag + ' ' + tag;
                remove.setAttribute('aria-label', self.labels.removeTag + ' ' + tag);
                remove.addEventListener('click', function () {
                    self.saveTags(self.tags.filter(function (t) { return t !== tag; }));
                });
                item.appendChild(remove);
            }
            self.tagList.appendChild(item);
        });
    };

    global.PostmortemSharing = Sharing;
    if (global.PostmortemApi) {
        global.PostmortemApi.startEach('.pm-sharing[data-postmortem-key]', function (root) {
            new Sharing(root, global.PostmortemApi).start();
        });
    }
})(window);
