package dev.newsqa.admin;

/**
 * Why a change to the articles was refused or failed, in words for the caller; the web edge decides what it means
 * in HTTP ({@link DocumentsAdminResource}). Messages never name a server path.
 */
public class DocumentChangeException extends RuntimeException {

    /** The kinds of refusal and failure a caller can act on differently. */
    public enum Reason {
        /** adding an article under a name that is taken */
        EXISTS,
        /** replacing or removing an article that is not there */
        NOT_FOUND,
        /** nothing of the article is left to index (all boilerplate) */
        NOTHING_TO_INDEX,
        /** removing the last article */
        LAST_ARTICLE,
        /** the store the replicas share cannot be reached: nothing was changed */
        SHARED_STORE_UNREACHABLE,
        /** the documents folder refused a read or write, or indexing failed: nothing was changed */
        FAILED
    }

    private final Reason reason;

    public DocumentChangeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
