/*
 * The chat: question box, conversation history, answers with numbered citations that expand to their
 * passage, and thumbs up/down feedback. Used by the page at "/" and, inside a shadow root, by widget.js.
 * Everything from the service or the user is inserted as text (textContent), never parsed as HTML.
 */
(function () {
    'use strict';

    var NOT_REACHABLE = 'Could not reach the service. Check your connection and try again.';

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function button(className, text, label) {
        var b = el('button', className, text);
        b.type = 'button';
        if (label) {
            b.setAttribute('aria-label', label);
            b.title = label;
        }
        return b;
    }

    /** fetch + JSON, turning every failure into an Error whose message can be shown to the user. */
    function requestJson(url, options) {
        return fetch(url, options).then(function (response) {
            return response.text().then(function (body) {
                var data = null;
                try {
                    data = body ? JSON.parse(body) : null;
                } catch (ignored) {
                    data = null;
                }
                if (!response.ok) {
                    if (response.status === 429) {
                        var after = response.headers.get('Retry-After');
                        var busy = new Error('Too many questions at once. Please wait'
                            + (after ? ' ' + after + ' s' : ' a moment') + ' and try again.');
                        busy.status = 429;
                        throw busy;
                    }
                    var reason = data && typeof data.error === 'string' ? data.error : null;
                    var message = response.status >= 500
                        ? 'The service had a problem (HTTP ' + response.status + ')' + (reason ? ': ' + reason : '') + '. Please try again.'
                        : 'The service could not take this (HTTP ' + response.status + ')' + (reason ? ': ' + reason : '') + '.';
                    var error = new Error(message);
                    error.status = response.status;
                    throw error;
                }
                if (data === null) {
                    throw new Error('The service sent an answer that could not be read. Please try again.');
                }
                return data;
            });
        }, function () {
            throw new Error(NOT_REACHABLE);
        });
    }

    /** A form of a text box and a submit button, the box labelled for screen readers. */
    function textForm(formClass, box, send) {
        var form = el('form', formClass);
        form.noValidate = true;
        var input = el('textarea', box.className);
        input.rows = box.rows;
        if (box.maxLength > 0) {
            input.maxLength = box.maxLength;
        }
        input.placeholder = box.placeholder;
        input.setAttribute('aria-label', box.label);
        var submit = el('button', send.className, send.text);
        submit.type = 'submit';
        form.appendChild(input);
        form.appendChild(submit);
        return {form: form, input: input, submit: submit};
    }

    function mount(root, options) {
        var apiBase = (options && options.apiBase) || '';
        var title = (options && options.title) || 'Ask the news articles';
        var level = Math.min(Math.max((options && options.headingLevel) || 2, 1), 6);
        var conversationId = null;
        var pending = false;
        // the service's own limits, asked for once; until they arrive the service still checks every request
        var limits = {};

        var chat = el('section', 'qa-chat');
        chat.setAttribute('aria-label', title);
        var header = el('header', 'qa-header');
        header.appendChild(el('h' + level, 'qa-title', title));
        var reset = button('qa-new', 'New conversation', 'Start a new conversation');
        header.appendChild(reset);
        chat.appendChild(header);

        var log = el('ol', 'qa-log');
        log.setAttribute('role', 'log');
        log.setAttribute('aria-live', 'polite');
        chat.appendChild(log);

        var questionForm = textForm('qa-form',
            {className: 'qa-input', rows: 1, placeholder: 'Ask a question about the articles…', label: 'Your question'},
            {className: 'qa-send', text: 'Send'});
        var form = questionForm.form;
        var input = questionForm.input;
        var send = questionForm.submit;
        chat.appendChild(form);
        chat.appendChild(el('p', 'qa-hint', 'Enter sends · Shift+Enter starts a new line'));

        root.appendChild(chat);
        welcome();
        requestJson(apiBase + '/api/chat-settings', {headers: {'Accept': 'application/json'}}).then(function (settings) {
            limits = settings || {};
            if (limits.maxQuestionChars > 0) {
                input.maxLength = limits.maxQuestionChars;
            }
        }, function () {
            // not fatal: the question box simply has no length limit of its own
        });

        function welcome() {
            var item = el('li', 'qa-msg qa-bot qa-welcome');
            item.appendChild(el('p', 'qa-text', 'Ask me about the news articles. I answer with short extracts and say where each comes from; when the articles do not hold the answer, I say so.'));
            log.appendChild(item);
        }

        function scrollDown() {
            log.scrollTop = log.scrollHeight;
        }

        function grow() {
            input.style.height = 'auto';
            input.style.height = Math.min(input.scrollHeight, 160) + 'px';
        }

        input.addEventListener('input', grow);
        input.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                submit();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            submit();
        });
        reset.addEventListener('click', function () {
            conversationId = null;
            while (log.firstChild) {
                log.removeChild(log.firstChild);
            }
            welcome();
            input.focus();
        });

        function submit() {
            var question = input.value.trim();
            if (!question || pending) {
                return;
            }
            input.value = '';
            grow();
            ask(question);
        }

        function ask(question) {
            var mine = el('li', 'qa-msg qa-user');
            mine.appendChild(el('p', 'qa-text', question));
            log.appendChild(mine);
            var reply = el('li', 'qa-msg qa-bot qa-pending');
            reply.appendChild(el('p', 'qa-text', 'Looking in the articles…'));
            log.appendChild(reply);
            scrollDown();
            pending = true;
            send.disabled = true;
            var body = {question: question};
            if (conversationId) {
                body.conversationId = conversationId;
            }
            requestJson(apiBase + '/api/ask', {
                method: 'POST',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-QA-Channel': 'web'},
                body: JSON.stringify(body)
            }).then(function (answer) {
                conversationId = answer.conversationId || conversationId;
                showAnswer(reply, answer);
            }, function (error) {
                showError(reply, error.message, question);
            }).then(function () {
                pending = false;
                send.disabled = false;
                scrollDown();
            });
        }

        function clear(node) {
            while (node.firstChild) {
                node.removeChild(node.firstChild);
            }
            node.className = 'qa-msg qa-bot';
        }

        function showError(reply, message, question) {
            clear(reply);
            reply.classList.add('qa-error');
            reply.setAttribute('role', 'alert');
            reply.appendChild(el('p', 'qa-text', message));
            var retry = button('qa-retry', 'Try again');
            retry.addEventListener('click', function () {
                if (!pending) {
                    log.removeChild(reply.previousSibling);
                    log.removeChild(reply);
                    ask(question);
                }
            });
            reply.appendChild(retry);
        }

        function showAnswer(reply, answer) {
            clear(reply);
            var citations = Array.isArray(answer.citations) ? answer.citations : [];
            if (typeof answer.readWith === 'string' && answer.readWith) {
                // a follow-up was read with the question before it: say so, so that a wrong carry-over is seen
                reply.appendChild(el('p', 'qa-note qa-read-with',
                    'Read together with your previous question: \u201c' + answer.readWith + '\u201d'));
            }
            if (!answer.answered) {
                reply.classList.add('qa-not-found');
                reply.appendChild(el('p', 'qa-text', answer.answer || 'The articles do not answer this question.'));
                reply.appendChild(el('p', 'qa-note', 'Try asking about something the articles cover, or rephrase the question.'));
                reply.appendChild(feedback(answer, citations));
                return;
            }
            var items = {};
            var list = el('ol', 'qa-citations');
            list.setAttribute('aria-label', 'Sources');
            citations.forEach(function (c) {
                var item = citation(c);
                items[c.id] = item;
                list.appendChild(item);
            });
            if (answer.shortAnswer && typeof answer.shortAnswer.text === 'string') {
                reply.appendChild(el('p', 'qa-short-answer', answer.shortAnswer.text));
            }
            reply.appendChild(answerText(answer.answer || '', items));
            if (citations.length) {
                reply.appendChild(el('p', 'qa-sources-label', 'Sources'));
                reply.appendChild(list);
            }
            if (typeof answer.confidence === 'number') {
                reply.appendChild(el('p', 'qa-note', 'Confidence ' + Math.round(answer.confidence * 100) + ' %'));
            }
            reply.appendChild(feedback(answer, citations));
        }

        /** The answer text, its [n] markers turned into buttons that bring the citation into view. */
        function answerText(text, items) {
            var p = el('p', 'qa-text qa-answer-text');
            var marker = /\[(\d+)\]/g;
            var last = 0;
            var match;
            while ((match = marker.exec(text)) !== null) {
                p.appendChild(document.createTextNode(text.slice(last, match.index)));
                var target = items[Number(match[1])];
                if (target) {
                    var ref = button('qa-ref', match[1], 'Source ' + match[1]);
                    ref.addEventListener('click', focusOn.bind(null, target));
                    p.appendChild(ref);
                } else {
                    p.appendChild(document.createTextNode(match[0]));
                }
                last = marker.lastIndex;
            }
            p.appendChild(document.createTextNode(text.slice(last)));
            return p;
        }

        function focusOn(item) {
            item.classList.add('qa-highlight');
            item.scrollIntoView({block: 'nearest', behavior: 'smooth'});
            setTimeout(function () {
                item.classList.remove('qa-highlight');
            }, 1500);
        }

        function citation(c) {
            var item = el('li', 'qa-citation');
            var head = el('div', 'qa-cite-head');
            head.appendChild(el('span', 'qa-cite-num', c.id));
            head.appendChild(el('span', 'qa-cite-title', c.title));
            if (typeof c.score === 'number') {
                head.appendChild(el('span', 'qa-cite-score', Math.round(c.score * 100) + ' %'));
            }
            item.appendChild(head);
            item.appendChild(el('blockquote', 'qa-extract', c.extract));
            var foot = el('div', 'qa-cite-foot');
            foot.appendChild(el('span', 'qa-cite-source', c.source));
            var expand = button('qa-expand', 'Show passage');
            expand.setAttribute('aria-expanded', 'false');
            foot.appendChild(expand);
            item.appendChild(foot);
            var passage = null;
            expand.addEventListener('click', function () {
                if (passage) {
                    var open = passage.hidden;
                    passage.hidden = !open;
                    expand.textContent = open ? 'Hide passage' : 'Show passage';
                    expand.setAttribute('aria-expanded', String(open));
                    return;
                }
                expand.disabled = true;
                expand.textContent = 'Loading…';
                var url = apiBase + '/api/documents/' + encodeURIComponent(c.source) + '/context?start='
                    + encodeURIComponent(c.start) + '&end=' + encodeURIComponent(c.end);
                requestJson(url, {headers: {'Accept': 'application/json'}}).then(function (context) {
                    passage = el('div', 'qa-passage');
                    var from = Math.max(0, c.start - context.start);
                    var to = Math.max(from, c.end - context.start);
                    passage.appendChild(document.createTextNode(context.text.slice(0, from)));
                    passage.appendChild(el('mark', null, context.text.slice(from, to)));
                    passage.appendChild(document.createTextNode(context.text.slice(to)));
                    item.insertBefore(passage, foot.nextSibling);
                    expand.textContent = 'Hide passage';
                    expand.setAttribute('aria-expanded', 'true');
                }, function (error) {
                    expand.textContent = 'Show passage';
                    var note = el('p', 'qa-note qa-error-note', error.message);
                    note.setAttribute('role', 'alert');
                    item.appendChild(note);
                }).then(function () {
                    expand.disabled = false;
                });
            });
            return item;
        }

        /** 👍/👎, then an optional comment, sent to POST /api/feedback. */
        function feedback(answer, citations) {
            var box = el('div', 'qa-feedback');
            box.appendChild(el('span', 'qa-feedback-label', 'Helpful?'));
            var up = button('qa-vote qa-vote-up', '👍', 'Helpful');
            var down = button('qa-vote qa-vote-down', '👎', 'Not helpful');
            box.appendChild(up);
            box.appendChild(down);
            var form = null;
            function choose(vote) {
                up.setAttribute('aria-pressed', String(vote === 'up'));
                down.setAttribute('aria-pressed', String(vote === 'down'));
                if (!form) {
                    var commentForm = textForm('qa-feedback-form',
                        {className: 'qa-comment', rows: 2, maxLength: limits.maxCommentChars, placeholder: 'Anything to add? (optional)', label: 'Comment on this answer'},
                        {className: 'qa-feedback-send', text: 'Send feedback'});
                    form = commentForm.form;
                    var comment = commentForm.input;
                    var submit = commentForm.submit;
                    form.addEventListener('submit', function (event) {
                        event.preventDefault();
                        submit.disabled = true;
                        requestJson(apiBase + '/api/feedback', {
                            method: 'POST',
                            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                            body: JSON.stringify({
                                question: answer.question,
                                conversationId: answer.conversationId,
                                vote: form.dataset.vote,
                                answered: !!answer.answered,
                                sources: citations.map(function (c) { return c.source; }),
                                comment: comment.value.trim() || null
                            })
                        }).then(function () {
                            while (box.firstChild) {
                                box.removeChild(box.firstChild);
                            }
                            box.appendChild(el('span', 'qa-feedback-thanks', 'Thanks for your feedback.'));
                        }, function (error) {
                            submit.disabled = false;
                            var note = form.querySelector('.qa-error-note') || el('p', 'qa-note qa-error-note');
                            note.textContent = error.message;
                            note.setAttribute('role', 'alert');
                            form.appendChild(note);
                        });
                    });
                    box.appendChild(form);
                }
                form.dataset.vote = vote;
                form.querySelector('textarea').focus();
            }
            up.addEventListener('click', choose.bind(null, 'up'));
            down.addEventListener('click', choose.bind(null, 'down'));
            return box;
        }

        return {
            focus: function () {
                input.focus();
            }
        };
    }

    window.NewsQaChat = {mount: mount};
}());
