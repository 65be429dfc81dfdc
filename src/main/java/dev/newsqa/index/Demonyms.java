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

/**
 * English demonyms read as their countries: "Peruvian" is indexed and searched as "Peru", so that "Who is the president
 * of Peru?" finds "Peruvian President Dina Boluarte" by its words, not only by its vector. The table
 * ({@code dictionaries/demonyms-en.tsv}, from mledoze/countries under ODbL 1.0, made by {@code DemonymTableBuilder})
 * holds one-word demonyms of one-word countries. A demonym becomes its country's stem and is not stemmed again
 * (Lucene's {@link StemmerOverrideFilter}), so it meets the country's name as the English chain stems it.
 */
final class Demonyms {

    private static final String TABLE = "/dictionaries/demonyms-en.tsv";
    private static final StemmerOverrideFilter.StemmerOverrideMap MAP = load();

    private Demonyms() {
    }

    /** The English chain's stream with every demonym replaced by its country's stem; put it before the stemmer. */
    static TokenStream asCountries(TokenStream lowerCased) {
        return new StemmerOverrideFilter(lowerCased, MAP);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap load() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        try (InputStream in = Demonyms.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the demonym table " + TABLE + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                builder.add(pair[0], porter(pair[1]));
            }
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
