package dev.newsqa.web;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;

/** One headless Chromium per test class (see {@link Browser}), and the address of the service under test. */
abstract class BrowserTestBase {

    static ChromeDriver browser;

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
