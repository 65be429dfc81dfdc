package dev.newsqa.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * English words read in one form, so that a question meets an article that writes the same thing another way. A
 * demonym is read as its country: "Peruvian" as "Peru", so that "Who is the president of Peru?" finds "Peruvian
 * President Dina Boluarte" by its words, not only by its vector ({@code dictionaries/demonyms-en.tsv}, one-word
 * demonyms of one-word countries, from mledoze/countries under ODbL 1.0, made by {@code DemonymTableBuilder}). A
 * British spelling is read as the American one: "centre" as "center", "organisation" as "organization"
 * ({@code dictionaries/british-american-en.tsv}, from the npm package american-british-english-translator, MIT, made
 * by {@code BritishSpellingTableBuilder}). The word becomes the other form's stem and is not stemmed again (Lucene's
 * {@link StemmerOverrideFilter}), so it meets that form as the English chain stems it.
 */
final class EnglishForms {

    private static final List<String> TABLES = List.of("/dictionaries/demonyms-en.tsv",
            "/dictionaries/british-american-en.tsv");
    private static final StemmerOverrideFilter.StemmerOverrideMap MAP = load();

    private EnglishForms() {
    }

    /** The English chain's stream with every word of the tables in its other form, stemmed; put it before the stemmer. */
    static TokenStream inOneForm(TokenStream lowerCased) {
        return new StemmerOverrideFilter(lowerCased, MAP);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap load() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String table : TABLES) {
            try (InputStream in = EnglishForms.class.getResourceAsStream(table)) {
                if (in == null) {
                    throw new IllegalStateException("the table " + table + " is missing from the jar");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] pair = line.split("\t");
                    builder.add(pair[0], porter(pair[1]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The word as the English chain's Porter stemmer leaves it ("germany" → "germani"). */
    private static String porter(String word) throws IOException {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stemmed = new PorterStemFilter(tokenizer)) {
            CharTermAttribute term = stemmed.addAttribute(CharTermAttribute.class);
            stemmed.reset();
            stemmed.incrementToken();
            String out = term.toString();
            stemmed.end();
            return out;
        }
    }
}
