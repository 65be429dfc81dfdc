package dev.newsqa.web;

import dev.newsqa.channel.StandInServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The widget on another site's page (another origin), with that site's hostile styles. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class WidgetBrowserTest extends BrowserTestBase {


    @Test
    void widgetOnAnotherOriginOpensTheChatAndAnswers() throws Exception {
        String appOrigin = app.toString().replaceAll("/$", "");
        String host = StandInServer.url() + "/host.html?app=" + URLEncoder.encode(appOrigin, StandardCharsets.UTF_8);
        assertThat(URI.create(host).getPort()).isNotEqualTo(app.getPort());
        browser.get(host);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement widget = wait.until(d -> d.findElement(By.cssSelector("[data-newsqa-widget]")));
        SearchContext shadow = widget.getShadowRoot();

        WebElement launcher = wait.until(d -> shadow.findElement(By.cssSelector(".qa-launcher")));
        wait.until(d -> launcher.getCssValue("background-color").equals("rgba(10, 125, 69, 1)"));
        assertThat(launcher.isDisplayed()).as("the host page's 'button { display: none }' does not reach it").isTrue();
        assertThat(launcher.getAttribute("aria-label")).isEqualTo("Ask our news desk");
        assertThat(launcher.getRect().getX()).as("data-position=bottom-left").isLessThan(100);
        assertThat(launcher.getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");

        launcher.click();
        WebElement input = wait.until(d -> shadow.findElement(By.cssSelector("textarea.qa-input")));
        assertThat(shadow.findElement(By.cssSelector(".qa-title")).getText()).isEqualTo("Ask our news desk");
        input.sendKeys("What was the peak traffic on Singles Day in 2020?", Keys.ENTER);
        WebElement answer = wait.until(d -> shadow.findElement(By.cssSelector(".qa-answer-text")));
        assertThat(answer.getText()).contains("583,000");
        assertThat(shadow.findElement(By.cssSelector(".qa-cite-title")).getText())
                .isEqualTo("ChinAI #120: Singles Day and the Making of Alibaba Cloud");
        assertThat(answer.getCssValue("font-size")).as("the host page's font-size does not reach it").isEqualTo("16px");

        Files.createDirectories(ChatPageBrowserTest.SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                ChatPageBrowserTest.SCREENSHOTS.resolve("widget-answer.png"), StandardCopyOption.REPLACE_EXISTING);

        shadow.findElement(By.cssSelector(".qa-close")).click();
        wait.until(d -> !shadow.findElement(By.cssSelector(".qa-panel")).isDisplayed());
    }
}
