package io.certscan.bootstrap;

import io.certscan.adapter.rest.RestServer;
import io.certscan.bootstrap.config.Settings;
import io.certscan.contract.ContractJson;
import io.certscan.contract.ErrorMessages;
import io.certscan.contract.GeneralOcrResponse;
import io.certscan.contract.RichResponse;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The web console in a real headless Chromium (Debian's chromium and chromium-driver), against the
 * real server and engine with API keys on, used as a person uses it: the sample card uploaded after
 * the page asks for the keys, a picture stored sideways, one card drawn small and large, an error
 * after a success, a phone's 360-pixel window, the keyboard alone, and a photographed licence and
 * an e-invoice. Pictures are drawn by the tests ({@link DrawnDocuments}); the screenshots are kept
 * in target/console.png and target/console-document.png (the README's).
 */
class ConsoleBrowserTest
{
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path DRAWN = Path.of("target", "drawn");
    private static final String API_KEY = "console-key";
    private static final String SECRET_KEY = "console-secret-0123456789";

    private static RestServer server;
    private static URI address;
    private ChromeDriver browser;
    private WebDriverWait wait;

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
                Map.of("server.port", "0", "server.host", "127.0.0.1", "server.api-key", API_KEY, "server.secret-key", SECRET_KEY));
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

    @AfterEach
    void closeBrowser()
    {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anUploadedCardIsDrawnAndTabulatedAfterTheConsoleAsksForTheKeys()
            throws IOException
    {
        open(1440, 1250);
        choose(SAMPLES.resolve("low-voltage-electrician.png"));
        // Typing into a date input follows the browser's locale; the value it holds is ISO whatever the locale.
        browser.executeScript("document.getElementById('as-of').value = '2026-11-23';");
        browser.findElement(By.id("submit")).click();

        // Keys are on: the console asks for them once, gets a token and goes on with the upload.
        WebElement apiKey = wait.until(ExpectedConditions.elementToBeClickable(By.id("api-key")));
        apiKey.sendKeys(API_KEY);
        browser.findElement(By.id("secret-key")).sendKeys(SECRET_KEY);
        browser.findElement(By.cssSelector("#login button")).click();
        awaitPicture();
        screenshot("console.png");

        List<WebElement> rows = browser.findElements(By.cssSelector("#cards tr.field"));
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("证号").contains("T3204811998063035170"))
                .anySatisfy(text -> assertThat(text).contains("有效期限").contains("2021-10-08 – 2027-10-07"));
        assertThat(browser.findElement(By.cssSelector(".type")).getText()).contains("特种作业操作证");
        // Findings in both languages.
        assertThat(browser.findElements(By.cssSelector(".badge.error"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("REVIEW_OVERDUE").contains("逾期").containsIgnoringCase("overdue"));
        // The judging date is shown.
        assertThat(browser.findElement(By.id("summary")).getText()).contains("2026-11-23");
        List<WebElement> boxes = browser.findElements(By.cssSelector("#overlay polygon.field"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(9);
        java.awt.image.BufferedImage sample = javax.imageio.ImageIO.read(SAMPLES.resolve("low-voltage-electrician.png").toFile());
        assertThat(browser.findElement(By.id("overlay")).getDomAttribute("viewBox")).isEqualTo("0 0 " + sample.getWidth() + " " + sample.getHeight());
        // A field's name reads whole on one line, not squeezed to a character or two.
        WebElement validityName = rows.stream().filter(row -> row.getText().contains("有效期限")).findFirst().orElseThrow().findElement(By.cssSelector("td.name"));
        assertThat(lines(validityName)).isEqualTo(1);

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

        // What was read but went into no field is listed, greyed, and drawn: the card's printed notice among it.
        RichResponse rich = rich();
        List<String> unpaired = rich.lines().stream().filter(line -> line.field() == null).map(RichResponse.Line::text).toList();
        assertThat(unpaired).contains("本证书由发证机关统一监制");
        assertThat(browser.findElements(By.cssSelector("#unpaired li"))).extracting(WebElement::getText)
                .hasSize(unpaired.size()).anySatisfy(text -> assertThat(text).startsWith("本证书由发证机关统一监制"));
        assertThat(browser.findElements(By.cssSelector("#overlay polygon.unpaired"))).hasSize(unpaired.size());
        assertThat(browser.findElement(By.cssSelector("#unpaired li")).getCssValue("color")).isEqualTo("rgba(117, 117, 117, 1)");
    }

    @Test
    void aPictureStoredSidewaysIsShownAsItWasReadWithEveryBoxOnTheTextItNames()
    {
        DrawnDocuments.Drawn upright = DrawnDocuments.card(1.0);
        Path sideways = DrawnDocuments.storedSideways(upright).writePng(DRAWN, "sideways-card.png");
        open(1440, 1100);

        recognise(sideways);

        // Stored 900 × 1400, read a quarter turn counter-clockwise: the page as read is the card upright.
        RichResponse rich = rich();
        assertThat(rich.page().rotation()).isEqualTo(270);
        assertThat(rich.page().width()).isEqualTo(1400);
        assertThat(rich.page().height()).isEqualTo(900);
        assertThat(browser.findElement(By.id("summary")).getText()).contains("270°");
        @SuppressWarnings("unchecked")
        List<Number> natural = (List<Number>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const picture = new Image();"
                        + "picture.onload = () => done([picture.naturalWidth, picture.naturalHeight]);"
                        + "picture.src = document.getElementById('page-image').getAttribute('href');");
        assertThat(natural.get(0).doubleValue() / natural.get(1).doubleValue()).as("the picture sent is the page upright").isCloseTo(1400.0 / 900, within(0.01));

        // Every field's box, in the page's coordinates, lies on the value the test drew there…
        RichResponse.Card card = rich.results().get(0);
        List<String> checked = new ArrayList<>();
        for (RichResponse.Field field : card.fields()) {
            Rectangle2D drawn = upright.values().get(field.name());
            if (drawn == null || field.location() == null) {
                continue;
            }
            Rectangle2D box = bounds(field.location());
            Rectangle2D overlap = box.createIntersection(drawn);
            assertThat(overlap.isEmpty() ? 0 : overlap.getWidth() * overlap.getHeight() / (drawn.getWidth() * drawn.getHeight()))
                    .as("%s's box %s over its value drawn at %s", field.name(), box, drawn).isGreaterThan(0.6);
            checked.add(field.name());
        }
        assertThat(checked).contains("姓名", "证号", "有效期限", "签发机关");
        // …and on ink in the picture the console shows under it, where the boxes drawn on the page are.
        @SuppressWarnings("unchecked")
        List<Number> inked = (List<Number>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const picture = new Image();"
                        + "const page = document.getElementById('page-image');"
                        + "picture.onload = () => {"
                        + "  const width = Number(page.getAttribute('width')), height = Number(page.getAttribute('height'));"
                        + "  const canvas = document.createElement('canvas'); canvas.width = width; canvas.height = height;"
                        + "  const context = canvas.getContext('2d'); context.drawImage(picture, 0, 0, width, height);"
                        + "  done(Array.from(document.querySelectorAll('#overlay polygon.field')).map((box) => {"
                        + "    const corners = Array.from(box.points); const xs = corners.map((p) => p.x), ys = corners.map((p) => p.y);"
                        + "    const left = Math.floor(Math.min(...xs)), top = Math.floor(Math.min(...ys));"
                        + "    const data = context.getImageData(left, top, Math.max(1, Math.ceil(Math.max(...xs)) - left), Math.max(1, Math.ceil(Math.max(...ys)) - top)).data;"
                        + "    let dark = 0; for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 110) dark++;"
                        + "    return dark / (data.length / 4); }));"
                        + "};"
                        + "picture.src = page.getAttribute('href');");
        assertThat(inked).hasSizeGreaterThanOrEqualTo(checked.size()).allSatisfy(share -> assertThat(share.doubleValue()).isGreaterThan(0.08));
    }

    @Test
    void fieldNamesKeepTheirSizeOnScreenWhateverThePicturesSizeAndTheZoom()
    {
        Path small = DrawnDocuments.card(0.5).writePng(DRAWN, "card-small.png");
        Path large = DrawnDocuments.card(2.5).writePng(DRAWN, "card-large.png");
        open(1440, 1100);

        recognise(small);
        Map<String, Double> onSmall = label("证号");
        recognise(large);
        Map<String, Double> onLarge = label("证号");
        browser.findElement(By.id("zoom-in")).click();
        browser.findElement(By.id("zoom-in")).click();
        Map<String, Double> zoomed = label("证号");

        assertThat(onSmall.get("height")).isBetween(11.0, 20.0);
        assertThat(onLarge.get("height")).isCloseTo(onSmall.get("height"), within(1.0));
        assertThat(zoomed.get("height")).isCloseTo(onSmall.get("height"), within(1.0));
        // The box grew with the zoom; its name did not, and sits beside the value, not over it.
        assertThat(zoomed.get("boxHeight")).isGreaterThan(2 * onLarge.get("boxHeight"));
        assertThat(List.of(onSmall, onLarge, zoomed)).allSatisfy(label -> assertThat(label.get("covered")).isLessThan(0.1));
    }

    @Test
    void anErrorAfterASuccessClearsTheResultAndSaysInChineseAndEnglishWhatToDo()
            throws IOException
    {
        open(1440, 1100);
        recognise(SAMPLES.resolve("low-voltage-electrician.png"));
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isTrue();

        Path broken = Files.createDirectories(DRAWN).resolve("not-a-picture.jpg");
        Files.writeString(broken, "a letter saved with the wrong name, not a picture", StandardCharsets.UTF_8);
        choose(broken);
        browser.findElement(By.id("submit")).click();
        awaitAnswer();

        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#cards tr"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#overlay polygon"))).isEmpty();
        String said = browser.findElement(By.id("status")).getText();
        ErrorMessages.Message message = ErrorMessages.of(ErrorCode.IMAGE_FORMAT_ERROR);
        assertThat(said).contains("216201", message.chinese(), message.english());

        // A file over the limit is refused before it is sent, with its size in megabytes.
        Path large = DRAWN.resolve("too-large.png");
        byte[] noise = new byte[9 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(large, noise);
        choose(large);
        browser.findElement(By.id("submit")).click();
        assertThat(browser.findElement(By.id("status")).getText()).contains("216202", "9.0 MB", "7.5 MB");

        // A typed URL takes the place of the chosen file, and the page says which one will be read.
        browser.findElement(By.id("url")).sendKeys("https://example.test/card.jpg");
        assertThat(browser.findElement(By.id("file")).getDomProperty("value")).isEmpty();
        assertThat(browser.findElement(By.id("source-note")).getText()).contains("https://example.test/card.jpg");
        choose(SAMPLES.resolve("low-voltage-electrician.png"));
        assertThat(browser.findElement(By.id("url")).getDomProperty("value")).isEmpty();
        assertThat(browser.findElement(By.id("source-note")).getText()).contains("low-voltage-electrician.png");
    }

    @Test
    void onAPhoneOf360PixelsNothingScrollsSidewaysAndFieldNamesReadWhole()
    {
        open(1000, 1000);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        browser.navigate().refresh();

        recognise(SAMPLES.resolve("low-voltage-electrician.png"));

        assertThat(((Number) browser.executeScript("return window.innerWidth;")).intValue()).isEqualTo(360);
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue()).isLessThanOrEqualTo(360);
        for (WebElement details : browser.findElements(By.cssSelector("details.json"))) {
            browser.executeScript("arguments[0].open = true;", details);
        }
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue()).isLessThanOrEqualTo(360);
        WebElement validity = browser.findElements(By.cssSelector("#cards tr.field")).stream()
                .filter(row -> row.getText().contains("有效期限")).findFirst().orElseThrow().findElement(By.cssSelector("td.name"));
        assertThat(lines(validity)).isEqualTo(1);
        assertThat(browser.findElement(By.id("overlay")).getRect().getWidth()).isLessThanOrEqualTo(360);
        screenshot("console-phone.png");
    }

    @Test
    void aFileIsChosenAndRecognisedWithTheKeyboardAlone()
    {
        open(1440, 1100);
        browser.executeScript("sessionStorage.clear();");
        browser.navigate().refresh();

        WebElement reached = tabUntil("file", 4);
        assertThat(reached.getDomAttribute("type")).isEqualTo("file");
        // No file dialog in a headless browser: the driver types the path into the focused input, as the dialog would.
        reached.sendKeys(SAMPLES.resolve("low-voltage-electrician.png").toAbsolutePath().normalize().toString());
        tabUntil("submit", 12).sendKeys(Keys.ENTER);
        // The key prompt takes the focus; the keys are typed and sent with Enter.
        wait.until(driver -> "api-key".equals(browser.switchTo().activeElement().getDomAttribute("id")));
        browser.switchTo().activeElement().sendKeys(API_KEY, Keys.TAB);
        browser.switchTo().activeElement().sendKeys(SECRET_KEY, Keys.ENTER);
        awaitPicture();

        assertThat(browser.findElements(By.cssSelector("#cards tr.field"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("T3204811998063035170"));
        // The picture takes the keyboard too: + zooms in.
        String fitted = browser.findElement(By.id("overlay")).getDomAttribute("viewBox");
        browser.findElement(By.id("picture")).sendKeys("+");
        assertThat(browser.findElement(By.id("overlay")).getDomAttribute("viewBox")).isNotEqualTo(fitted);
    }

    @Test
    void aPhotographedLicenceAndAnEInvoiceReadAsADocumentOfTheirKind()
    {
        Path licence = DrawnDocuments.photographedLicence().writePng(DRAWN, "business-licence-photo.png");
        open(1440, 1250);

        recognise(licence);
        screenshot("console-document.png");

        assertThat(browser.findElement(By.cssSelector(".card-panel h2")).getText()).contains("营业执照");
        assertThat(browser.findElements(By.cssSelector("#cards tr.field"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("统一社会信用代码").contains(DrawnDocuments.creditCode("91110105", "MA01ABCD")))
                .anySatisfy(text -> assertThat(text).contains("名称").contains("北京晨曦数据科技有限公司"))
                .anySatisfy(text -> assertThat(text).contains("法定代表人").contains("李明远"));

        // The e-invoice sample: its parties as sections, its page count, its page drawn from the PDF.
        recognise(SAMPLES.resolve("vat-einvoice.pdf"));
        assertThat(browser.findElements(By.cssSelector("#cards tr.section"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("购买方").contains("buyer"))
                .anySatisfy(text -> assertThat(text).contains("销售方").contains("seller"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("共 1 页", "page 1 of 1");
    }

    // ---- driving the console ----

    private void open(int width, int height)
    {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        browser.get(address.resolve("/").toString());
        assertThat(browser.getTitle()).contains("certscan");
    }

    private void choose(Path file)
    {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
    }

    /** Chooses the file, sends it, gives the keys if asked, and waits for the result and its picture. */
    private void recognise(Path file)
    {
        choose(file);
        browser.findElement(By.id("submit")).click();
        awaitPicture();
    }

    /** Waits until the console has answered: a result, an error, or the key prompt (answered here). */
    private void awaitAnswer()
    {
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return !document.getElementById('login').hidden || !document.getElementById('submit').disabled;")));
        if (browser.findElement(By.id("login")).isDisplayed()) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("api-key"))).sendKeys(API_KEY);
            browser.findElement(By.id("secret-key")).sendKeys(SECRET_KEY);
            browser.findElement(By.cssSelector("#login button")).click();
        }
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return document.getElementById('login').hidden && !document.getElementById('submit').disabled;")));
    }

    private void awaitPicture()
    {
        awaitAnswer();
        try {
            wait.until(driver -> "true".equals(browser.findElement(By.id("page-image")).getDomAttribute("data-loaded")));
        }
        catch (TimeoutException slow) {
            throw new AssertionError("no picture; the console says: " + browser.findElement(By.id("status")).getText(), slow);
        }
    }

    private WebElement tabUntil(String id, int most)
    {
        for (int i = 0; i < most; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (id.equals(focused.getDomAttribute("id"))) {
                return focused;
            }
        }
        throw new AssertionError("#" + id + " is not reached with " + most + " presses of Tab");
    }

    private RichResponse rich()
    {
        try {
            return ContractJson.richResponse().fromJson(browser.findElement(By.id("rich-json")).getDomProperty("textContent"));
        }
        catch (IOException e) {
            throw new AssertionError("the rich JSON shown does not parse", e);
        }
    }

    /** The drawn name of a field on screen and its box: their heights in CSS pixels, and the share of the name that lies over the box. */
    @SuppressWarnings("unchecked")
    private Map<String, Double> label(String field)
    {
        Map<String, Object> measured = (Map<String, Object>) browser.executeScript(
                "const text = Array.from(document.querySelectorAll('#labels text')).find((node) => node.textContent === arguments[0]);"
                        + "const box = document.querySelector('#overlay polygon[data-key=\"' + text.dataset.key + '\"]');"
                        + "const name = text.getBoundingClientRect(), outline = box.getBoundingClientRect();"
                        + "const covered = Math.max(0, Math.min(name.right, outline.right) - Math.max(name.left, outline.left)) * Math.max(0, Math.min(name.bottom, outline.bottom) - Math.max(name.top, outline.top)) / (name.width * name.height);"
                        + "return {height: name.height, covered: covered, boxHeight: outline.height, shown: getComputedStyle(text).display !== 'none'};",
                field);
        assertThat(measured.get("shown")).as("the name of %s is shown", field).isEqualTo(Boolean.TRUE);
        return Map.of("height", ((Number) measured.get("height")).doubleValue(), "covered", ((Number) measured.get("covered")).doubleValue(),
                "boxHeight", ((Number) measured.get("boxHeight")).doubleValue());
    }

    /** How many lines the element's text takes on screen. */
    private int lines(WebElement element)
    {
        return ((Number) browser.executeScript("const range = document.createRange(); range.selectNodeContents(arguments[0]);"
                + "return new Set(Array.from(range.getClientRects()).map((line) => Math.round(line.top))).size;", element)).intValue();
    }

    private static Rectangle2D bounds(List<double[]> corners)
    {
        double left = corners.stream().mapToDouble(point -> point[0]).min().orElseThrow();
        double top = corners.stream().mapToDouble(point -> point[1]).min().orElseThrow();
        double right = corners.stream().mapToDouble(point -> point[0]).max().orElseThrow();
        double bottom = corners.stream().mapToDouble(point -> point[1]).max().orElseThrow();
        return new Rectangle2D.Double(left, top, right - left, bottom - top);
    }

    private void screenshot(String name)
    {
        byte[] screenshot = browser.getScreenshotAs(OutputType.BYTES);
        try {
            Path saved = Path.of("target", name);
            Files.createDirectories(saved.getParent());
            Files.write(saved, screenshot);
        }
        catch (IOException e) {
            throw new AssertionError("the screenshot could not be kept", e);
        }
        assertThat(screenshot.length).isGreaterThan(10_000);
    }
}
