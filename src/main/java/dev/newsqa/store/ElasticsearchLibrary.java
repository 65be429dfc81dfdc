package dev.newsqa.store;

import dev.newsqa.index.VectorSearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.elasticsearch.ElasticsearchConfigurationKnn;
import dev.langchain4j.store.embedding.elasticsearch.ElasticsearchEmbeddingStore;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.Passage;
import dev.newsqa.model.MiniLmEmbeddingModel;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared library on an Elasticsearch cluster: the passage vectors in LangChain4j's Elasticsearch embedding
 * store (index {@code <prefix>-passages}, kNN search on a {@code dense_vector} field with cosine similarity, full
 * float HNSW rather than the int8-quantised default, so that rankings match the exact in-memory search), the
 * article texts with their hashes and tombstones in {@code <prefix>-articles}. Both indices are created on first
 * use. Writes are refreshed before they return, so another replica's next read sees them.
 * <p>
 * The passages index records the build of the model its vectors were made with ({@code _meta.model}); a replica of
 * another build ({@code qa.embeddings.model}) gets {@link IncompatibleStoreException} from {@link #prepare()}, and until
 * a {@code prepare()} has checked the build, searches stay on the replica's own vectors and writes check it first.
 * An index made before builds were recorded holds the full build's vectors (the only one there was): a full-build
 * replica records it, a quantized one is refused.
 */
public final class ElasticsearchLibrary implements SharedLibrary, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ElasticsearchLibrary.class);

    /** An article's document in the articles index; {@code text} is left out of listings. */
    public record ArticleDocument(String source, String text, String sha256, int passages, boolean deleted,
                                  long updated) {
    }

    /** Articles listed per request, paged by name. */
    private static final int PAGE = 1000;

    private final RestClient rest;
    private final ElasticsearchClient client;
    private final ElasticsearchEmbeddingStore store;
    private final String url;
    private final String articles;
    private final String passages;
    private final String model;
    private final int dimension;
    private final int page;
    /** Set once {@link #prepare()} has found the indices and the passages' build to be this replica's. */
    private volatile boolean prepared;

    private ElasticsearchLibrary(RestClient rest, String url, String prefix, String model, int dimension,
                                 int numCandidates, int page) {
        this.rest = rest;
        this.model = model;
        this.url = url;
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        this.articles = prefix + "-articles";
        this.passages = prefix + "-passages";
        this.dimension = dimension;
        this.page = page;
        this.store = ElasticsearchEmbeddingStore.builder().client(client).indexName(passages)
                .configuration(ElasticsearchConfigurationKnn.builder().numCandidates(numCandidates).build())
                .build();
    }

    /**
     * Connects (lazily: nothing is sent until the first call) with the configured address, key and timeouts.
     *
     * @param model the name of the build that makes this replica's passage vectors ("all-MiniLM-L6-v2")
     */
    public static ElasticsearchLibrary connect(StoreConfig.Elasticsearch config, String model, int dimension) {
        return connect(config, model, dimension, PAGE);
    }

    /** @param page articles listed per request (small in tests, to exercise the paging) */
    static ElasticsearchLibrary connect(StoreConfig.Elasticsearch config, String model, int dimension, int page) {
        String url = config.url().orElseThrow(() -> new IllegalStateException(
                "qa.store=elasticsearch needs qa.elasticsearch.url (QA_ELASTICSEARCH_URL), e.g. http://localhost:9200"));
        int timeout = (int) config.timeout().toMillis();
        var builder = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(r -> r.setConnectTimeout(timeout).setSocketTimeout(timeout));
        config.apiKey().ifPresent(key -> builder.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", "ApiKey " + key)}));
        return new ElasticsearchLibrary(builder.build(), url, config.indexPrefix(), model, dimension,
                config.numCandidates(), page);
    }

    /**
     * Creates the two indices where they do not exist yet (another replica may create them at the same time) and checks
     * that the passages' vectors are of this replica's build; once that has succeeded, it does nothing.
     *
     * @throws IncompatibleStoreException when they were made by another build
     */
    @Override
    public void prepare() {
        if (prepared) {
            return;
        }
        call("create the indices", () -> {
            create(passages, """
                    {"mappings": {"_meta": {"model": "%s"}, "properties": {
                      "vector": {"type": "dense_vector", "dims": %d, "index": true, "similarity": "cosine",
                                 "index_options": {"type": "hnsw"}},
                      "text": {"type": "text", "index": false},
                      "metadata": {"properties": {"source": {"type": "keyword"}, "sha256": {"type": "keyword"}}}}}}
                    """.formatted(model, dimension));
            create(articles, """
                    {"mappings": {"properties": {
                      "source": {"type": "keyword"}, "text": {"type": "text", "index": false},
                      "sha256": {"type": "keyword"}, "passages": {"type": "integer"},
                      "deleted": {"type": "boolean"}, "updated": {"type": "date", "format": "epoch_millis"}}}}
                    """);
            checkModel();
            return null;
        });
        prepared = true;
    }

    /** Whether {@link #prepare()} has succeeded: the store's vectors are known to be of this replica's build. */
    boolean prepared() {
        return prepared;
    }

    private void checkModel() throws IOException {
        // keyed by the real index: with an alias in front of it, or several behind one, every one must agree
        Set<String> recorded = new TreeSet<>();
        boolean unrecorded = false;
        for (var mapping : client.indices().getMapping(g -> g.index(passages)).result().values()) {
            var meta = mapping.mappings().meta();
            if (meta != null && meta.containsKey("model")) {
                recorded.add(meta.get("model").to(String.class));
            } else {
                unrecorded = true;
            }
        }
        if (unrecorded) {
            // made before builds were recorded, when the full build was the only one
            recorded.add(MiniLmEmbeddingModel.NAME);
        }
        if (!recorded.equals(Set.of(model))) {
            throw new IncompatibleStoreException("the shared store's vectors (" + passages + ") were made by "
                    + String.join(" and ", recorded) + (unrecorded ? " (recorded before builds were)" : "")
                    + ", this replica embeds with " + model + ": set qa.embeddings.model to the store's build, or give"
                    + " this build its own qa.elasticsearch.index-prefix");
        }
        if (unrecorded) {
            record();
        }
    }

    /** Records this replica's build on an index made before builds were recorded, for the replicas after it. */
    private void record() throws IOException {
        try {
            client.indices().putMapping(p -> p.index(passages).meta("model", JsonData.of(model)));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() != 403) {
                throw e;
            }
            // an API key that may read and write but not manage indices: the store still holds the full build's
            // vectors, which an unrecorded index is taken to hold, so this replica goes on
            LOG.warnf("could not record the build %s on %s (%s): the API key may not change mappings", model, passages,
                    e.getMessage());
        }
    }

    private void create(String index, String body) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(index).withJson(new StringReader(body)));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public VectorSearch vectorSearch() {
        return local -> new SharedVectorRetriever(store, local, this::prepared);
    }

    @Override
    public List<SharedArticle> list() {
        return call("list the articles", () -> {
            List<SharedArticle> out = new ArrayList<>();
            String after = null;
            while (true) {
                String from = after;
                var response = client.search(s -> {
                    s.index(articles).size(page).sort(o -> o.field(f -> f.field("source")))
                            .source(src -> src.filter(f -> f.excludes("text")));
                    if (from != null) {
                        s.searchAfter(co.elastic.clients.elasticsearch._types.FieldValue.of(from));
                    }
                    return s;
                }, ArticleDocument.class);
                List<Hit<ArticleDocument>> hits = response.hits().hits();
                for (Hit<ArticleDocument> hit : hits) {
                    ArticleDocument d = hit.source();
                    if (d != null) {
                        out.add(new SharedArticle(d.source(), d.sha256(), d.deleted()));
                    }
                }
                if (hits.size() < page) {
                    return out;
                }
                after = hits.get(hits.size() - 1).source().source();
            }
        });
    }

    @Override
    public Optional<String> text(String source) {
        return call("read " + source, () -> {
            GetResponse<ArticleDocument> got = client.get(g -> g.index(articles).id(source), ArticleDocument.class);
            return got.found() && got.source() != null && !got.source().deleted()
                    ? Optional.ofNullable(got.source().text()) : Optional.empty();
        });
    }

    @Override
    public void publish(Article article, List<float[]> passageVectors) {
        if (passageVectors.size() != article.passages().size()) {
            throw new IllegalArgumentException("one vector per passage of " + article.source());
        }
        prepare(); // a store whose build was never checked is checked first
        call("publish " + article.source(), () -> {
            int before = storedPassages(article.source());
            List<String> ids = new ArrayList<>();
            List<Embedding> embeddings = new ArrayList<>();
            List<TextSegment> segments = new ArrayList<>();
            for (int i = 0; i < passageVectors.size(); i++) {
                Passage p = article.passages().get(i);
                ids.add(p.id());
                embeddings.add(Embedding.from(passageVectors.get(i)));
                segments.add(TextSegment.from(p.text(), Metadata.from("source", article.source())
                        .put("sha256", article.sha256())));
            }
            if (!ids.isEmpty()) {
                store.addAll(ids, embeddings, segments);
            }
            dropPassages(article.source(), ids.size(), before);
            client.indices().refresh(r -> r.index(passages));
            client.index(i -> i.index(articles).id(article.source()).refresh(Refresh.True)
                    .document(new ArticleDocument(article.source(), article.text(), article.sha256(),
                            ids.size(), false, System.currentTimeMillis())));
            return null;
        });
    }

    @Override
    public void remove(String source) {
        prepare(); // a store whose build was never checked is checked first
        call("remove " + source, () -> {
            int before = storedPassages(source);
            client.index(i -> i.index(articles).id(source).refresh(Refresh.True)
                    .document(new ArticleDocument(source, null, null, 0, true, System.currentTimeMillis())));
            dropPassages(source, 0, before);
            client.indices().refresh(r -> r.index(passages));
            return null;
        });
    }

    private int storedPassages(String source) throws IOException {
        GetResponse<ArticleDocument> got = client.get(g -> g.index(articles).id(source)
                .sourceExcludes("text"), ArticleDocument.class);
        return got.found() && got.source() != null ? got.source().passages() : 0;
    }

    /** Deletes the vectors of passages {@code from..to-1} of an article (by id: they are named source#index). */
    private void dropPassages(String source, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(Passage.idOf(source, i));
        }
        if (!ids.isEmpty()) {
            store.removeAll(ids);
        }
    }

    @Override
    public String describe() {
        return "elasticsearch at " + url + " (indices " + articles + ", " + passages + ")";
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            // nothing is left to send; the connections go with the process
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IncompatibleStoreException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SharedStoreException("could not " + what + " in the shared store (" + url + "): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
