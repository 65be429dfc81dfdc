package dev.newsqa.corpus;

import dev.newsqa.model.MiniLmEmbeddingModel;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A deterministic stand-in for the real model that counts what it is asked to embed. */
final class CountingEmbeddingModel implements EmbeddingModel {

    private final String name;
    private final int dimension;
    int segments;

    /** A stand-in for all-MiniLM-L6-v2. */
    CountingEmbeddingModel() {
        this(MiniLmEmbeddingModel.NAME, MiniLmEmbeddingModel.DIMENSION);
    }

    /** A stand-in for another model: a build of bge-small-zh, say. */
    CountingEmbeddingModel(String name, int dimension) {
        this.name = name;
        this.dimension = dimension;
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> textSegments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment s : textSegments) {
            Random random = new Random(s.text().hashCode());
            float[] v = new float[dimension];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextFloat() - 0.5f;
            }
            out.add(Embedding.from(v));
        }
        segments += textSegments.size();
        return Response.from(out);
    }
}
