package dev.newsqa.answer;

import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfidenceModelsTest {

    private final ConfidenceModel model = new ConfidenceModel(0, 1, 0, 0, 0, 0, 0);

    @Test
    void aReadingWithAThresholdOfItsOwnAnswersFromItAboveAndBelowTheServices() {
        ConfidenceModels models = new ConfidenceModels(Map.of(
                ConfidenceModels.reading(Language.CHINESE, Language.CHINESE), new ConfidenceModels.Calibration(model, 0.725),
                ConfidenceModels.reading(Language.GERMAN, Language.ENGLISH), new ConfidenceModels.Calibration(model, 0.342)),
                model);
        assertEquals(0.725, models.answersFrom(Language.CHINESE, Language.CHINESE, 0.5));
        assertEquals(0.342, models.answersFrom(Language.GERMAN, Language.ENGLISH, 0.5));
        assertEquals(0.5, models.answersFrom(Language.ENGLISH, Language.ENGLISH, 0.5));
    }

    @Test
    void theRescaledReadingsAnswerFromAboveTheServicesThreshold() {
        // their confidence is the chance that an answer given is right, so the least one given lies above one half
        assertEquals(0.725, ConfidenceModels.DEFAULT.answersFrom(Language.CHINESE, Language.CHINESE, 0.5));
        assertEquals(0.546, ConfidenceModels.DEFAULT.answersFrom(Language.CHINESE, Language.ENGLISH, 0.5));
        assertEquals(0.600, ConfidenceModels.DEFAULT.answersFrom(Language.GERMAN, Language.GERMAN, 0.5));
    }

    @Test
    void chineseOverGermanAnswersWhatTheEnglishModelWouldButPromisesAboutWhatItHolds() {
        // its evidence does not tell right answers from wrong ones: about half of them are right, whatever it says
        java.util.Random random = new java.util.Random(42);
        double threshold = ConfidenceModels.DEFAULT.answersFrom(Language.CHINESE, Language.GERMAN, 0.5);
        ConfidenceModel zhDe = ConfidenceModels.DEFAULT.of(Language.CHINESE, Language.GERMAN);
        int compared = 0;
        for (int i = 0; i < 10_000; i++) {
            Evidence e = new Evidence(random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble(),
                    random.nextDouble(), random.nextInt(4));
            double english = ConfidenceModel.DEFAULT.confidence(e);
            double chinese = zhDe.confidence(e);
            org.junit.jupiter.api.Assertions.assertTrue(chinese > 0.5 && chinese < 0.6, "shown " + chinese);
            if (Math.abs(english - 0.5) > 0.02) { // away from the boundary the rounding of the weights blurs
                assertEquals(english >= 0.5, chinese >= threshold, () -> "evidence " + e);
                compared++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(compared > 9_000);
    }
}
