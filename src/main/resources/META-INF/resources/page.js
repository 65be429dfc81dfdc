/*
 * The full-page chat at "/": the same chat the widget opens, talking to this service's own API, in the browser's
 * language (English, German or Chinese; English otherwise).
 */
(function () {
    'use strict';
    var language = window.NewsQaChat.texts();
    document.documentElement.lang = language.code;
    document.title = language.say.pageTitle;
    window.NewsQaChat.mount(document.getElementById('chat'), {
        apiBase: '',
        headingLevel: 1
    });
}());
