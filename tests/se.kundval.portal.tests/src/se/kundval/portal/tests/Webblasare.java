package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with what the portal's tests check on every page:
 * axe-core's WCAG 2.1 A and AA rules, and a screenshot of the whole page at a given width.
 */
final class Webblasare implements AutoCloseable {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    final ChromeDriver driver;
    private final String axe;

    Webblasare() {
        ChromeOptions val = new ChromeOptions();
        // the server's certificate is self-signed; the HTTP tests pin its fingerprint
        val.setAcceptInsecureCerts(true);
        val.setBinary(System.getProperty("kundval.chromium", "/usr/bin/chromium"));
        val.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=sv",
                "--window-size=1280,900", "--force-device-scale-factor=1");
        // the languages a Swedish coach's browser asks pages for (Accept-Language, navigator.languages)
        val.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        // on Linux Chromium takes its own words (a file field's "Välj filer") from the environment, not
        // from --lang, and needs Debian's chromium-l10n for Swedish
        ChromeDriverService tjanst = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("kundval.chromedriver", "/usr/bin/chromedriver")))
                .withEnvironment(Map.of("LANGUAGE", "sv", "LANG", "sv_SE.UTF-8"))
                .usingAnyFreePort().build();
        Thread trad = Thread.currentThread();
        ClassLoader fore = trad.getContextClassLoader();
        // Selenium finds its HTTP client by ServiceLoader on the context class loader: this bundle's, which embeds it
        trad.setContextClassLoader(Webblasare.class.getClassLoader());
        try {
            driver = new ChromeDriver(tjanst, val);
        } finally {
            trad.setContextClassLoader(fore);
        }
        try (InputStream in = Webblasare.class.getClassLoader().getResourceAsStream("axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void oppna(java.net.URI adress) {
        driver.get(adress.toString());
    }

    /** Fills the login form that is open with the user name, the test's password and the code, and sends it. */
    void loggaIn(String anvandarnamn, String engangskod) {
        skriv("anvandarnamn", anvandarnamn);
        skriv("losenord", Portalmiljo.LOSENORD);
        skriv("engangskod", engangskod);
        skicka("form[action='/anordnare/inloggning'] button");
    }

    WebElement hitta(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void skriv(String id, String text) {
        WebElement falt = driver.findElement(By.id(id));
        falt.clear();
        falt.sendKeys(text);
    }

    /** Clicks the link and waits for the page it opens. */
    void klickaLank(String text) {
        WebElement lank = driver.findElement(By.linkText(text));
        lank.click();
        vantaPaNySida(lank);
    }

    /** Clicks the button (or link) and waits for the page the click leads to. */
    void skicka(String css) {
        WebElement knapp = hitta(css);
        knapp.click();
        vantaPaNySida(knapp);
    }

    /**
     * Waits until the page that held {@code gammal} is gone and the next one has loaded: a click or
     * Enter returns before the browser has the answer.
     */
    void vantaPaNySida(WebElement gammal) {
        WebDriverWait vanta = new WebDriverWait(driver, Duration.ofSeconds(30));
        vanta.until(d -> borta(gammal));
        vanta.until(d -> "complete".equals(driver.executeScript("return document.readyState;")));
    }

    /**
     * Whether the element's page has gone. Chromium answers a node of a page being replaced either as
     * stale or with "Node with given id does not belong to the document", which Selenium's own
     * staleness check does not recognise; both mean the old page is gone.
     */
    private static boolean borta(WebElement gammal) {
        try {
            gammal.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** The languages the browser tells pages it prefers, as a page's script sees them. */
    String sprak() {
        return String.valueOf(driver.executeScript("return navigator.languages.join(',');"));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** axe-core's violations of WCAG 2.1 A and AA on the page, one line each; empty when it passes. */
    @SuppressWarnings("unchecked")
    List<String> tillganglighetsbrott() {
        driver.executeScript(axe);
        Object svar = driver.executeAsyncScript("const klar = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => klar(r.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => klar(['axe failed: ' + e]));", WCAG);
        return (List<String>) svar;
    }

    /**
     * The whole page at the width (its height as long as the content) into {@code portal-NAMN-BREDD.png}:
     * Chromium's device metrics set the viewport exactly, as a phone of that width would have it.
     */
    void skarmbild(String namn, int bredd) {
        String katalog = System.getProperty("kundval.screenshots");
        if (katalog == null) {
            return;
        }
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrik(bredd, 600));
            long hojd = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrik(bredd, (int) Math.max(600, hojd)));
            String bild = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
            Path fil = Path.of(katalog, "portal-" + namn + "-" + bredd + ".png");
            Files.createDirectories(fil.getParent());
            Files.write(fil, Base64.getDecoder().decode(bild));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Map<String, Object> metrik(int bredd, int hojd) {
        return Map.of("width", bredd, "height", hojd, "deviceScaleFactor", 1, "mobile", bredd < 600);
    }

    /** Presses Tab until the focused element matches (at most 80 times); the focused element. */
    WebElement tabbaTill(Predicate<WebElement> mal, String vad) {
        for (int i = 0; i < 80; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement fokus = driver.switchTo().activeElement();
            if (mal.test(fokus)) {
                return fokus;
            }
        }
        throw new AssertionError("Tab never reached " + vad);
    }

    /** Tabs to the field with the id, checks that its focus shows, and types the text into it. */
    void tabbaOchSkriv(String id, String text) {
        WebElement falt = tabbaTill(e -> id.equals(e.getAttribute("id")), id);
        synligtFokus();
        falt.sendKeys(text);
    }

    /** Enter on the focused element, and the page it leads to. */
    void tryckEnter() {
        WebElement fokus = driver.switchTo().activeElement();
        fokus.sendKeys(Keys.ENTER);
        vantaPaNySida(fokus);
    }

    /** The focused element has an outline or shadow a keyboard user can see (WCAG 2.4.7). */
    void synligtFokus() {
        String ram = fokusram();
        assertFalse(ram.startsWith("none") && ram.endsWith("none"), "focus must show: " + ram);
    }

    /** The focused element's outline, which the stylesheet must make visible. */
    String fokusram() {
        return (String) driver.executeScript(
                "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
