package dev.newsqa.slack;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackRequestVerifierTest {

    // Slack's published example (docs: "Verifying requests from Slack")
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TIMESTAMP = "1531420618";
    static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackRequestVerifier at(long epochSecond) {
        return new SlackRequestVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void slacksPublishedExampleVerifies() {
        assertEquals(SIGNATURE, SlackSigner.sign(SECRET, TIMESTAMP, BODY), "the independent signer agrees with Slack");
        assertTrue(at(1531420618L + 60).isValid(TIMESTAMP, SIGNATURE, BODY));
    }

    @Test
    void anyChangeOrStaleTimestampFails() {
        SlackRequestVerifier v = at(1531420618L);
        assertFalse(v.isValid(TIMESTAMP, SIGNATURE, BODY + "&x=1"), "altered body");
        assertFalse(v.isValid(TIMESTAMP, SIGNATURE.replace('a', 'b'), BODY), "wrong signature");
        assertFalse(v.isValid(null, SIGNATURE, BODY), "missing timestamp");
        assertFalse(v.isValid(TIMESTAMP, null, BODY), "missing signature");
        assertFalse(v.isValid("not-a-number", SIGNATURE, BODY));
        assertFalse(at(1531420618L + 6 * 60).isValid(TIMESTAMP, SIGNATURE, BODY), "replayed after 6 minutes");
        assertFalse(at(1531420618L - 6 * 60).isValid(TIMESTAMP, SIGNATURE, BODY), "from the future");
    }
}
