package dev.newsqa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lucene's HNSW graph over the passage vectors, for large corpora: a question visits a few hundred vectors
 * instead of all of them. It only proposes candidate rows; {@link FlatVectorIndex} scores them exactly.
 * Built in memory with the rest of the index (about 1 s for 5,000 passages on this machine's two cores).
 */
final class GraphCandidates {

    private static final String FIELD = "v";

    private final IndexSearcher searcher;

    /** @param matrix {@code rows} unit vectors of {@code dimension} values, one after the other */
    GraphCandidates(float[] matrix, int rows, int dimension) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        // one in-memory segment, so that a document's number is its row; Lucene keeps its own copy of the vectors
        // (7.7 MB at 5,000 passages), which its graph search reads
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(1024);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int row = 0; row < rows; row++) {
                float[] v = new float[dimension];
                System.arraycopy(matrix, row * dimension, v, 0, dimension);
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(FIELD, v, VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() != 1 || reader.maxDoc() != rows) {
                throw new IllegalStateException("the vector graph is not one segment of " + rows + " documents");
            }
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of about the {@code n} nearest vectors (approximate: the graph may miss some). */
    int[] nearest(float[] question, int n) {
        try {
            ScoreDoc[] docs = searcher.search(new KnnFloatVectorQuery(FIELD, question, n), n).scoreDocs;
            int[] rows = new int[docs.length];
            for (int i = 0; i < docs.length; i++) {
                rows[i] = docs[i].doc;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
