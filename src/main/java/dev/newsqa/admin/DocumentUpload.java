package dev.newsqa.admin;

import dev.newsqa.api.ApiException;
import dev.newsqa.ingest.DocumentFolderReader;

import java.nio.charset.CharacterCodingException;
import java.util.regex.Pattern;

/** An article sent to the service, checked: a safe file name, a bounded size, strict UTF-8, some text. */
public record DocumentUpload(String name, String text) {

    /** Visible, flat (no folders, no "..") .txt names of letters, digits, dot, dash and underscore. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,195}\\.txt");

    /** Whether a name is one the service accepts for an article (see {@link #checkName}). */
    public static boolean isAcceptedName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.contains("..");
    }

    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ApiException(400, "name is missing: the article's file name, e.g. 005_my_article.txt");
        }
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw new ApiException(400, "name '" + name + "' is not accepted: use letters, digits, '.', '-' and '_',"
                    + " start with a letter or digit, end in .txt (no folders, no hidden files)");
        }
        return name;
    }

    public static DocumentUpload of(String name, byte[] body, long maxBytes) {
        checkName(name);
        if (body == null || body.length == 0) {
            throw new ApiException(400, "the article is empty");
        }
        if (body.length > maxBytes) {
            throw new ApiException(413, "the article is " + body.length + " bytes; the limit is " + maxBytes);
        }
        String text;
        try {
            text = DocumentFolderReader.decode(body);
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "the article is not valid UTF-8 text");
        }
        if (text.isBlank()) {
            throw new ApiException(400, "the article is blank");
        }
        return new DocumentUpload(name, text);
    }
}
