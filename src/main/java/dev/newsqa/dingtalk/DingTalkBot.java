package dev.newsqa.dingtalk;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.FixedTexts;
import dev.newsqa.channel.ChatTurn;
import dev.newsqa.channel.RepeatedDeliveryFilter;
import dev.newsqa.conversation.ConversationKey;
import dev.newsqa.conversation.ConversationService;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What the robot does with a verified message: answers a text question from the articles (a DingTalk
 * conversation is one conversation of the service, so follow-ups work), once per msgId, in the HTTP reply
 * when the answer is ready within DingTalk's wait, otherwise through the message's sessionWebhook.
 */
public class DingTalkBot {

    private static final Logger LOG = Logger.getLogger(DingTalkBot.class);

    private final DingTalkWebhook webhook;
    private final DingTalkConfig settings;
    private final DingTalkReplyRenderer renderer;
    private final ChatTurn turn;
    /** DingTalk delivers a message again when the robot was slow to acknowledge it. */
    private final RepeatedDeliveryFilter deliveries = new RepeatedDeliveryFilter(Duration.ofHours(2), 100_000);

    public DingTalkBot(ConversationService conversations, DingTalkWebhook webhook, DingTalkConfig settings,
                       Executor executor, int maxQuestionChars) {
        this.webhook = webhook;
        this.settings = settings;
        this.renderer = new DingTalkReplyRenderer(settings.maxMessageChars());
        this.turn = new ChatTurn(conversations, executor, "dingtalk", settings.citations(), maxQuestionChars);
    }

    /**
     * The reply to send in the HTTP response, or empty when there is none: a repeated delivery, or an answer
     * that will follow through the sessionWebhook.
     */
    public Optional<DingTalkReply> handle(DingTalkMessage message) {
        if (message.msgId() != null && !message.msgId().isBlank() && !deliveries.firstTime(message.msgId())) {
            LOG.debugf("DingTalk message %s was answered already", message.msgId());
            return Optional.empty();
        }
        if (!message.isTextual()) {
            // a picture has no words to tell the asker's language by
            return Optional.of(renderer.text(FixedTexts.ENGLISH.notText(), message));
        }
        // a group is many people: each asker has their own thread of context in it
        ConversationKey conversation = ConversationKey.of("dingtalk",
                message.conversationId() == null ? message.msgId() : message.conversationId(), message.asker());
        ChatTurn.Replies<DingTalkReply> replies = replies(message);
        if (!webhook.usable(message)) {
            // Nowhere to send a late answer: reply in the HTTP response however long it takes.
            return Optional.of(turn.take(message.typedText(), conversation).reply(replies));
        }
        return turn.takeWithin(message.typedText(), conversation, settings.replyWithin(),
                        outcome -> webhook.send(message, outcome.reply(replies)))
                .map(outcome -> outcome.reply(replies));
    }

    private ChatTurn.Replies<DingTalkReply> replies(DingTalkMessage message) {
        return new ChatTurn.Replies<>() {
            public DingTalkReply usage(FixedTexts texts) {
                return renderer.text(texts.usage("%s"), message);
            }

            public DingTalkReply tooLong(int length, int limit, FixedTexts texts) {
                return renderer.text(texts.tooLong(length, limit), message);
            }

            public DingTalkReply answer(Answer answer) {
                return renderer.answer(answer, message);
            }

            public DingTalkReply failure(FixedTexts texts) {
                return renderer.text(texts.failed(), message);
            }
        };
    }

    /**
     * Stream mode, where there is no HTTP response to carry a reply: whatever {@link #handle} would have replied
     * is sent through the message's sessionWebhook instead.
     */
    public void handleByWebhook(DingTalkMessage message) {
        handle(message).ifPresent(reply -> webhook.send(message, reply));
    }
}
