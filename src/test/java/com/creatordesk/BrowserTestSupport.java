package com.creatordesk;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of every {@code *BrowserTests} class: the application on a random port and a Chromium driving it. */
@BrowserTest
public abstract class BrowserTestSupport {

    protected static Browser browser;

    @BeforeAll
    static void launchBrowser(@LocalServerPort int port) {
        browser = Browser.launch(port);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
