package com.creatordesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Playwright with the system Chromium (Debian's /usr/bin/chromium; Playwright never downloads a browser
 * here). Outside CI, browser tests are skipped with a message when Chromium is not installed; in CI
 * ({@code CI=true}) a missing Chromium fails them.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run")));
    }

    public static Browser launch(int port) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not found at " + CHROMIUM
                    + ": install it (apt-get install chromium) to run the browser tests");
        }
        String driverDir = System.getProperty("playwright.driver.tmpdir");
        if (driverDir != null) {
            try {
                Files.createDirectories(Paths.get(driverDir));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Browser("http://localhost:" + port);
    }

    /** A fresh, isolated browser profile (cookies, storage) — like a second person at another computer. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Signs up a new organization through the real form; the page ends signed in as its Owner. */
    public static void signUp(Page page, String organization, String name, String email, String password) {
        page.navigate("/signup");
        page.getByLabel("Organization name").fill(organization);
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Work email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create workspace")).click();
        page.waitForURL("**/campaigns");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
