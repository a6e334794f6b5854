package io.github.cdilogin.quickstart.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.cdilogin.quickstart.it.support.QuickstartServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's visit in a real (headless) Chromium: log in with "remember me", close the browser
 * (the session cookie goes), come back remembered, confirm the password for the settings page, log
 * out. Each step leaves a screenshot in target/screenshots/ and fails with the page it got.
 *
 * <p>Selenium never downloads anything: the driver and the browser are Debian's
 * ({@code apt-get install chromium chromium-driver}), named explicitly so Selenium Manager is not used.
 */
@ExtendWith(QuickstartServer.class)
class BrowserIT {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    WebDriver driver;
    int step;

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1000,800",
                        "--user-data-dir=" + Files.createTempDirectory(Files.createDirectories(Paths.get("target")), "chromium-"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aVisitorLogsInIsRememberedReauthenticatesAndLogsOut() throws IOException {
        String base = QuickstartServer.base().toString();

        driver.get(base + "profile");
        expect("login-form", "/login", "Please log in to access this page.");
        driver.findElement(By.name("username")).sendKeys("alice");
        driver.findElement(By.name("password")).sendKeys("wonderland");
        driver.findElement(By.name("remember")).click();
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        expect("profile", "/profile", "Logged in as alice");
        expect("profile-fresh", "/profile", "Fresh login: yes");

        // Closing the browser drops the session cookie; the remember cookie stays.
        driver.manage().deleteCookieNamed("JSESSIONID");
        assertNotNull(driver.manage().getCookieNamed("remember_token"),
                () -> "no remember_token cookie after logging in with remember me; cookies: " + driver.manage().getCookies());
        driver.get(base + "profile");
        expect("profile-remembered", "/profile", "Remembered: yes");
        expect("profile-not-fresh", "/profile", "Fresh login: no");

        driver.get(base + "settings");
        expect("reauth", "/reauth", "Please reauthenticate to access this page.");
        driver.findElement(By.name("password")).sendKeys("wonderland");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        expect("settings", "/settings", "your login is fresh");

        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        expect("logged-out", "/", "Hello, anonymous");
        driver.get(base + "profile");
        expect("anonymous-again", "/login", "Please log in to access this page.");
    }

    /**
     * Waits (10 s at most) until the browser is at {@code path} and shows {@code text}, screenshots
     * the page, and fails with its source when it never got there.
     */
    void expect(String name, String path, String text) throws IOException {
        boolean there;
        try {
            there = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isAt(path, text));
        } catch (TimeoutException e) {
            there = false;
        }
        Path shot = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++step, name));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);
        if (!there) {
            throw new AssertionError("step " + name + ": expected " + path + " showing '" + text + "', got "
                    + driver.getCurrentUrl() + " (screenshot " + shot + ")\n" + driver.getPageSource());
        }
    }

    boolean isAt(String path, String text) {
        String url = driver.getCurrentUrl();
        String actualPath = url.substring(QuickstartServer.base().toString().length() - 1).split("\\?")[0];
        return actualPath.equals(path) && driver.findElement(By.tagName("body")).getText().contains(text);
    }
}
