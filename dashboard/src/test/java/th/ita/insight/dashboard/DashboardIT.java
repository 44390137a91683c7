package th.ita.insight.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users' journeys in a real browser: the packaged dashboard jar serving a demo store built the way ./ita demo
 * builds it, driven by Debian's Chromium through Playwright (nothing downloaded). Screenshots: target/screenshots.
 */
class DashboardIT {

    static final Path SHOTS = RunningDashboard.TARGET.resolve("screenshots");
    static RunningDashboard dashboard;
    static Playwright playwright;
    static Browser browser;
    static String base;

    BrowserContext context;
    Page page;
    final List<String> foreignRequests = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        dashboard = RunningDashboard.start("it-store");
        base = dashboard.base;
        Files.createDirectories(SHOTS);
        playwright = RunningDashboard.playwright();
        browser = RunningDashboard.chromium(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setLocale("th-TH")
                .setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onRequest(r -> {
            if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) {
                foreignRequests.add(r.url());
            }
        });
    }

    void login(String user, String path) {
        dashboard.login(page, user, path);
    }

    @AfterEach
    void closePage() {
        context.close();
        // every asset ships with the app: no CDN, font service or tile host
        assertThat(foreignRequests).isEmpty();
    }

    @Test
    void executiveChangesYearAndScopeAndTheUrlKeepsThem() throws IOException {
        login("executive", "/");
        chartsDrawn();
        assertThat(page.locator("h1").innerText()).contains("ภาพรวมผลการประเมิน ITA");
        assertThat(page.locator("#synthetic-note").innerText()).contains("สังเคราะห์");
        assertThat(page.locator("#kpi-mean .value").innerText()).isEqualTo("93.82");
        assertThat(page.locator("#trend .chart-note").innerText()).contains("ที่มา");
        assertThat(page.locator("ita-echart").count()).isGreaterThanOrEqualTo(6);
        assertThat(page.evaluate("() => document.fonts.check('16px Sarabun')")).isEqualTo(true);
        // the province map: 77 provinces with data, drawn in the four colour bands (not a blank canvas)
        assertThat(page.evaluate("() => document.querySelector('#province-map ita-echart').option.series[0].data.length"))
                .isEqualTo(77);
        assertThat(page.locator("#province-map .chart-note").innerText()).contains("CC BY 4.0");
        // did the measures work: the demo's synthetic measures, per indicator, labelled as an association
        assertThat(page.locator("#measure-effects h3").innerText()).contains("ไม่ใช่ข้อพิสูจน์");
        assertThat(page.evaluate("() => document.querySelector('#measure-effects ita-echart').option.series[0].data.length"))
                .isEqualTo(9);
        Object coloured = page.evaluate("() => { const c = document.querySelector('#province-map ita-echart').shadowRoot.querySelector('canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && (Math.abs(d[i] - d[i + 1]) > 40)) n++; } return n; }");
        assertThat(((Number) coloured).intValue()).isGreaterThan(5_000);
        page.locator("#province-map").screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("executive-map.png")));
        // the provinces' data as a workbook: a header row and one number row per province
        Download xlsx = page.waitForDownload(() -> page.locator("#provinces-xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("provinces.xlsx");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.createReadStream())) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(78);
            assertThat(rows.get(1).getCell(3).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
        }

        choose("#year-filter", "2566");
        page.waitForURL("**year=2566**");
        page.waitForSelector("#kpi-mean .label:has-text('2566')");
        assertThat(page.locator("#kpi-mean .value").innerText()).isEqualTo("90.19");

        choose("#scope-filter", "จ.บุรีรัมย์");
        page.waitForURL("**scope=province%3A31**");
        chartsDrawn();
        assertThat(page.locator("#kpi-agencies .value").innerText()).isNotEqualTo("7,850");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("executive-overview.png")).setFullPage(true));

        // back returns to the previous view state
        page.goBack();
        page.waitForURL(url -> !url.contains("scope="));
        page.waitForSelector("#kpi-agencies .value:has-text('7,850')");
    }

    @Test
    void plannerFindsNongKongAndSeesItsAnnualAnalysis() throws IOException {
        login("planner", "/agency");
        page.locator("#agency-search input").fill("หนองกง");
        page.locator("vaadin-combo-box-item:has-text('06310499')").first().click();
        page.waitForURL("**code=06310499**");
        // its latest year (2564) opens first; step to 2563 and back, through the URL
        page.waitForSelector("#kpi-total .label:has-text('2564')");
        choose("#agency-year", "2563");
        page.waitForURL("**year=2563**");
        page.waitForSelector("#kpi-total .value:has-text('63.92')");
        choose("#agency-year", "2564");
        page.waitForURL("**year=2564**");
        chartsDrawn();
        assertThat(page.locator("#agency-name").innerText()).isEqualTo("องค์การบริหารส่วนตำบลหนองกง");
        assertThat(page.locator("#kpi-total .value").innerText()).isEqualTo("58.24");
        assertThat(page.locator("#kpi-band .value").innerText()).isEqualTo("D");
        assertThat(page.locator("#kpi-change .value").innerText()).isEqualTo("-5.68 (-8.89 %)");
        assertThat(page.locator("#class-highest .class-indicators").innerText()).isEqualTo("1");
        assertThat(page.locator("#class-strength .class-indicators").innerText()).isEqualTo("1");
        assertThat(page.locator("#class-weakness_increased .class-indicators").innerText()).isEqualTo("2, 6, 7, 8");
        assertThat(page.locator("#class-weakness_decreased .class-indicators").innerText()).isEqualTo("3, 4, 5, 9, 10");
        List<String> weak = page.locator(".weak-item").allInnerTexts();
        assertThat(weak.get(0)).startsWith("ตัวชี้วัดที่ 10 ");
        assertThat(weak.get(1)).startsWith("ตัวชี้วัดที่ 9 ");
        assertThat(weak.get(0)).contains("11.00");
        // published, not synthetic: no synthetic banner on this agency
        assertThat(page.locator("#synthetic-note").count()).isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("planner-nongkong-2564.png")).setFullPage(true));

        // the chart's data as CSV, formula-safe, with Thai intact
        Download download = page.waitForDownload(() -> page.locator("#agency-indicators-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("การเปิดเผยข้อมูล").contains("29.24");

        // the annual documents, made from the same analysis: the PDF reads back as Thai words and looks right on paper
        Download pdf = page.waitForDownload(() -> page.locator("#doc-analysis-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("ita-analysis-06310499-2564.pdf");
        byte[] bytes = Files.readAllBytes(pdf.path());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("องค์การบริหารส่วนตำบลหนองกง").contains("58.24").contains("ร้อยละ-8.89(-5.68คะแนน)")
                    .contains("ตัวชี้วัดที่10");
        }
        // the planner adopts two suggested measures for the weak indicators, then records six-month progress on the first
        page.locator("#measures vaadin-checkbox").first().click();
        page.locator("#measures vaadin-checkbox").nth(2).click();
        page.locator("#adopt-measures").click();
        page.waitForSelector("#measures-grid");
        assertThat(page.locator("#measures-grid vaadin-grid-cell-content").allInnerTexts()).anyMatch(t -> t.contains("—"));
        // and one of its own
        page.locator("#own-measure-title").fill("ประชุมชี้แจงแนวทางการเปิดเผยข้อมูลแก่ทุกกอง");
        page.locator("#add-own-measure").click();
        page.waitForSelector("#measures-grid vaadin-grid-cell-content:has-text('ประชุมชี้แจงแนวทางการเปิดเผยข้อมูลแก่ทุกกอง')");
        choose("#progress-status", "อยู่ระหว่างดำเนินการ");
        page.locator("#progress-result").fill("ตั้งคณะทำงานและเผยแพร่ข้อมูลแล้วบางส่วน");
        page.locator("#save-progress").click();
        page.waitForSelector("#measures-grid vaadin-grid-cell-content:has-text('อยู่ระหว่างดำเนินการ')");
        page.locator("#measures").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SHOTS.resolve("planner-measures.png")));

        // all four documents: PDFs read back as Thai words, rendered to PNG (pdftoppm, poppler-utils) for a person to look at
        for (String kind : List.of("analysis", "measures", "progress", "actionplan")) {
            Download d = page.waitForDownload(() -> page.locator("#doc-" + kind + "-pdf").click());
            Path saved = SHOTS.resolve("planner-" + kind + ".pdf");
            Files.write(saved, Files.readAllBytes(d.path()));
            Process render = new ProcessBuilder("pdftoppm", "-r", "80", "-png", saved.toString(), SHOTS.resolve("planner-" + kind).toString())
                    .redirectErrorStream(true).start();
            try {
                assertThat(render.waitFor()).as("pdftoppm " + kind).isZero();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(SHOTS.resolve("planner-" + kind + "-1.png")).exists();
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(saved))) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                assertThat(text).as(kind).contains("องค์การบริหารส่วนตำบลหนองกง");
                switch (kind) {
                    case "measures" -> assertThat(text).contains("ประจำปีงบประมาณพ.ศ.2565").doesNotContain("เป็นข้อเสนอเท่านั้น");
                    case "progress" -> assertThat(text).contains("อยู่ระหว่างดำเนินการ").contains("ตั้งคณะทำงานและเผยแพร่ข้อมูลแล้วบางส่วน");
                    case "actionplan" -> assertThat(text).contains("ยังไม่มีแผนปฏิบัติการ");
                    default -> { }
                }
            }
        }
        Download docx = page.waitForDownload(() -> page.locator("#doc-measures-docx").click());
        assertThat(docx.suggestedFilename()).isEqualTo("ita-measures-06310499-2564.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx.path()))) {
            assertThat(word.getParagraphs().getFirst().getText()).contains("หนองกง").contains("2565");
            assertThat(word.getTables().getFirst().getRows()).hasSize(4);   // header + two adopted measures + its own
        }
        // a planner records measures for his own agencies only (the demo planner: อบต.หนองกง); elsewhere he reads them
        page.navigate(base + "/agency?code=01100001&year=2567");
        page.waitForSelector("#measures");
        assertThat(page.locator("#adopt-measures").count()).isZero();
        assertThat(page.locator("#save-progress").count()).isZero();
        assertThat(page.locator("#add-own-measure").count()).isZero();
    }

    @Test
    void supervisorFiltersSortsComparesAndReopensTheLink() {
        login("supervisor", "/province?code=31&year=2564");
        chartsDrawn();
        int all = count();
        choose("#type-filter", "องค์การบริหารส่วนตำบล");
        page.waitForURL("**type=SAO**");
        page.waitForFunction("n => { const e = document.querySelector('#agency-count'); return e && !e.innerText.startsWith(n + ' '); }", all);
        assertThat(count()).isLessThan(all).isPositive();
        // sort by total, lowest first
        page.locator("#province-agencies vaadin-grid-sorter:has-text('คะแนนรวม')").click();
        Locator boxes = page.locator("#province-agencies vaadin-checkbox");
        boxes.nth(1).click();
        boxes.nth(2).click();
        boxes.nth(3).click();
        page.locator("#compare-button").click();
        page.waitForURL("**compare=**");
        page.waitForSelector("#compare ita-echart[data-rendered]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        String link = page.url();
        assertThat(link).contains("code=31").contains("type=SAO").contains("year=2564");
        assertThat(page.locator("#scatter ita-echart").count()).isEqualTo(1);
        // a viewport taller than the tallest chart: Chromium does not paint canvases outside the viewport in element shots
        page.setViewportSize(1400, 1800);
        for (String chart : List.of("compare", "heatmap", "types", "scatter")) {
            page.locator("#" + chart).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SHOTS.resolve("supervisor-" + chart + "-chart.png")));
        }
        page.setViewportSize(1400, 1000);
        // printing (or saving as PDF) puts the view's filters on the page
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("#print-header").isVisible()).isTrue();
        assertThat(page.locator("#print-header").innerText()).contains("code=31").contains("type=SAO").contains("supervisor");
        byte[] pdf = page.pdf(new Page.PdfOptions().setPath(SHOTS.resolve("supervisor-province.pdf")).setPrintBackground(true));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the whole view is printed, over several pages, not only what fits on the screen
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count();
        assertThat(pages).as("pages in the printed view").isGreaterThan(1);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        int compared = page.locator("#compare vaadin-grid-cell-content").count();
        assertThat(compared).as("the comparison table is open beside the radar").isGreaterThan(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("supervisor-compare.png")).setFullPage(true));

        Page again = context.newPage();
        again.navigate(link);
        again.waitForSelector("#compare ita-echart[data-rendered]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(again.locator("#type-filter").innerText()).contains("องค์การบริหารส่วนตำบล");
        assertThat(again.locator("#compare vaadin-grid-cell-content").count()).isEqualTo(compared);
        again.close();
    }

    @Test
    void theOverviewWorksFromTheKeyboardAlone() {
        login("executive", "/");
        chartsDrawn();
        // Tab order reaches the filters, every chart's table toggle and its downloads
        List<String> reached = new ArrayList<>();
        page.locator("#year-filter vaadin-select-value-button").focus();
        for (int i = 0; i < 60; i++) {
            reached.add((String) page.evaluate("() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                    + " const host = e.closest('[id]') || e; return e.tagName.toLowerCase() + '#' + (e.id || host.id || ''); }"));
            page.keyboard().press("Tab");
        }
        assertThat(String.join(" ", reached)).contains("#scope-filter").contains("#trend-csv").contains("#trend-xlsx")
                .contains("vaadin-details-summary");
        // a year is chosen with the keys alone, and the URL follows
        String before = page.locator("#kpi-mean .label").innerText();
        page.locator("#year-filter vaadin-select-value-button").focus();
        page.keyboard().press("ArrowDown");
        page.waitForSelector("vaadin-select-item[focused]");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.waitForURL("**year=**");
        assertThat(page.locator("#kpi-mean .label").innerText()).isNotEqualTo(before);
        // a chart's data table opens with Enter on its focused toggle
        page.locator("#trend vaadin-details-summary").focus();
        page.keyboard().press("Enter");
        page.waitForSelector("#trend vaadin-grid >> visible=true");
        assertThat(page.locator("#trend vaadin-details").getAttribute("opened")).isNotNull();
    }

    @Test
    void unknownAgencyAndProvinceInTheUrlGiveFriendlyMessages() {
        login("executive", "/agency?code=99999999");
        assertThat(page.locator("#not-found").innerText()).contains("99999999");
        page.navigate(base + "/agency?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(page.locator("#not-found").innerText()).contains("<script>");
        page.navigate(base + "/province?code=atlantis");
        assertThat(page.locator("#not-found").innerText()).contains("atlantis");
        // an unknown address gets the static friendly error page (Vaadin's access control answers 403 for it)
        page.navigate(base + "/no-such-view");
        assertThat(page.locator("#error-page").innerText()).isNotBlank();
        assertThat(page.locator("body").innerText()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aPlannerSeesItemResultsAndWhichOitItemsToPublishFirst() throws IOException {
        // the demo's SYNTHETIC OIT items (FY2563-2565, about 5 % of agencies; the sample is fixed by the seed)
        login("planner", "/agency?code=02170101&year=2565");
        page.waitForSelector("#agency-items");
        assertThat(page.locator("#agency-items h3").innerText()).contains("ผลรายข้อ ปี 2565 (43 ข้อ)");
        List<String> steps = page.locator("#oit-publish li").allInnerTexts();
        assertThat(steps).isNotEmpty();
        List<Double> gains = steps.stream().map(t -> Double.parseDouble(t.replaceAll("(?s).*\\+([0-9.]+)\\s*$", "$1"))).toList();
        assertThat(gains).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        page.locator("#agency-items").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SHOTS.resolve("planner-items.png")));
        // the agency's (SYNTHETIC) FY2565 measure for indicator 9, beside comparable agencies without one
        assertThat(page.locator("#measure-outcome li").first().innerText()).startsWith("ตัวชี้วัดที่ 9:").contains("แห่ง เปลี่ยนเฉลี่ย");
        assertThat(page.locator("#measure-outcome").innerText()).contains("ไม่ใช่ข้อพิสูจน์");
        // an agency-year without item results says where they would come from
        page.navigate(base + "/agency?code=06310499&year=2564");
        page.waitForSelector("#item-results");
        assertThat(page.locator("#item-results").innerText()).contains("--kind responses");
    }

    @Test
    void aPlannerEditsAMeasuresDetailsAndAddsAnActionPlanProject() throws IOException {
        // FY2563's page holds the measures and the action plan for FY2564 (the other planner journey works on FY2565)
        login("planner", "/agency?code=06310499&year=2563");
        page.waitForSelector("#own-measure-title");
        page.locator("#own-measure-title").fill("ทบทวนคู่มือการให้บริการประชาชน");
        page.locator("#add-own-measure").click();
        page.waitForSelector("#measures-grid vaadin-grid-cell-content:has-text('ทบทวนคู่มือการให้บริการประชาชน')");
        page.locator("#details-method").fill("ประชุมคณะทำงาน | เผยแพร่คู่มือบนเว็บไซต์");
        page.locator("#details-period").fill("ต.ค. 2563 - ก.ย. 2564");
        page.locator("#details-divisions").fill("สำนักปลัด | กองคลัง");
        page.evaluate("() => window.itaBeforeSave = true");   // gone once the saved page has reloaded
        page.locator("#save-details").click();
        page.waitForFunction("() => !window.itaBeforeSave && document.querySelector('#details-method') "
                + "&& document.querySelector('#details-method').value.includes('คู่มือ')");
        assertThat(page.locator("#details-method").inputValue()).isEqualTo("ประชุมคณะทำงาน | เผยแพร่คู่มือบนเว็บไซต์");
        assertThat(page.locator("#details-divisions").inputValue()).isEqualTo("สำนักปลัด | กองคลัง");

        // a project of the action plan: dimension 1 (the form's first), 25,000 baht, second quarter
        page.locator("#plan-title").fill("อบรมคุณธรรมและจริยธรรมพนักงาน");
        assertThat(page.locator("#plan-dimension vaadin-select-value-button").innerText()).contains("การสร้างวัฒนธรรมสุจริต");
        page.locator("#plan-budget").fill("25,000");
        page.locator("#plan-q2").click();
        page.locator("#save-project").click();
        page.waitForSelector("#plan-grid vaadin-grid-cell-content:has-text('อบรมคุณธรรมและจริยธรรมพนักงาน')");
        assertThat(page.locator("#plan-grid vaadin-grid-cell-content").allInnerTexts()).contains("1", "25,000.00", "Q2");
        page.locator("#action-plan").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SHOTS.resolve("planner-action-plan.png")));

        // the action plan document now lists it, with the totals per quarter
        Download plan = page.waitForDownload(() -> page.locator("#doc-actionplan-pdf").click());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(plan.path()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("อบรมคุณธรรมและจริยธรรมพนักงาน").contains("25,000");
        }
    }

    @Test
    void englishIsOneClickAwayAndStaysInTheLink() {
        login("planner", "/agency?code=06310499&year=2564");
        page.locator("#language-switch").click();
        page.waitForURL("**lang=en**");
        page.waitForSelector("h1:has-text('Agency analysis')");
        assertThat(page.url()).contains("code=06310499");
        assertThat(page.locator("#agency-indicators h3").innerText()).contains("FY2564");
    }

    @Test
    void aSupervisorCannotOpenAnotherProvinceByEditingTheUrl() {
        login("supervisor", "/agency?code=06310499&year=2564");
        // their own province (บุรีรัมย์) opens
        page.waitForSelector("#kpi-total .value:has-text('58.24')");
        // another province's agency, province view and overview scope are refused on the server
        page.navigate(base + "/agency?code=02110101");
        assertThat(page.locator("#no-access").innerText()).contains("02110101");
        assertThat(page.locator("#kpi-total").count()).isZero();
        page.navigate(base + "/province?code=11&year=2568");
        assertThat(page.locator("#no-access").innerText()).contains("สมุทรปราการ");
        assertThat(page.locator("#province-agencies").count()).isZero();
        page.navigate(base + "/?scope=province%3A11");
        assertThat(page.locator("#no-access").innerText()).isNotEmpty();
        assertThat(page.locator("#kpi-mean").count()).isZero();
        page.navigate(base + "/");
        page.waitForSelector("#scope-filter");
        page.locator("#scope-filter").click();
        assertThat(page.locator("vaadin-select-list-box vaadin-select-item >> visible=true").allInnerTexts())
                .containsExactly("จ.บุรีรัมย์");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("supervisor-scope.png")));
    }

    @Test
    void anAdminUploadsAFileWithABadRowSeesTheRejectAndTheNewDataIsServed() throws IOException {
        Path file = Files.createTempDirectory("ita-upload-it").resolve("scores-2568-buriram.csv");
        Files.writeString(file, "fiscal_year,agency_code,agency_name,agency_type,province,district,"
                + "ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10\n"
                + "2568,06319901,องค์การบริหารส่วนตำบลทดลองนำเข้า,อบต.,บุรีรัมย์,นางรอง,90,90,90,90,90,90,90,90,90,90\n"
                + "2568,06319902,องค์การบริหารส่วนตำบลแถวผิด,อบต.,บุรีรัมย์,นางรอง,150,90,90,90,90,90,90,90,90,90\n",
                StandardCharsets.UTF_8);
        login("admin", "/data");
        page.locator("#upload input[type='file']").setInputFiles(file);
        page.waitForSelector("#upload-summary");
        assertThat(page.locator("#upload-summary").innerText()).contains("scores-2568-buriram.csv").contains("1");
        List<String> reject = page.locator("#upload-rejects vaadin-grid-cell-content").allInnerTexts();
        assertThat(reject).contains("3", "ind1", "150", "score_out_of_range");
        assertThat(page.locator("#batch-history vaadin-grid-cell-content").allInnerTexts()).contains("scores-2568-buriram.csv");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("admin-upload.png")).setFullPage(true));

        // the running dashboard serves the new data at once (the store was swapped under it)
        page.navigate(base + "/agency?code=06319901&year=2568");
        assertThat(page.locator("#kpi-total .value").innerText()).isEqualTo("90.00");
        page.navigate(base + "/agency?code=06319902");
        assertThat(page.locator("#not-found").innerText()).contains("06319902");
    }

    @Test
    void onlyAdminsMayUpload() {
        login("planner", "/");
        page.navigate(base + "/data");
        assertThat(page.locator("#upload").count()).isZero();
    }

    @Test
    void nobodyGetsInWithoutLoggingIn() {
        page.navigate(base + "/agency?code=06310499&year=2564");
        page.waitForSelector("vaadin-login-form");
        assertThat(page.locator("#kpi-total").count()).isZero();
        page.locator("vaadin-login-form input[name='username']").fill("planner");
        page.locator("vaadin-login-form input[name='password']").fill("wrong");
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']").first().click();
        page.waitForURL("**error**");
        assertThat(page.locator("#kpi-total").count()).isZero();
    }

    private void chartsDrawn() {
        RunningDashboard.chartsDrawn(page);
    }

    private int count() {
        return Integer.parseInt(page.locator("#agency-count").innerText().split(" ")[0]);
    }

    private void choose(String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item:has-text('" + item + "')").first().click();
    }
}
