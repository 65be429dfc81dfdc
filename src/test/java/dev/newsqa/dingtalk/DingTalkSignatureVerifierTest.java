package dev.newsqa.dingtalk;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DingTalkSignatureVerifierTest {

    static final String SECRET = "dingtalk-test-app-secret";
    static final String TIMESTAMP = "1700000000000";
    // Computed outside Java: python3 -c "import hmac,hashlib,base64; s=b'dingtalk-test-app-secret';
    // print(base64.b64encode(hmac.new(s, b'1700000000000\n' + s, hashlib.sha256).digest()).decode())"
    static final String SIGN = "s0VDrXuBjrSdAn2cjxqPfNMzCQRUohivkDJBc/PJ5o0=";

    private static DingTalkSignatureVerifier at(long epochMillis) {
        return new DingTalkSignatureVerifier(SECRET, Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC));
    }

    @Test
    void anIndependentlyComputedSignatureVerifies() {
        assertEquals(SIGN, DingTalkSigner.sign(SECRET, TIMESTAMP), "the test's signer agrees with the external vector");
        assertTrue(at(1_700_000_000_000L + 30_000).isValid(TIMESTAMP, SIGN));
    }

    @Test
    void wrongMissingOrMalformedSignaturesFail() {
        DingTalkSignatureVerifier v = at(1_700_000_000_000L);
        assertFalse(v.isValid(TIMESTAMP, DingTalkSigner.sign("another-secret", TIMESTAMP)), "other secret");
        assertFalse(v.isValid("1700000000001", SIGN), "signature of another timestamp");
        assertFalse(v.isValid(null, SIGN), "missing timestamp");
        assertFalse(v.isValid(TIMESTAMP, null), "missing sign");
        assertFalse(v.isValid(TIMESTAMP, "%%%not-base64%%%"), "not Base64");
        assertFalse(v.isValid("yesterday", SIGN), "timestamp not a number");
    }

    @Test
    void timestampsMoreThanAnHourAwayFail() {
        long ts = Long.parseLong(TIMESTAMP);
        assertTrue(at(ts + 59 * 60_000L).isValid(TIMESTAMP, SIGN), "59 minutes later");
        assertFalse(at(ts + 61 * 60_000L).isValid(TIMESTAMP, SIGN), "61 minutes later: replayed");
        assertFalse(at(ts - 61 * 60_000L).isValid(TIMESTAMP, SIGN), "61 minutes in the future");
    }
}
