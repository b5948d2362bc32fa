package com.billaudit.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard driven in headless Chromium against the real server: sign in with a key, upload a
 * bill and watch it finish, open it beside its document, pick a finding and ask a question, filter
 * the list by verdict and by review, read why a bill needs review, and follow an upload's progress
 * while nobody runs it yet. Each view is saved as a screenshot under target/screenshots/.
 */
class DashboardBrowserTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();
    private static final String BILL = "bills/ledger-with-dates-duplicate-and-overcharge.txt";
    private static final String UNREADABLE = "bills/final-bill-with-no-readable-charges.txt";
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Api admin = server.admin();
        Fixtures.scheme(admin, "E2E", "E2E scheme");
        admin.upload("summary.txt", Fixtures.bytes("bills/discharge-summary.txt"), Map.of("scheme", "E2E", "reference", "DS-1"));
        admin.upload("unread.txt", Fixtures.bytes(UNREADABLE), Map.of("scheme", "E2E", "reference", "UNREAD-7"));
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInUploadOpenHighlightAndFilter() throws URISyntaxException {
        browser.get(server.baseUrl() + "/");
        signIn("not-the-key");
        String refusal = visible(By.cssSelector("#sign-in .notice")).getText();
        HeadlessChromium.screenshot(browser, "0-sign-in-refused");
        assertTrue(refusal.contains("not valid"), refusal);
        signIn(server.master());
        assertTrue(visible(By.id("stats")).getText().toLowerCase().contains("recoverable"));
        assertNoStrayText();
        HeadlessChromium.screenshot(browser, "1-overview");

        browser.get(server.baseUrl() + "/#/upload");
        visible(By.id("upload-file")).sendKeys(resourcePath(BILL).toString());
        new Select(browser.findElement(By.id("upload-scheme"))).selectByValue("E2E");
        browser.findElement(By.name("reference")).sendKeys("CLAIM-42");
        browser.findElement(By.id("upload-submit")).click();
        WebElement open = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.elementToBeClickable(By.id("open-analysis")));
        assertTrue(browser.findElement(By.id("upload-status")).getText().toLowerCase().contains("completed"));
        HeadlessChromium.screenshot(browser, "2-upload-finished");
        open.click();

        visible(By.id("findings"));
        assertEquals(8, browser.findElements(By.cssSelector("#lines tbody tr")).size());
        assertTrue(browser.findElement(By.id("verdict")).getText().toLowerCase().contains("critical"));
        assertTrue(visible(By.cssSelector("#document pre")).getText().contains("X-Ray Chest PA View"),
                "the document is shown beside its lines");
        WebElement duplicate = browser.findElements(By.cssSelector("#findings li")).stream()
                .filter(li -> li.getText().toLowerCase().contains("duplicate")).findFirst().orElseThrow();
        duplicate.click();
        List<String> lines = List.of(duplicate.getDomAttribute("data-lines").split(","));
        for (WebElement row : browser.findElements(By.cssSelector("#lines tbody tr"))) {
            boolean expected = lines.contains(row.getDomAttribute("id").replace("line-", ""));
            assertEquals(expected, row.getDomAttribute("class") != null && row.getDomAttribute("class").contains("highlighted"),
                    row.getDomAttribute("id"));
        }
        visible(By.id("question")).sendKeys("Why is line 6 flagged?");
        browser.findElement(By.cssSelector("#ask button[type=submit]")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#questions li .a")));
        assertTrue(answer.getText().contains("X-Ray Chest PA View"), answer.getText());
        assertNoStrayText();
        HeadlessChromium.fullPageScreenshot(browser, "3-analysis-finding-highlighted");

        browser.get(server.baseUrl() + "/#/analyses");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.analyses tbody tr"), 3));
        new Select(browser.findElement(By.id("filter-verdict"))).selectByValue("critical");
        wait.until(ExpectedConditions.urlContains("verdict=critical"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.analyses tbody tr"), 1));
        WebElement row = browser.findElement(By.cssSelector("table.analyses tbody tr"));
        assertEquals("critical", row.getDomAttribute("data-verdict"));
        assertTrue(row.getText().contains("CLAIM-42"));
        HeadlessChromium.screenshot(browser, "4-list-filtered-critical");
        new Select(browser.findElement(By.id("filter-verdict"))).selectByValue("warning");
        assertTrue(visible(By.cssSelector("#analyses-list .empty")).getText().contains("No analyses"));

        browser.get(server.baseUrl() + "/#/analyses");
        new Select(visible(By.id("filter-review"))).selectByValue("needed");
        wait.until(ExpectedConditions.urlContains("review=needed"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.analyses tbody tr"), 1));
        WebElement unsure = browser.findElement(By.cssSelector("table.analyses tbody tr"));
        assertEquals("needed", unsure.getDomAttribute("data-review"));
        assertTrue(unsure.getText().contains("UNREAD-7") && unsure.getText().toLowerCase().contains("review"), unsure.getText());
        HeadlessChromium.screenshot(browser, "5-list-filtered-review-needed");
        unsure.click();
        String reasons = visible(By.cssSelector("#review li")).getText();
        assertTrue(reasons.contains("No charges"), reasons);
        HeadlessChromium.screenshot(browser, "6-analysis-needs-review");

        browser.get(server.baseUrl() + "/#/");
        assertEquals("1", visible(By.id("review-needed")).getText(), "the overview counts what needs review");
        assertFalse(visible(By.id("stats")).getText().isBlank());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#days .day")));
        HeadlessChromium.screenshot(browser, "7-overview-with-data");
    }

    @Test
    void anUploadNobodyRunsYetShowsItsStage() throws URISyntaxException {
        try (TestServer front = TestServer.start(Map.of("MASTER_API_KEY", server.master(), "WORKERS", "0"))) {
            browser.get(front.baseUrl() + "/#/upload");
            signIn(server.master());
            visible(By.id("upload-file")).sendKeys(resourcePath(BILL).toString());
            browser.findElement(By.id("upload-submit")).click();

            WebElement progress = visible(By.id("progress"));
            assertEquals("queued", progress.getDomAttribute("data-stage"));
            assertEquals("queued", progress.findElement(By.cssSelector(".stages li.current")).getDomAttribute("data-stage"));
            assertTrue(browser.findElements(By.id("open-analysis")).isEmpty(), "nothing to open before it finishes");
            HeadlessChromium.screenshot(browser, "8-upload-queued-progress");
        }
    }

    private static void signIn(String key) {
        WebElement input = visible(By.id("api-key"));
        input.clear();
        input.sendKeys(key);
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    }

    /** Nothing on the page is a value the scripts failed to render ("null", "[object HTMLElement]"). */
    private static void assertNoStrayText() {
        String text = browser.findElement(By.id("main")).getText();
        assertFalse(text.contains("[object") || text.lines().anyMatch(line -> line.strip().matches("null|undefined")), text);
    }

    private static WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static Path resourcePath(String resource) throws URISyntaxException {
        return Path.of(DashboardBrowserTest.class.getClassLoader().getResource(resource).toURI());
    }
}
