package dev.newsqa.store;

import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSearch;
import dev.newsqa.ingest.Article;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shared store whose vectors another build of the model made: found at start, the start fails; found later, the replica stops syncing. */
class ReplicaSyncTest {

    /** A store that is unreachable for the first {@code unreachable} calls to prepare, then holds another build's vectors. */
    private static final class OtherBuildStore implements SharedLibrary {
        private final int unreachable;
        int prepares;
        int lists;

        OtherBuildStore(int unreachable) {
            this.unreachable = unreachable;
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public void prepare() {
            if (prepares++ < unreachable) {
                throw new SharedStoreException("connection refused", null);
            }
            throw new IncompatibleStoreException("the shared store's vectors were made by all-MiniLM-L6-v2-q");
        }

        @Override
        public VectorSearch vectorSearch() {
            return VectorSearch.LOCAL;
        }

        @Override
        public List<SharedArticle> list() {
            lists++;
            return List.of();
        }

        @Override
        public Optional<String> text(String source) {
            return Optional.empty();
        }

        @Override
        public void publish(Article article, List<float[]> passageVectors) {
            throw new AssertionError("nothing is published to a store of another build");
        }

        @Override
        public void remove(String source) {
            throw new AssertionError("nothing is removed from a store of another build");
        }

        @Override
        public String describe() {
            return "a store of another build";
        }
    }

    private static final ReplicaCopy COPY = new ReplicaCopy() {
        private final CorpusIndex index = CorpusIndex.build(List.of(), new LanguageAnalyzers());

        @Override
        public Optional<CorpusIndex> index() {
            return Optional.of(index);
        }

        @Override
        public <T> T exclusively(Supplier<T> work) {
            return work.get();
        }

        @Override
        public boolean acceptsName(String source) {
            return true;
        }

        @Override
        public void replace(Map<String, String> fetched, Set<String> removed) {
        }
    };

    private static StoreConfig config() {
        return new StoreConfig() {
            public Kind kind() {
                return Kind.ELASTICSEARCH;
            }

            public Elasticsearch elasticsearch() {
                return new Elasticsearch() {
                    public Optional<String> url() {
                        return Optional.of("http://127.0.0.1:1");
                    }

                    public Optional<String> apiKey() {
                        return Optional.empty();
                    }

                    public String indexPrefix() {
                        return "news-qa";
                    }

                    public Duration syncInterval() {
                        return Duration.ofHours(1); // rounds are run by the test
                    }

                    public Duration timeout() {
                        return Duration.ofSeconds(1);
                    }

                    public int numCandidates() {
                        return 100;
                    }
                };
            }
        };
    }

    @Test
    void aStoreOfAnotherBuildFoundAtStartStopsTheStart() {
        OtherBuildStore store = new OtherBuildStore(0);
        ReplicaSync sync = new ReplicaSync(store, COPY, config(), new SimpleMeterRegistry());

        assertThatThrownBy(() -> sync.onStart(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("all-MiniLM-L6-v2-q");
        assertThat(store.lists).isZero();
    }

    @Test
    void foundLaterTheReplicaStopsSynchronisingAndServesItsOwnCopy() {
        OtherBuildStore store = new OtherBuildStore(1);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        ReplicaSync sync = new ReplicaSync(store, COPY, config(), metrics);

        sync.onStart(null); // unreachable: the replica starts on its own copy and retries
        assertThat(metrics.counter("qa.store.sync", "outcome", "failed").count()).isEqualTo(1);

        sync.synchronizeNow(); // reachable now, and of the other build: logged, never thrown
        sync.synchronizeNow(); // and not asked again
        sync.stop();

        assertThat(store.prepares).isEqualTo(2);
        assertThat(store.lists).isZero();
        assertThat(metrics.counter("qa.store.sync", "outcome", "incompatible").count()).isEqualTo(1);
    }
}
