package dev.newsqa.answer;

import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.LanguageDetector;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The language of a question, from the question's own text only (a follow-up "Und 2019?" is German whatever it is
 * read with): the answer's fixed texts are written in it. A question in none of the languages analysed is answered
 * on the English path.
 */
public final class QuestionLanguage {

    private static final Logger LOG = Logger.getLogger(QuestionLanguage.class);
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private QuestionLanguage() {
    }

    /** The question's language, English when it is none of ours. */
    public static Language of(String question) {
        return DETECTOR.detect(question);
    }

    /**
     * As {@link #of}, and says in the log why a question in none of our languages is read as English: called once
     * per question answered ({@link Query#of}), so one line per such question, not one per stage.
     */
    static Language forAnswering(String question) {
        Optional<Language> language = DETECTOR.identify(question);
        if (language.isEmpty()) {
            LOG.infof("a question of %d characters is in none of the languages analysed (%s): answered as English",
                    question.length(), DETECTOR.whyNone(question).orElse("?"));
        }
        return language.orElse(Language.ENGLISH);
    }
}
