package dev.newsqa.index;

import dev.newsqa.ingest.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The direction along which all-MiniLM-L6-v2 tells German text from English, and where each language's sentences lie
 * on it. MiniLM is an English model: a German question and any German sentence share a component that has nothing to
 * do with what either says (on the seeds a German question's mean cosine with the German sentences is above its mean
 * with the English ones by 0.17 at the median of the 79 German questions of the two German seed sets, 0.10–0.22 for
 * four in five, whatever it asks), so in a corpus holding both, German sentences look closer to a German question than
 * the English sentence that answers it. {@link #languageShare} is that component: the question's
 * position on the axis times the mean position of the text's language, which a ranking takes off a cosine to compare
 * texts of two languages on what they say. Within one language it is the same for every text, so it changes no
 * ranking among texts of one language.
 *
 * <p>The axis is the difference of the mean sentence vectors of the same paragraphs in German and in English —
 * XQuAD's even-numbered articles, 288 and 309 sentences (CC BY-SA 4.0) — made unit length; the means are those
 * sentences' positions on it (German 0.44, English −0.03; on the odd-numbered articles 0.45 and 0.01). Made by
 * {@code eval.LanguageAxisFit}; no question was used. The quantized build of the model
 * ({@code qa.embeddings.model=quantized}) places texts within 0.01 of the full build's position on it (six German and
 * English questions and sentences measured), so its space is read with the same axis.
 */
public final class LanguageAxis {

    static final String RESOURCE = "/models/minilm-german-english-axis.tsv";

    /** No axis: nothing is taken off (a space it was not made for, or a model of another dimension). */
    public static final LanguageAxis NONE = new LanguageAxis(new float[0], Map.of());

    private static final LanguageAxis MINILM = load();

    private final float[] axis;
    private final Map<Language, Double> means;

    /**
     * @param axis  a unit vector of the space
     * @param means each language's mean position on it (languages not named: 0, nothing taken off)
     */
    public LanguageAxis(float[] axis, Map<Language, Double> means) {
        this.axis = axis.clone();
        this.means = means.isEmpty() ? Map.of() : new EnumMap<>(means);
    }

    /** MiniLM's German-English axis, read once from the bundled table. */
    public static LanguageAxis miniLm() {
        return MINILM;
    }

    /**
     * The share of a unit question vector's cosine with a text of {@code text}'s language that comes from the text's
     * language: 0 for a vector of another dimension than the axis (another model's space).
     */
    public double languageShare(float[] question, Language text) {
        return along(question) * mean(text);
    }

    /** The question's position on the axis (0 when the axis does not apply to its space). */
    public double along(float[] question) {
        return question.length != axis.length || axis.length == 0 ? 0 : Vectors.dot(axis, question);
    }

    /** The mean position of a language's sentences on the axis. */
    public double mean(Language language) {
        return means.getOrDefault(language, 0.0);
    }

    /**
     * Reads the table: lines starting with {@code #} are comments, {@code mean<TAB>code<TAB>value} a language's mean,
     * every other line one component of the axis.
     */
    static LanguageAxis read(InputStream in) throws IOException {
        List<Float> components = new ArrayList<>();
        Map<Language, Double> means = new EnumMap<>(Language.class);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells[0].equals("mean") && cells.length == 3) {
                    Language language = Language.ofCode(cells[1])
                            .orElseThrow(() -> new IOException("unknown language in " + RESOURCE + ": " + cells[1]));
                    means.put(language, Double.parseDouble(cells[2]));
                } else {
                    components.add(Float.parseFloat(cells[0]));
                }
            }
        }
        float[] axis = new float[components.size()];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = components.get(i);
        }
        return new LanguageAxis(axis, means);
    }

    private static LanguageAxis load() {
        try (InputStream in = LanguageAxis.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}
