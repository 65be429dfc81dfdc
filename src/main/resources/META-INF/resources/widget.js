/*
 * The embeddable chat: <script src="https://HOST/widget.js" data-title="..." data-color="#1f5fbf"
 * data-position="bottom-right|bottom-left" data-open="false" defer></script> adds a floating button that opens
 * the same chat as the page at "/". It lives in a shadow root, so the host page's styles do not reach it and
 * its styles do not leak out; it talks to HOST's API, which must list the host page's origin in its CORS
 * allow-list (quarkus.http.cors.origins).
 */
(function () {
    'use strict';

    var script = document.currentScript;
    if (!script || window.__newsQaWidget) {
        return;
    }
    window.__newsQaWidget = true;

    var base = new URL('.', script.src).href.replace(/\/$/, '');
    var data = script.dataset;
    // without data-title the chat inside takes its own title in the browser's language; the button keeps this one
    var ownTitle = data.title ? data.title.slice(0, 80) : null;
    var title = ownTitle || 'Ask the news';
    var color = data.color && window.CSS && CSS.supports('color', data.color) ? data.color : '';
    var position = data.position === 'bottom-left' ? 'bottom-left' : 'bottom-right';

    function start() {
        var host = document.createElement('div');
        host.setAttribute('data-newsqa-widget', '');
        if (color) {
            host.style.setProperty('--qa-accent', color);
        }
        var shadow = host.attachShadow({mode: 'open'});
        var style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = base + '/chat.css';
        shadow.appendChild(style);

        var wrap = document.createElement('div');
        wrap.className = 'qa-widget qa-' + position;
        var panel = document.createElement('div');
        panel.className = 'qa-panel';
        panel.hidden = true;
        panel.setAttribute('role', 'dialog');
        panel.setAttribute('aria-label', title);
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'qa-close';
        close.textContent = '×';
        close.setAttribute('aria-label', 'Close the chat');
        panel.appendChild(close);
        var launcher = document.createElement('button');
        launcher.type = 'button';
        launcher.className = 'qa-launcher';
        launcher.setAttribute('aria-label', title);
        launcher.setAttribute('aria-expanded', 'false');
        launcher.title = title;
        launcher.textContent = '💬';
        wrap.appendChild(panel);
        wrap.appendChild(launcher);
        shadow.appendChild(wrap);
        document.body.appendChild(host);

        var chat = null;
        function toggle(open) {
            panel.hidden = !open;
            wrap.classList.toggle('qa-open', open);
            launcher.setAttribute('aria-expanded', String(open));
            if (open && !chat) {
                withChat(function (api) {
                    chat = api.mount(panel, {apiBase: base, title: ownTitle, headingLevel: 2});
                    chat.focus();
                });
            } else if (open) {
                chat.focus();
            } else {
                launcher.focus();
            }
        }
        launcher.addEventListener('click', function () {
            toggle(panel.hidden);
        });
        close.addEventListener('click', function () {
            toggle(false);
        });
        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                toggle(false);
            }
        });
        if (data.open === 'true') {
            toggle(true);
        }
    }

    /** chat.js from the same host, loaded once, on first opening. */
    function withChat(callback) {
        if (window.NewsQaChat) {
            callback(window.NewsQaChat);
            return;
        }
        var loader = document.createElement('script');
        loader.src = base + '/chat.js';
        loader.async = true;
        loader.addEventListener('load', function () {
            callback(window.NewsQaChat);
        });
        document.head.appendChild(loader);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
