package dev.newsqa.store;

/**
 * The shared store holds passage vectors made by another build of the embedding model than this replica's: its
 * searches would compare vectors of two spaces and its writes would mix them, so it neither searches nor writes there.
 */
public final class IncompatibleStoreException extends SharedStoreException {

    public IncompatibleStoreException(String message) {
        super(message, null);
    }
}
