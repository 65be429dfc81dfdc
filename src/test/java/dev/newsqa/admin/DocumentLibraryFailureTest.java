package dev.newsqa.admin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed write of an article tells the client what failed, never where on the server. */
class DocumentLibraryFailureTest {

    private static final String FOLDER = "/srv/news-qa/seeds";

    @Test
    void aReadOnlyFolderIsNamedByWhatItRefusedNotByItsPath() {
        DocumentChangeException e = DocumentLibrary.failure("write", "005_new.txt",
                new AccessDeniedException(FOLDER + "/.005_new.txt.1234.tmp"));
        assertThat(e.reason()).isEqualTo(DocumentChangeException.Reason.FAILED);
        assertThat(e.getMessage()).isEqualTo("could not write '005_new.txt': the documents folder does not allow it");
    }

    @Test
    void noFailureCarriesAServerPath() {
        for (IOException cause : new IOException[] {
                new FileSystemException(FOLDER + "/a.txt", null, "No space left on device"),
                new FileSystemException(FOLDER + "/a.txt", FOLDER + "/b.txt", "Read-only file system"),
                new FileSystemException(FOLDER + "/a.txt", null, "cannot use " + FOLDER),
                new FileSystemException(FOLDER + "/a.txt"),
                new IOException("error at " + FOLDER + "/a.txt")}) {
            String message = DocumentLibrary.failure("remove", "a.txt", cause).getMessage();
            assertThat(message).as(cause.toString()).startsWith("could not remove 'a.txt': ").doesNotContain(FOLDER);
        }
        assertThat(DocumentLibrary.failure("write", "a.txt",
                new FileSystemException(FOLDER + "/a.txt", null, "No space left on device")).getMessage())
                .endsWith(": No space left on device");
    }
}
