package com.salesflow.quote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteLine;
import com.salesflow.quote.QuoteStatus;
import com.salesflow.quote.QuoteSummary;
import com.salesflow.quote.QuoteTotals;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

class QuotePdfWriterTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-11-20 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), SHANGHAI);
    /** Amounts that only costs and margin produce: unit costs, line costs, total cost, margin, margin %. */
    private static final List<String> COST_FIGURES = List.of("800.00", "9,600.00", "210.55", "736.93", "1,111.11",
            "11,448.04", "6,809.36", "37.3");

    private final QuotePdfWriter writer = new QuotePdfWriter(new QuoteProperties(null, null, null, null, null, null,
            null), CLOCK);

    @Test
    void an_english_quote_shows_seller_customer_lines_totals_and_conditions_in_english() throws IOException {
        String text = text(writer.write(quote("en"), customer("Northwind Traders Ltd."), "Alice Wong"));

        assertThat(text).contains("Salesflow Demo Trading Co., Ltd.", "88 Century Avenue, Pudong, Shanghai",
                "+86 21 5555 0188", "sales@salesflow.example");
        assertThat(text).contains("Quotation", "QT-2026-00042 v2", "2026-11-20");
        assertThat(text).contains("Northwind Traders Ltd.", "12 Harbour Road, Kowloon", "Alice Wong",
                "+852 2345 6789", "buyer@northwind.example");
        assertThat(text).contains("Industrial Pump X200", "Maintenance kit", "On-site installation")
                .doesNotContain("工业水泵", "保养套件", "现场安装");
        assertThat(text).contains("P-100", "12", "3.5", "1,250.00", "14,250.00", "1,680.00", "2,700.00");
        assertThat(text).contains("Gross", "19,680.00", "Line discounts", "-1,050.00", "Quotation discount",
                "-372.60", "Net", "18,257.40", "Tax", "2,373.46", "Total", "CNY 20,630.86");
        assertThat(text).contains("Valid until 2026-12-20", "Payment terms: 45 days net",
                "Delivery within 4 weeks of the order.", "Page 1");
        assertThat(text).doesNotContainIgnoringCase("cost").doesNotContainIgnoringCase("margin");
        assertThat(text).doesNotContain(COST_FIGURES);
    }

    @Test
    void a_chinese_quote_prints_chinese_labels_names_and_seller() throws IOException {
        String text = text(writer.write(quote("zh-CN"), customer("上海远景机械有限公司"), "王晓明"));

        assertThat(text).contains("销售流演示贸易有限公司", "上海市浦东新区世纪大道88号");
        assertThat(text).contains("报价单", "QT-2026-00042 v2", "日期", "2026-11-20");
        assertThat(text).contains("客户", "上海远景机械有限公司", "联系人", "王晓明", "龙华路1号");
        assertThat(text).contains("产品名称", "工业水泵X200", "保养套件", "现场安装服务")
                .doesNotContain("Industrial Pump", "Maintenance kit");
        assertThat(text).contains("数量", "12", "3.5", "单价", "1,250.00", "14,250.00");
        assertThat(text.replaceAll("\\s+", " ")).contains("2 K-220 保养套件 set 3.5 480.00 0 1,680.00");
        assertThat(text).contains("原价合计", "19,680.00", "整单折扣", "-372.60", "未税金额", "18,257.40", "税额",
                "2,373.46", "价税合计", "CNY 20,630.86");
        assertThat(text).contains("有效期至 2026-12-20", "付款条件：45 天内付款", "交货期：订单确认后四周内。", "第 1 页");
        assertThat(text).doesNotContain("成本", "毛利", "Quotation", "Valid until");
        assertThat(text).doesNotContain(COST_FIGURES);
    }

    @Test
    void the_font_is_embedded_as_a_subset_so_chinese_prints_without_fonts_on_the_machine() throws IOException {
        byte[] pdf = writer.write(quote("zh-CN"), customer("上海远景机械有限公司"), null);

        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).containsPattern(Pattern.compile("/FontName\\s*/[A-Z]{6}\\+NotoSansCJKsc-Regular"))
                .contains("/FontFile3");
        assertThat(pdf.length).as("a subset, not the 11 MB font").isLessThan(1_000_000);
        assertThat(text(pdf)).doesNotContain("联系人");
    }

    @Test
    void every_character_printed_has_an_outline_in_the_embedded_font() throws IOException {
        for (String language : List.of("zh-CN", "en")) {
            byte[] pdf = writer.write(quote(language), customer("上海远景机械有限公司"), "王晓明");

            List<String> drawn = new ArrayList<>();
            List<String> blank = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                new PDFTextStripper() {
                    @Override
                    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
                            throws IOException {
                        String unicode = font.toUnicode(code);
                        if (unicode != null && !unicode.isBlank()) {
                            drawn.add(unicode);
                            GeneralPath outline = ((PDVectorFont) font).getPath(code);
                            if (!((PDVectorFont) font).hasGlyph(code) || outline.getBounds2D().isEmpty()) {
                                blank.add(unicode);
                            }
                        }
                        super.showGlyph(matrix, font, code, displacement);
                    }
                }.getText(document);
            }

            assertThat(drawn).as(language).contains("上", "海", "王", "Q", "7");
            assertThat(blank).as(language + ": characters a viewer would draw as nothing").isEmpty();
        }
    }

    @Test
    void a_long_quote_runs_over_pages_with_every_line_and_a_page_number_on_each() throws IOException {
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new QuoteLine(i, i, "X-" + i, "Spare part " + i, "备件" + i, "pcs", BigDecimal.ONE,
                    money("10.00"), money("10.00"), BigDecimal.ZERO, new BigDecimal("0.13"), money("10.00"),
                    money("10.00"), money("1.30"), money("4.00"), money("4.00")));
        }
        QuoteDetails base = quote("en");
        QuoteDetails quote = new QuoteDetails(base.summary(), 1, "Standard", "en", 30, null, lines, base.totals(),
                List.of(), List.of(), List.of(), null, null, null, null, null, null, BigDecimal.ZERO);

        byte[] pdf = writer.write(quote, customer("Northwind Traders Ltd."), null);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        String text = text(pdf);
        assertThat(text).contains("Spare part 1", "Spare part 60", "Page 1", "Page 2");
    }

    /** All pages' text, as a reader's copy-and-paste would give it. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    /**
     * Three lines priced as {@link QuotePricing} prices them, 2 % off the whole quote, 13 % VAT: gross 19,680.00,
     * lines net 18,630.00, header discount 372.60, net 18,257.40, tax 2,373.46, total 20,630.86; cost 11,448.04.
     */
    private static QuoteDetails quote(String language) {
        List<QuotePricing.Line> priced = List.of(
                new QuotePricing.Line(new BigDecimal("12"), money("1250.00"), new BigDecimal("5"), money("800.00"),
                        new BigDecimal("0.13")),
                new QuotePricing.Line(new BigDecimal("3.5"), money("480.00"), BigDecimal.ZERO, money("210.55"),
                        new BigDecimal("0.13")),
                new QuotePricing.Line(BigDecimal.ONE, money("3000.00"), new BigDecimal("10"), money("1111.11"),
                        new BigDecimal("0.13")));
        QuotePricing.Totals totals = QuotePricing.price(priced, new BigDecimal("2"), BigDecimal.ZERO);
        String[][] products = {{"P-100", "Industrial Pump X200", "工业水泵X200", "pcs"},
                {"K-220", "Maintenance kit", "保养套件", "set"}, {"S-900", "On-site installation", "现场安装服务", "job"}};
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            QuotePricing.Line line = priced.get(i);
            QuotePricing.PricedLine amounts = totals.lines().get(i);
            lines.add(new QuoteLine(i + 1, 100 + i, products[i][0], products[i][1], products[i][2], products[i][3],
                    line.quantity(), line.unitPrice(), line.unitPrice(), line.discountPercent(), line.taxRate(),
                    amounts.gross(), amounts.net(), null, line.unitCost(), amounts.cost()));
        }
        QuoteSummary summary = new QuoteSummary(42, "QT-2026-00042", 2, 7, "Pumps for plant 2", 3, "Customer",
                QuoteStatus.APPROVED, "CNY", totals.net(), totals.total(), totals.maxLineDiscount(),
                LocalDate.of(2026, 12, 20), "sales1", Instant.parse("2026-11-18T08:00:00Z"), null, null, true, 3);
        QuoteTotals quoteTotals = new QuoteTotals(totals.gross(), totals.linesNet(), totals.headerDiscount(),
                totals.net(), totals.tax(), totals.total(), totals.cost(), totals.margin(), totals.marginPercent(),
                totals.maxLineDiscount(), totals.totalDiscountPercent());
        String terms = language.startsWith("zh") ? "交货期：订单确认后四周内。" : "Delivery within 4 weeks of the order.";
        return new QuoteDetails(summary, 1, "Standard", language, 45, terms, lines, quoteTotals, List.of(), List.of(),
                List.of(), "sales1", null, null, null, null, null, BigDecimal.ZERO);
    }

    private static CustomerDetails customer(String name) {
        boolean chinese = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return new CustomerDetails(3, null, name, chinese ? "021-6543 2100" : "+852 2345 6789",
                chinese ? "caigou@yuanjing.example" : "buyer@northwind.example", null, null, null,
                chinese ? "上海市徐汇区龙华路1号" : "12 Harbour Road, Kowloon", null, null, "sales1", null, null, null,
                null, null, 30, null, null, null, null, null, null, null, null, null, Instant.EPOCH, 1);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
