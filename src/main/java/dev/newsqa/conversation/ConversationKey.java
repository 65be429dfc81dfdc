package dev.newsqa.conversation;

import java.util.UUID;

/**
 * A conversation as the channel that owns it names it: {@code owner} is the channel family (rest, slack,
 * dingtalk, …) and {@code id} the asker's thread inside it. Keys of different owners never meet, so a REST
 * caller cannot read or steer a Slack thread by sending its id.
 */
public record ConversationKey(String owner, String id) {

    public ConversationKey {
        if (owner == null || owner.isBlank() || owner.indexOf('|') >= 0) {
            throw new IllegalArgumentException("a conversation needs an owner without '|'");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a conversation needs an id");
        }
    }

    /** The REST API's (and so the chat page's) conversations: the caller's id, or a new one the service issues. */
    public static ConversationKey rest(String idOrNull) {
        return new ConversationKey("rest", idOrNull != null ? idOrNull : UUID.randomUUID().toString());
    }

    /** One asker's questions in one place of a channel: a thread, a group, a direct chat. */
    public static ConversationKey of(String owner, String place, String asker) {
        return new ConversationKey(owner, place + ":" + (asker == null || asker.isBlank() ? "-" : asker));
    }

    String storeKey() {
        return owner + '|' + id;
    }
}
