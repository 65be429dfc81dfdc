/* The full-page chat at "/": the same chat the widget opens, talking to this service's own API. */
(function () {
    'use strict';
    window.NewsQaChat.mount(document.getElementById('chat'), {
        apiBase: '',
        title: 'Ask the news articles',
        headingLevel: 1
    });
}());
