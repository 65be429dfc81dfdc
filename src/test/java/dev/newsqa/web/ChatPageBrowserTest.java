package dev.newsqa.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat page at "/" in headless Chromium, as a person uses it. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class ChatPageBrowserTest extends BrowserTestBase {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ANSWERED = "li.qa-bot:not(.qa-pending):not(.qa-welcome)";


    @BeforeEach
    void openChat() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(app.toString());
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea.qa-input")));
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Types a question, presses Enter and returns the finished reply. */
    private static WebElement ask(String question) {
        int before = browser.findElements(By.cssSelector(ANSWERED)).size();
        WebElement input = browser.findElement(By.cssSelector("textarea.qa-input"));
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
        waitFor().until(d -> d.findElements(By.cssSelector(ANSWERED)).size() > before);
        List<WebElement> replies = browser.findElements(By.cssSelector(ANSWERED));
        return replies.get(replies.size() - 1);
    }

    @Test
    void answersWithCitationsExpandsThePassageAndFollowsUp() throws Exception {
        WebElement reply = ask("What was the peak traffic on Singles Day in 2020?");
        assertThat(reply.findElement(By.cssSelector(".qa-answer-text")).getText()).contains("583,000");
        // the question box holds the service's own limit, asked of /api/chat-settings
        assertThat(browser.findElement(By.cssSelector(".qa-input")).getAttribute("maxlength")).isEqualTo("1000");
        WebElement first = reply.findElement(By.cssSelector(".qa-citation"));
        assertThat(first.findElement(By.cssSelector(".qa-cite-num")).getText()).isEqualTo("1");
        assertThat(first.findElement(By.cssSelector(".qa-cite-title")).getText())
                .isEqualTo("ChinAI #120: Singles Day and the Making of Alibaba Cloud");
        assertThat(first.findElement(By.cssSelector(".qa-extract")).getText()).contains("583,000");

        first.findElement(By.cssSelector(".qa-expand")).click();
        WebElement passage = waitFor().until(d -> first.findElement(By.cssSelector(".qa-passage")));
        String extract = first.findElement(By.cssSelector(".qa-extract")).getText();
        assertThat(passage.findElement(By.tagName("mark")).getText()).isEqualTo(extract);
        assertThat(passage.getText().length()).isGreaterThan(extract.length());

        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("chat-answer.png"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(reply.findElements(By.cssSelector(".qa-read-with"))).isEmpty();
        WebElement followUp = ask("And in 2019?");
        assertThat(followUp.findElement(By.cssSelector(".qa-answer-text")).getText()).contains("544,000");
        assertThat(followUp.findElement(By.cssSelector(".qa-read-with")).getText())
                .isEqualTo("Read together with your previous question: \u201cWhat was the peak traffic on Singles Day in 2020?\u201d");
        // a question that stands on its own, asked next, is not read with the previous one
        WebElement standalone = ask("How many users does DingTalk have?");
        assertThat(standalone.findElement(By.cssSelector(".qa-answer-text")).getText()).contains("300 million");
        assertThat(standalone.findElements(By.cssSelector(".qa-read-with"))).isEmpty();
    }

    @Test
    void saysPlainlyWhenTheArticlesDoNotHoldTheAnswer() {
        WebElement reply = ask("How do I bake bread?");
        assertThat(reply.getAttribute("class")).contains("qa-not-found");
        assertThat(reply.getText()).contains("do not answer");
        assertThat(reply.findElements(By.cssSelector(".qa-citation"))).isEmpty();
    }

    @Test
    void anAnswersOwnWordsAreInItsQuestionsLanguageAndThePagesInTheBrowsers() {
        WebElement german = ask("Wer hat die Fußball-Weltmeisterschaft 2018 gewonnen?");
        assertThat(german.getAttribute("class")).contains("qa-not-found");
        assertThat(german.getAttribute("lang")).isEqualTo("de");
        // the text the API returned, and the hint under it in the same language
        assertThat(german.findElement(By.cssSelector(".qa-text")).getText())
                .isEqualTo("Die Artikel beantworten diese Frage nicht.");
        assertThat(german.getText()).contains("formulieren Sie die Frage um");
        // the page's own controls stay in the browser's language
        assertThat(german.findElement(By.cssSelector(".qa-feedback-label")).getText()).isEqualTo("Helpful?");

        WebElement chinese = ask("谁赢得了2018年世界杯？");
        assertThat(chinese.findElement(By.cssSelector(".qa-text")).getText()).isEqualTo("文章中没有这个问题的答案。");

        WebElement answered = ask("Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?");
        assertThat(answered.findElement(By.cssSelector(".qa-sources-label")).getText()).isEqualToIgnoringCase("Quellen");
        assertThat(answered.findElement(By.cssSelector(".qa-extract")).getAttribute("lang")).isEqualTo("de");
        assertThat(answered.findElement(By.cssSelector(".qa-expand")).getText()).isEqualTo("Show passage");
    }

    @Test
    void theChatsOwnStringsFollowTheBrowsersLanguage() {
        // what navigator.language reports, set before the page's scripts run and taken back after the test
        Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(navigator, 'language', {get: () => 'de-AT'});"
                        + "Object.defineProperty(navigator, 'languages', {get: () => ['de-AT', 'de']});"));
        try {
            openChat();
            assertThat(browser.findElement(By.cssSelector(".qa-new")).getText()).isEqualTo("Neues Gespräch");
            assertThat(browser.findElement(By.cssSelector(".qa-input")).getAttribute("placeholder"))
                    .isEqualTo("Stellen Sie eine Frage zu den Artikeln …");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            // an English question's answer is still worded in English, whatever the page's language
            WebElement english = ask("How do I bake bread?");
            assertThat(english.findElement(By.cssSelector(".qa-text")).getText())
                    .isEqualTo("The articles do not answer this question.");
            assertThat(english.findElement(By.cssSelector(".qa-feedback-label")).getText()).isEqualTo("Hilfreich?");
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void htmlInExtractsAndQuestionsShowsAsText() {
        WebElement reply = ask("How many lanterns did the Tromsø lantern festival set as a record?");
        WebElement citation = reply.findElement(By.cssSelector(".qa-citation"));
        assertThat(citation.findElement(By.cssSelector(".qa-cite-source")).getText()).isEqualTo(BrowserProfile.HOSTILE_SOURCE);
        assertThat(citation.findElement(By.cssSelector(".qa-extract")).getText())
                .contains("<script>window.__xss = 1</script>", "<img src=x onerror=\"window.__xss = 2\">");

        String question = "<img src=x onerror=\"window.__xss = 3\"><b>bold</b> question?";
        ask(question);
        List<WebElement> mine = browser.findElements(By.cssSelector("li.qa-user"));
        assertThat(mine.get(mine.size() - 1).getText()).isEqualTo(question);

        assertThat(browser.findElements(By.cssSelector(".qa-log img, .qa-log script, .qa-log b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void shiftEnterStartsANewLineAndEnterSends() {
        WebElement input = browser.findElement(By.cssSelector("textarea.qa-input"));
        input.sendKeys("first line");
        input.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        input.sendKeys("second line");
        assertThat(input.getAttribute("value")).isEqualTo("first line\nsecond line");
        assertThat(browser.findElements(By.cssSelector("li.qa-user"))).isEmpty();
        input.sendKeys(Keys.ENTER);
        waitFor().until(d -> !d.findElements(By.cssSelector("li.qa-user")).isEmpty());
        assertThat(input.getAttribute("value")).isEmpty();
    }

    @Test
    void feedbackIsSentAndKept() throws Exception {
        Path file = BrowserProfile.FEEDBACK.resolve("feedback.jsonl");
        long before = Files.exists(file) ? Files.readAllLines(file).size() : 0;
        WebElement reply = ask("How much money did the chip company Eswin raise?");
        reply.findElement(By.cssSelector(".qa-vote-up")).click();
        WebElement comment = reply.findElement(By.cssSelector("textarea.qa-comment"));
        comment.sendKeys("Exactly the figure I needed — ✓");
        reply.findElement(By.cssSelector(".qa-feedback-send")).click();
        waitFor().until(d -> !reply.findElements(By.cssSelector(".qa-feedback-thanks")).isEmpty());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize((int) before + 1);
        assertThat(lines.get(lines.size() - 1))
                .contains("\"vote\":\"up\"", "\"question\":\"How much money did the chip company Eswin raise?\"",
                        "Exactly the figure I needed — ✓", "\"answered\":true");
    }

    @Test
    void errorsAreShownWithoutBreakingTheChat() {
        // 400: a question longer than the service accepts (typed past the box's own limit by script)
        WebElement input = browser.findElement(By.cssSelector("textarea.qa-input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = 'x'.repeat(1200)", input);
        input.sendKeys(Keys.ENTER);
        WebElement refused = waitFor().until(d -> d.findElement(By.cssSelector("li.qa-error")));
        assertThat(refused.getText()).contains("HTTP 400", "1200 characters");

        // network down
        browser.setNetworkConditions(offline(true));
        try {
            input.sendKeys("What was the peak traffic on Singles Day in 2020?", Keys.ENTER);
            waitFor().until(d -> d.findElements(By.cssSelector("li.qa-error")).size() == 2);
            List<WebElement> errors = browser.findElements(By.cssSelector("li.qa-error"));
            assertThat(errors.get(1).getText()).contains("Could not reach the service");
        } finally {
            browser.setNetworkConditions(offline(false));
        }
        // back online, the retry button asks again and the chat carries on
        browser.findElements(By.cssSelector("li.qa-error .qa-retry")).get(1).click();
        waitFor().until(d -> d.findElements(By.cssSelector(".qa-answer-text")).stream()
                .anyMatch(e -> e.getText().contains("583,000")));
    }

    @Test
    void worksOnAPhoneSizedScreen() {
        browser.manage().window().setSize(new Dimension(375, 740));
        browser.navigate().refresh();
        WebElement reply = ask("What was the peak traffic on Singles Day in 2020?");
        assertThat(reply.getText()).contains("583,000");
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        WebElement send = browser.findElement(By.cssSelector(".qa-send"));
        assertThat(send.isDisplayed()).isTrue();
        assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", send)).doubleValue())
                .isLessThanOrEqualTo(375);
    }

    @Test
    void nothingIsBlockedByTheContentSecurityPolicy() {
        ask("What was the peak traffic on Singles Day in 2020?");
        List<LogEntry> logs = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(logs).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    }

    private static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }
}
