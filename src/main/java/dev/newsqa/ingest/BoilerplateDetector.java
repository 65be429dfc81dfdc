package dev.newsqa.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that are web or newsletter chrome rather than article text: cross-links
 * ("Read More: …"), comment prompts, source credits, subscription pleas, sign-offs.
 */
public final class BoilerplateDetector {

    private static final int CREDIT_MAX_CHARS = 60;

    private static final List<Pattern> LINE_PATTERNS = List.of(
            Pattern.compile("(?i)^read (more|also|next)\\s*:.*"),
            Pattern.compile("(?i)^(related|recommended|see also)\\s*:.*"),
            Pattern.compile("(?i)^(add|leave|post|view|show)( a)? comments?\\.?$"),
            Pattern.compile("(?i)^\\d*\\s*comments?$"),
            Pattern.compile("(?i)^(share|tweet|print|email|e-mail)( this)?( article| story)?$"),
            Pattern.compile("(?i)^advertisement$"),
            Pattern.compile("(?i)^trending\\b.*\\bago$"),
            Pattern.compile("(?i)^thank you for reading\\b.*"),
            Pattern.compile("(?i)^any suggestions or feedback\\b.*"),
            Pattern.compile("(?i)^check out the archive\\b.*"),
            Pattern.compile("(?i)^(sign up|subscribe)\\b.*"),
            Pattern.compile("(?i).*\\bsubscribe (here|now|today|to (our|the|this) newsletter)\\b.*"),
            Pattern.compile("(?i).*\\bsign up for (our|the) newsletter\\b.*"));

    // "Source Techcrunch", "Quelle: Bloomberg", "Image credit: …": short credit lines only
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(source|sources|quelle|via|image credits?|photo credits?|bildquelle)\\b\\s*:?\\s*\\S.*");

    public boolean isBoilerplate(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        if (trimmed.length() <= CREDIT_MAX_CHARS && CREDIT.matcher(trimmed).matches()) {
            return true;
        }
        for (Pattern p : LINE_PATTERNS) {
            if (p.matcher(trimmed).matches()) {
                return true;
            }
        }
        return false;
    }
}
