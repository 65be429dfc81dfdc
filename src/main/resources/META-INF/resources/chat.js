/*
 * The chat: question box, conversation history, answers with numbered citations that expand to their
 * passage, and thumbs up/down feedback. Used by the page at "/" and, inside a shadow root, by widget.js.
 * Everything from the service or the user is inserted as text (textContent), never parsed as HTML.
 */
(function () {
    'use strict';

    /*
     * Every string the chat shows, by language (ISO 639-1 code). The chat's own strings follow the browser's language
     * (navigator.language); the words around an answer (not found, read with, sources, confidence) follow the
     * language of its question, as the service returns it in answer.language. Anything else is English.
     */
    var TEXTS = {
        en: {
            pageTitle: 'News QA \u2014 ask the articles',
            title: 'Ask the news articles',
            newConversation: 'New conversation',
            newConversationLabel: 'Start a new conversation',
            placeholder: 'Ask a question about the articles\u2026',
            questionLabel: 'Your question',
            send: 'Send',
            keys: 'Enter sends \u00b7 Shift+Enter starts a new line',
            welcome: 'Ask me about the news articles. I answer with short extracts and say where each comes from; '
                + 'when the articles do not hold the answer, I say so.',
            looking: 'Looking in the articles\u2026',
            notReachable: 'Could not reach the service. Check your connection and try again.',
            busy: function (after) {
                return 'Too many questions at once. Please wait ' + (after ? after + ' s' : 'a moment') + ' and try again.';
            },
            serverError: function (status, reason) {
                return 'The service had a problem (HTTP ' + status + ')' + (reason ? ': ' + reason : '') + '. Please try again.';
            },
            refused: function (status, reason) {
                return 'The service could not take this (HTTP ' + status + ')' + (reason ? ': ' + reason : '') + '.';
            },
            unreadable: 'The service sent an answer that could not be read. Please try again.',
            tryAgain: 'Try again',
            source: function (n) {
                return 'Source ' + n;
            },
            showPassage: 'Show passage',
            hidePassage: 'Hide passage',
            loading: 'Loading\u2026',
            helpful: 'Helpful?',
            voteUp: 'Helpful',
            voteDown: 'Not helpful',
            commentPlaceholder: 'Anything to add? (optional)',
            commentLabel: 'Comment on this answer',
            sendFeedback: 'Send feedback',
            thanks: 'Thanks for your feedback.',
            notFound: 'The articles do not answer this question.',
            notFoundHint: 'Try asking about something the articles cover, or rephrase the question.',
            readWith: function (question) {
                return 'Read together with your previous question: \u201c' + question + '\u201d';
            },
            sources: 'Sources',
            confidence: function (percent) {
                return 'Confidence ' + percent + ' %';
            }
        },
        de: {
            pageTitle: 'News QA \u2014 fragen Sie die Artikel',
            title: 'Fragen Sie die Nachrichtenartikel',
            newConversation: 'Neues Gespr\u00e4ch',
            newConversationLabel: 'Ein neues Gespr\u00e4ch beginnen',
            placeholder: 'Stellen Sie eine Frage zu den Artikeln \u2026',
            questionLabel: 'Ihre Frage',
            send: 'Senden',
            keys: 'Enter sendet \u00b7 Umschalt+Enter beginnt eine neue Zeile',
            welcome: 'Fragen Sie mich zu den Nachrichtenartikeln. Ich antworte mit kurzen Ausz\u00fcgen und sage, woher '
                + 'jeder stammt; steht die Antwort nicht in den Artikeln, sage ich das.',
            looking: 'Ich suche in den Artikeln \u2026',
            notReachable: 'Der Dienst ist nicht erreichbar. Bitte pr\u00fcfen Sie Ihre Verbindung und versuchen Sie es erneut.',
            busy: function (after) {
                return 'Zu viele Fragen auf einmal. Bitte warten Sie ' + (after ? after + ' s' : 'einen Moment')
                    + ' und versuchen Sie es dann erneut.';
            },
            serverError: function (status, reason) {
                return 'Beim Dienst ist ein Fehler aufgetreten (HTTP ' + status + ')' + (reason ? ': ' + reason : '')
                    + '. Bitte versuchen Sie es erneut.';
            },
            refused: function (status, reason) {
                return 'Der Dienst konnte das nicht annehmen (HTTP ' + status + ')' + (reason ? ': ' + reason : '') + '.';
            },
            unreadable: 'Die Antwort des Dienstes war nicht lesbar. Bitte versuchen Sie es erneut.',
            tryAgain: 'Erneut versuchen',
            source: function (n) {
                return 'Quelle ' + n;
            },
            showPassage: 'Abschnitt zeigen',
            hidePassage: 'Abschnitt ausblenden',
            loading: 'Wird geladen \u2026',
            helpful: 'Hilfreich?',
            voteUp: 'Hilfreich',
            voteDown: 'Nicht hilfreich',
            commentPlaceholder: 'M\u00f6chten Sie etwas erg\u00e4nzen? (optional)',
            commentLabel: 'Kommentar zu dieser Antwort',
            sendFeedback: 'R\u00fcckmeldung senden',
            thanks: 'Danke f\u00fcr Ihre R\u00fcckmeldung.',
            notFound: 'Die Artikel beantworten diese Frage nicht.',
            notFoundHint: 'Fragen Sie nach etwas, das in den Artikeln vorkommt, oder formulieren Sie die Frage um.',
            readWith: function (question) {
                return 'Zusammen mit Ihrer vorigen Frage gelesen: \u201e' + question + '\u201c';
            },
            sources: 'Quellen',
            confidence: function (percent) {
                return 'Sicherheit ' + percent + ' %';
            }
        },
        zh: {
            pageTitle: 'News QA \u2014 向文章提问',
            title: '向新闻文章提问',
            newConversation: '新对话',
            newConversationLabel: '开始新对话',
            placeholder: '就文章内容提问……',
            questionLabel: '您的问题',
            send: '发送',
            keys: 'Enter 发送 \u00b7 Shift+Enter 换行',
            welcome: '请就新闻文章向我提问。我会用简短的摘录回答，并注明每段摘录的出处；文章里没有答案时，我会直接说明。',
            looking: '正在文章中查找……',
            notReachable: '无法连接到服务，请检查网络后重试。',
            busy: function (after) {
                return '提问过于频繁，请' + (after ? '等待 ' + after + ' 秒' : '稍等片刻') + '后再试。';
            },
            serverError: function (status, reason) {
                return '服务出现问题（HTTP ' + status + '）' + (reason ? '：' + reason : '') + '，请重试。';
            },
            refused: function (status, reason) {
                return '服务无法处理这个请求（HTTP ' + status + '）' + (reason ? '：' + reason : '') + '。';
            },
            unreadable: '无法读取服务返回的回答，请重试。',
            tryAgain: '重试',
            source: function (n) {
                return '来源 ' + n;
            },
            showPassage: '显示段落',
            hidePassage: '收起段落',
            loading: '加载中……',
            helpful: '有帮助吗？',
            voteUp: '有帮助',
            voteDown: '没有帮助',
            commentPlaceholder: '还有什么要补充的吗？（选填）',
            commentLabel: '对这个回答的意见',
            sendFeedback: '提交反馈',
            thanks: '感谢您的反馈。',
            notFound: '文章中没有这个问题的答案。',
            notFoundHint: '可以问问文章涉及的内容，或者换个说法再问。',
            readWith: function (question) {
                return '已结合您的上一个问题作答：\u201c' + question + '\u201d';
            },
            sources: '来源',
            confidence: function (percent) {
                return '可信度 ' + percent + '%';
            }
        }
    };

    /** The strings of a language tag ("de", "de-AT", "zh-CN"; anything we do not have is English) and its code. */
    function textsFor(language) {
        var code = String(language || '').toLowerCase().split(/[-_]/)[0];
        if (!Object.prototype.hasOwnProperty.call(TEXTS, code)) {
            code = 'en';
        }
        return {code: code, say: TEXTS[code]};
    }

    /** The browser's language, as the chat's own strings follow it. */
    function browserLanguage() {
        return (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    }

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

    /** fetch + JSON, turning every failure into an Error whose message, in {@code say}'s words, can be shown. */
    function requestJson(url, options, say) {
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
                        var busy = new Error(say.busy(after));
                        busy.status = 429;
                        throw busy;
                    }
                    var reason = data && typeof data.error === 'string' ? data.error : null;
                    var message = response.status >= 500
                        ? say.serverError(response.status, reason) : say.refused(response.status, reason);
                    var error = new Error(message);
                    error.status = response.status;
                    throw error;
                }
                if (data === null) {
                    throw new Error(say.unreadable);
                }
                return data;
            });
        }, function () {
            throw new Error(say.notReachable);
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
        // the chat's own strings: the browser's language unless the host says otherwise
        var ui = textsFor((options && options.language) || browserLanguage());
        var say = ui.say;
        var title = (options && options.title) || say.title;
        var level = Math.min(Math.max((options && options.headingLevel) || 2, 1), 6);
        var conversationId = null;
        var pending = false;
        // the service's own limits, asked for once; until they arrive the service still checks every request
        var limits = {};

        var chat = el('section', 'qa-chat');
        chat.lang = ui.code;
        chat.setAttribute('aria-label', title);
        var header = el('header', 'qa-header');
        header.appendChild(el('h' + level, 'qa-title', title));
        var reset = button('qa-new', say.newConversation, say.newConversationLabel);
        header.appendChild(reset);
        chat.appendChild(header);

        var log = el('ol', 'qa-log');
        log.setAttribute('role', 'log');
        log.setAttribute('aria-live', 'polite');
        chat.appendChild(log);

        var questionForm = textForm('qa-form',
            {className: 'qa-input', rows: 1, placeholder: say.placeholder, label: say.questionLabel},
            {className: 'qa-send', text: say.send});
        var form = questionForm.form;
        var input = questionForm.input;
        var send = questionForm.submit;
        chat.appendChild(form);
        chat.appendChild(el('p', 'qa-hint', say.keys));

        root.appendChild(chat);
        welcome();
        requestJson(apiBase + '/api/chat-settings', {headers: {'Accept': 'application/json'}}, say).then(function (settings) {
            limits = settings || {};
            if (limits.maxQuestionChars > 0) {
                input.maxLength = limits.maxQuestionChars;
            }
        }, function () {
            // not fatal: the question box simply has no length limit of its own
        });

        function welcome() {
            var item = el('li', 'qa-msg qa-bot qa-welcome');
            item.appendChild(el('p', 'qa-text', say.welcome));
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
            reply.appendChild(el('p', 'qa-text', say.looking));
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
            }, say).then(function (answer) {
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
            var retry = button('qa-retry', say.tryAgain);
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
            // the words about this answer are in its question's language; the extracts keep their articles'
            var asked = textsFor(answer.language);
            reply.lang = asked.code;
            var citations = Array.isArray(answer.citations) ? answer.citations : [];
            if (typeof answer.readWith === 'string' && answer.readWith) {
                // a follow-up was read with the question before it: say so, so that a wrong carry-over is seen
                reply.appendChild(el('p', 'qa-note qa-read-with', asked.say.readWith(answer.readWith)));
            }
            if (!answer.answered) {
                reply.classList.add('qa-not-found');
                reply.appendChild(el('p', 'qa-text', answer.answer || asked.say.notFound));
                reply.appendChild(el('p', 'qa-note', asked.say.notFoundHint));
                reply.appendChild(feedback(answer, citations));
                return;
            }
            var items = {};
            var list = el('ol', 'qa-citations');
            list.setAttribute('aria-label', asked.say.sources);
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
                reply.appendChild(el('p', 'qa-sources-label', asked.say.sources));
                reply.appendChild(list);
            }
            if (typeof answer.confidence === 'number') {
                reply.appendChild(el('p', 'qa-note', asked.say.confidence(Math.round(answer.confidence * 100))));
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
                    var ref = button('qa-ref', match[1], say.source(match[1]));
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
            var extract = el('blockquote', 'qa-extract', c.extract);
            if (typeof c.language === 'string' && c.language) {
                extract.lang = c.language;
            }
            item.appendChild(extract);
            var foot = el('div', 'qa-cite-foot');
            foot.appendChild(el('span', 'qa-cite-source', c.source));
            var expand = button('qa-expand', say.showPassage);
            expand.setAttribute('aria-expanded', 'false');
            foot.appendChild(expand);
            item.appendChild(foot);
            var passage = null;
            expand.addEventListener('click', function () {
                if (passage) {
                    var open = passage.hidden;
                    passage.hidden = !open;
                    expand.textContent = open ? say.hidePassage : say.showPassage;
                    expand.setAttribute('aria-expanded', String(open));
                    return;
                }
                expand.disabled = true;
                expand.textContent = say.loading;
                var url = apiBase + '/api/documents/' + encodeURIComponent(c.source) + '/context?start='
                    + encodeURIComponent(c.start) + '&end=' + encodeURIComponent(c.end);
                requestJson(url, {headers: {'Accept': 'application/json'}}, say).then(function (context) {
                    passage = el('div', 'qa-passage');
                    var from = Math.max(0, c.start - context.start);
                    var to = Math.max(from, c.end - context.start);
                    passage.appendChild(document.createTextNode(context.text.slice(0, from)));
                    passage.appendChild(el('mark', null, context.text.slice(from, to)));
                    passage.appendChild(document.createTextNode(context.text.slice(to)));
                    item.insertBefore(passage, foot.nextSibling);
                    expand.textContent = say.hidePassage;
                    expand.setAttribute('aria-expanded', 'true');
                }, function (error) {
                    expand.textContent = say.showPassage;
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
            box.appendChild(el('span', 'qa-feedback-label', say.helpful));
            var up = button('qa-vote qa-vote-up', '👍', say.voteUp);
            var down = button('qa-vote qa-vote-down', '👎', say.voteDown);
            box.appendChild(up);
            box.appendChild(down);
            var form = null;
            function choose(vote) {
                up.setAttribute('aria-pressed', String(vote === 'up'));
                down.setAttribute('aria-pressed', String(vote === 'down'));
                if (!form) {
                    var commentForm = textForm('qa-feedback-form',
                        {className: 'qa-comment', rows: 2, maxLength: limits.maxCommentChars, placeholder: say.commentPlaceholder, label: say.commentLabel},
                        {className: 'qa-feedback-send', text: say.sendFeedback});
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
                        }, say).then(function () {
                            while (box.firstChild) {
                                box.removeChild(box.firstChild);
                            }
                            box.appendChild(el('span', 'qa-feedback-thanks', say.thanks));
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

    window.NewsQaChat = {
        mount: mount,
        /** The strings of a language (the browser's by default), for the page around the chat. */
        texts: function (language) {
            return textsFor(language || browserLanguage());
        }
    };
}());
