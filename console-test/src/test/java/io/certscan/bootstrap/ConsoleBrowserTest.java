package io.certscan.bootstrap;

import io.certscan.adapter.rest.RestServer;
import io.certscan.bootstrap.config.Settings;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrResponse;
import io.certscan.contract.RichResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real headless Chromium (Debian's chromium and chromium-driver), against the
 * real server and engine with API keys on: the page asks for the key pair, uploads the sample card,
 * draws its boxes on the page and fills the fields table; the screenshot it takes is kept in
 * target/console.png.
 */
class ConsoleBrowserTest
{
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SAMPLES = Path.of("..", "samples");

    private static RestServer server;
    private static URI address;

    @BeforeAll
    static void start()
    {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI must have chromium and chromium-driver (.ci/run installs them)");
            }
            Assumptions.abort("no /usr/bin/chromium and /usr/bin/chromedriver here; apt-get install chromium chromium-driver to run the console in a browser");
        }
        Settings settings = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(),
                Map.of("server.port", "0", "server.host", "127.0.0.1", "server.api-key", "console-key", "server.secret-key", "console-secret-0123456789"));
        server = CertscanInjector.createServer(settings).getInstance(RestServer.class);
        address = server.start();
    }

    @AfterAll
    static void stop()
    {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void anUploadedCardIsDrawnAndTabulatedAfterTheConsoleAsksForTheKeys()
            throws IOException
    {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,1250", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(address.resolve("/").toString());
            assertThat(browser.getTitle()).contains("certscan");

            browser.findElement(By.id("file")).sendKeys(SAMPLES.resolve("low-voltage-electrician.png").toAbsolutePath().normalize().toString());
            // Typing into a date input follows the browser's locale; the value it holds is ISO whatever the locale.
            ((ChromeDriver) browser).executeScript("document.getElementById('as-of').value = '2026-11-23';");
            browser.findElement(By.id("submit")).click();

            // Keys are on: the console asks for them once, gets a token and goes on with the upload.
            WebElement apiKey = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
            apiKey.sendKeys("console-key");
            browser.findElement(By.id("secret-key")).sendKeys("console-secret-0123456789");
            browser.findElement(By.cssSelector("#login button")).click();

            try {
                wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#cards table tr"), 5));
            }
            catch (org.openqa.selenium.TimeoutException slow) {
                throw new AssertionError("no fields table; the console says: " + browser.findElement(By.id("status")).getText(), slow);
            }
            wait.until(driver -> (Boolean) ((ChromeDriver) driver).executeScript(
                    "const image = document.getElementById('page-image'); return image.complete && image.naturalWidth > 0;"));

            List<WebElement> rows = browser.findElements(By.cssSelector("#cards table tr"));
            assertThat(rows).extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains("证号").contains("T3204811998063035170"))
                    .anySatisfy(text -> assertThat(text).contains("有效期限").contains("2021-10-08 – 2027-10-07"));
            assertThat(browser.findElement(By.cssSelector(".type")).getText()).contains("特种作业操作证");
            assertThat(browser.findElements(By.cssSelector(".badge.error"))).extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains("REVIEW_OVERDUE"));
            List<WebElement> boxes = browser.findElements(By.cssSelector("#overlay polygon.field"));
            assertThat(boxes).hasSizeGreaterThanOrEqualTo(9);
            java.awt.image.BufferedImage sample = javax.imageio.ImageIO.read(SAMPLES.resolve("low-voltage-electrician.png").toFile());
            assertThat(browser.findElement(By.id("overlay")).getDomAttribute("viewBox")).isEqualTo("0 0 " + sample.getWidth() + " " + sample.getHeight());

            // Hovering a row highlights its box.
            WebElement numberRow = rows.stream().filter(row -> row.getText().contains("T3204811998063035170")).findFirst().orElseThrow();
            new Actions(browser).moveToElement(numberRow).perform();
            String key = numberRow.getDomAttribute("data-key");
            assertThat(browser.findElement(By.cssSelector("#overlay polygon[data-key='" + key + "']")).getDomAttribute("class")).contains("active");
            // And the other way round: hovering a box lights its row.
            WebElement nameRow = rows.stream().filter(row -> row.getText().contains("张敞")).findFirst().orElseThrow();
            new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#overlay polygon[data-key='" + nameRow.getDomAttribute("data-key") + "']"))).perform();
            assertThat(nameRow.getDomAttribute("class")).contains("active");
            assertThat(numberRow.getDomAttribute("class")).doesNotContain("active");

            // The general_ocr JSON shown is the documented response for this card.
            GeneralOcrResponse general = ContractJson.generalOcrResponse().fromJson(browser.findElement(By.id("general-json")).getDomProperty("textContent"));
            GeneralOcrResponse documented = ContractJson.generalOcrResponse().fromJson(Files.readString(
                    Path.of("..", "contract", "src", "test", "resources", "general_ocr_success_example.json"), StandardCharsets.UTF_8));
            assertThat(general.results()).isEqualTo(List.of(documented.results().get(0)));

            // What was read but went into no field is listed, and drawn: the card's printed notice among it.
            RichResponse rich = ContractJson.richResponse().fromJson(browser.findElement(By.id("rich-json")).getDomProperty("textContent"));
            List<String> unpaired = rich.lines().stream().filter(line -> line.field() == null).map(RichResponse.Line::text).toList();
            assertThat(unpaired).contains("本证书由发证机关统一监制");
            assertThat(browser.findElements(By.cssSelector("#unpaired li"))).extracting(WebElement::getText)
                    .hasSize(unpaired.size()).anySatisfy(text -> assertThat(text).startsWith("本证书由发证机关统一监制"));
            assertThat(browser.findElements(By.cssSelector("#overlay polygon.unpaired"))).hasSize(unpaired.size());

            byte[] screenshot = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Path saved = Path.of("target", "console.png");
            Files.createDirectories(saved.getParent());
            Files.write(saved, screenshot);
            assertThat(screenshot.length).isGreaterThan(10_000);
        }
        finally {
            browser.quit();
        }
    }
}
