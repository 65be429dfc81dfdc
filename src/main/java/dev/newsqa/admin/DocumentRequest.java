package dev.newsqa.admin;

/** The JSON form of an article upload: {@code {"name": "005_x.txt", "text": "..."}} ({@code name} from the path on PUT). */
public record DocumentRequest(String name, String text) {
}
