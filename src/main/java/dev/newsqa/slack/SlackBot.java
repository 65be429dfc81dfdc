package dev.newsqa.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.FixedTexts;
import dev.newsqa.answer.QuestionLanguage;
import dev.newsqa.channel.ChatTurn;
import dev.newsqa.channel.RepeatedDeliveryFilter;
import dev.newsqa.conversation.ConversationKey;
import dev.newsqa.conversation.ConversationService;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * What the bot does with a verified slash command or event: asks the service (a Slack thread,
 * or a user in a channel for slash commands, is one conversation) and answers in Block Kit.
 */
public class SlackBot {

    private static final Logger LOG = Logger.getLogger(SlackBot.class);
    /** The usage hint's example as a slash command, and as a mention in a thread. */
    static final String AS_COMMAND = "`/ask %s`";
    static final String AS_MENTION = "`@bot %s`";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final SlackOutbound outbound;
    private final SlackConfig settings;
    private final Executor executor;
    private final ChatTurn turn;
    private final SlackAnswerRenderer renderer = new SlackAnswerRenderer();
    /** Slack retries an unacknowledged event up to three times within minutes. */
    private final RepeatedDeliveryFilter deliveries = new RepeatedDeliveryFilter(Duration.ofHours(1), 100_000);

    public SlackBot(ConversationService conversations, SlackOutbound outbound, SlackConfig settings, Executor executor,
                    int maxQuestionChars) {
        this.outbound = outbound;
        this.settings = settings;
        this.executor = executor;
        this.turn = new ChatTurn(conversations, executor, "slack", settings.citations(), maxQuestionChars);
    }

    /**
     * The immediate reply to a slash command: the answer itself when it is ready within the reply
     * window, otherwise an ephemeral "looking it up" while the answer goes to response_url.
     */
    public SlashCommandResponse command(SlashCommandPayload payload) {
        String question = payload.getText() == null ? "" : unescape(payload.getText());
        ConversationKey conversation = ConversationKey.of("slack", payload.getChannelId(), payload.getUserId());
        return turn.takeWithin(question, conversation, settings.replyWithin(),
                        outcome -> outbound.respond(payload.getResponseUrl(), commandReply(outcome)))
                .map(this::commandReply)
                .orElseGet(() -> ephemeral(FixedTexts.of(QuestionLanguage.of(question)).working()));
    }

    private SlashCommandResponse commandReply(ChatTurn.Outcome outcome) {
        return outcome.reply(new ChatTurn.Replies<>() {
            public SlashCommandResponse usage(FixedTexts texts) {
                return ephemeral(texts.usage(AS_COMMAND));
            }

            public SlashCommandResponse tooLong(int length, int limit, FixedTexts texts) {
                return ephemeral(texts.tooLong(length, limit));
            }

            public SlashCommandResponse answer(Answer answer) {
                return reply(answer);
            }

            public SlashCommandResponse failure(FixedTexts texts) {
                return ephemeral(texts.failed());
            }
        });
    }

    /**
     * Takes on an event_callback: an @-mention in a channel or a direct message, once per event id,
     * never a bot's own message. The answer is posted in the thread after the 200 has gone back.
     *
     * @return whether the event will be answered
     */
    public boolean event(JsonNode callback) {
        String eventId = callback.path("event_id").asText("");
        JsonNode event = callback.path("event");
        String type = event.path("type").asText("");
        boolean fromBot = event.hasNonNull("bot_id") || "bot_message".equals(event.path("subtype").asText(""));
        boolean mention = "app_mention".equals(type);
        boolean directMessage = "message".equals(type) && "im".equals(event.path("channel_type").asText(""))
                && !event.has("subtype");
        if (fromBot || !(mention || directMessage) || eventId.isEmpty() || !deliveries.firstTime(eventId)) {
            return false;
        }
        String channel = event.path("channel").asText();
        String threadTs = event.hasNonNull("thread_ts") ? event.path("thread_ts").asText() : event.path("ts").asText();
        String user = event.path("user").asText("");
        String question = unescape(MENTION.matcher(event.path("text").asText("")).replaceAll(" "));
        // one asker in one thread: another person's question in the same thread never steers this answer
        ConversationKey conversation = ConversationKey.of("slack", channel + ":" + threadTs, user);
        executor.execute(() -> answerInThread(channel, threadTs, turn.take(question, conversation)));
        return true;
    }

    private void answerInThread(String channel, String threadTs, ChatTurn.Outcome outcome) {
        outcome.reply(new ChatTurn.Replies<Void>() {
            public Void usage(FixedTexts texts) {
                return post(texts.usage(AS_MENTION));
            }

            public Void tooLong(int length, int limit, FixedTexts texts) {
                return post(texts.tooLong(length, limit));
            }

            public Void answer(Answer answer) {
                outbound.postInThread(channel, threadTs, renderer.fallbackText(answer), renderer.blocks(answer));
                return null;
            }

            public Void failure(FixedTexts texts) {
                return post(texts.failed());
            }

            private Void post(String text) {
                outbound.postInThread(channel, threadTs, text, List.of());
                return null;
            }
        });
    }

    private SlashCommandResponse reply(Answer answer) {
        return SlashCommandResponse.builder().responseType(settings.responseType())
                .text(renderer.fallbackText(answer)).blocks(renderer.blocks(answer)).build();
    }

    private static SlashCommandResponse ephemeral(String text) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(text).build();
    }

    /** Slack sends &, < and > escaped in message text. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
