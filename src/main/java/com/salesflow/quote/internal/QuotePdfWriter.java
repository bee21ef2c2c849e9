package com.salesflow.quote.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteLine;
import com.salesflow.quote.QuoteTotals;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Prints a quote version as the PDF sent to the customer, in the quote's language, with the seller's header from
 * {@code salesflow.quotes.company}. It shows prices, discounts and totals only: never a cost or a margin.
 * <p>
 * All text is set in an embedded subset of Noto Sans CJK SC ({@code fonts/}, SIL OFL 1.1), whose Latin glyphs
 * serve English too, so the PDF looks the same on a machine without Chinese fonts. Labels are the
 * {@code quote.pdf.*} keys of the UI's translation bundles.
 */
@Component
class QuotePdfWriter {

    private static final String FONT = "fonts/NotoSansCJKsc-Regular-subset.otf";
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Color RULE = new Color(0x9e, 0xa7, 0xb3);
    private static final Color SHADE = new Color(0xee, 0xf1, 0xf5);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    /**
     * One embedded font is shared by all documents, and OpenPDF reads its bytes through one file pointer when it
     * writes the subset at the end of a document: two documents must not close at once.
     */
    private static final Object FONT_LOCK = new Object();

    private final QuoteProperties properties;
    private final Clock clock;

    QuotePdfWriter(QuoteProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The PDF of {@code quote} addressed to {@code customer}. {@code contactName} is the customer's contact person,
     * or null. The date printed is when the quote was sent, or today for one not yet sent.
     */
    byte[] write(QuoteDetails quote, CustomerDetails customer, String contactName) {
        Locale locale = quote.language() != null && quote.language().startsWith("zh") ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
        Texts texts = new Texts(locale);
        LocalDate date = LocalDate.ofInstant(quote.sentAt() != null ? quote.sentAt() : clock.instant(),
                clock.getZone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        synchronized (FONT_LOCK) {
            Document document = new Document(PageSize.A4, 42, 42, 42, 54);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(texts, quote.summary().label()));
            document.addTitle(texts.get("quote.pdf.title") + " " + quote.summary().label());
            document.addCreator("Salesflow");
            document.open();
            document.add(header(quote, texts, date));
            document.add(customerBlock(customer, contactName, texts));
            document.add(lines(quote, texts));
            document.add(totals(quote.totals(), quote.summary().currency(), texts));
            conditions(document, quote, texts);
            document.close();
        }
        return out.toByteArray();
    }

    private PdfPTable header(QuoteDetails quote, Texts texts, LocalDate date) {
        QuoteProperties.Company company = properties.company();
        boolean chinese = texts.chinese();
        PdfPTable table = table(new float[] {3, 2});
        PdfPCell seller = cell(Rectangle.NO_BORDER);
        seller.addElement(new Paragraph(chinese ? company.nameZh() : company.name(), font(14, Font.BOLD)));
        seller.addElement(new Paragraph(chinese ? company.addressZh() : company.address(), font(9, Font.NORMAL)));
        seller.addElement(new Paragraph(join(texts.get("quote.pdf.phone") + " " + text(company.phone()),
                texts.get("quote.pdf.email") + " " + text(company.email())), font(9, Font.NORMAL)));
        if (company.website() != null && !company.website().isBlank()) {
            seller.addElement(new Paragraph(company.website(), font(9, Font.NORMAL)));
        }
        table.addCell(seller);

        PdfPCell title = cell(Rectangle.NO_BORDER);
        Paragraph heading = new Paragraph(texts.get("quote.pdf.title"), font(18, Font.BOLD));
        heading.setAlignment(Element.ALIGN_RIGHT);
        title.addElement(heading);
        for (String line : new String[] {texts.get("quote.pdf.number") + " " + quote.summary().label(),
                texts.get("quote.pdf.date") + " " + DATE.format(date),
                texts.format("quote.pdf.validUntil", format(quote.validUntil()))}) {
            Paragraph paragraph = new Paragraph(line, font(9, Font.NORMAL));
            paragraph.setAlignment(Element.ALIGN_RIGHT);
            title.addElement(paragraph);
        }
        table.addCell(title);
        table.setSpacingAfter(14);
        return table;
    }

    private PdfPTable customerBlock(CustomerDetails customer, String contactName, Texts texts) {
        PdfPTable table = table(new float[] {1.4f, 5});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        PdfPCell heading = cell(Rectangle.BOTTOM);
        heading.setColspan(2);
        heading.setPhrase(new Phrase(texts.get("quote.pdf.customer"), font(10, Font.BOLD)));
        table.addCell(heading);
        row(table, "", customer.name(), font(10, Font.BOLD));
        row(table, texts.get("quote.pdf.address"), customer.address(), font(9, Font.NORMAL));
        row(table, texts.get("quote.pdf.contact"), contactName, font(9, Font.NORMAL));
        row(table, texts.get("quote.pdf.phone"), customer.phone(), font(9, Font.NORMAL));
        row(table, texts.get("quote.pdf.email"), customer.email(), font(9, Font.NORMAL));
        table.setSpacingAfter(14);
        return table;
    }

    private void row(PdfPTable table, String label, String value, Font valueFont) {
        if (value == null || value.isBlank()) {
            return;
        }
        PdfPCell name = cell(Rectangle.NO_BORDER);
        name.setPhrase(new Phrase(label, font(9, Font.NORMAL, MUTED)));
        table.addCell(name);
        PdfPCell content = cell(Rectangle.NO_BORDER);
        content.setPhrase(new Phrase(value, valueFont));
        table.addCell(content);
    }

    private PdfPTable lines(QuoteDetails quote, Texts texts) {
        PdfPTable table = table(new float[] {0.6f, 1.5f, 3.7f, 0.9f, 1.1f, 1.5f, 1.4f, 1.7f});
        String[] columns = {"position", "code", "product", "unit", "quantity", "unitPrice", "discount", "net"};
        for (int i = 0; i < columns.length; i++) {
            PdfPCell cell = cell(Rectangle.BOTTOM | Rectangle.TOP);
            cell.setBackgroundColor(SHADE);
            cell.setHorizontalAlignment(i >= 4 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setPhrase(new Phrase(texts.get("quote.pdf.col." + columns[i]), font(8, Font.BOLD)));
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        Locale locale = texts.locale();
        for (QuoteLine line : quote.lines()) {
            lineCell(table, String.valueOf(line.position()), Element.ALIGN_LEFT);
            lineCell(table, line.productCode(), Element.ALIGN_LEFT);
            lineCell(table, line.productName(locale), Element.ALIGN_LEFT);
            lineCell(table, line.unit(), Element.ALIGN_LEFT);
            lineCell(table, quantity(line.quantity()), Element.ALIGN_RIGHT);
            lineCell(table, money(line.unitPrice()), Element.ALIGN_RIGHT);
            lineCell(table, percent(line.discountPercent()), Element.ALIGN_RIGHT);
            lineCell(table, money(line.net()), Element.ALIGN_RIGHT);
        }
        table.setSpacingAfter(8);
        return table;
    }

    private void lineCell(PdfPTable table, String value, int alignment) {
        PdfPCell cell = cell(Rectangle.BOTTOM);
        cell.setHorizontalAlignment(alignment);
        cell.setPhrase(new Phrase(text(value), font(9, Font.NORMAL)));
        table.addCell(cell);
    }

    private PdfPTable totals(QuoteTotals totals, String currency, Texts texts) {
        PdfPTable table = table(new float[] {3, 2});
        table.setWidthPercentage(45);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setKeepTogether(true);
        total(table, texts.get("quote.pdf.gross"), money(totals.gross()), false);
        BigDecimal lineDiscounts = totals.gross().subtract(totals.linesNet());
        if (lineDiscounts.signum() != 0) {
            total(table, texts.get("quote.pdf.lineDiscounts"), "-" + money(lineDiscounts), false);
        }
        if (totals.headerDiscount() != null && totals.headerDiscount().signum() != 0) {
            total(table, texts.get("quote.pdf.headerDiscount"), "-" + money(totals.headerDiscount()), false);
        }
        total(table, texts.get("quote.pdf.net"), money(totals.net()), false);
        total(table, texts.get("quote.pdf.tax"), money(totals.tax()), false);
        total(table, texts.get("quote.pdf.total"), text(currency) + " " + money(totals.total()), true);
        PdfPCell note = cell(Rectangle.NO_BORDER);
        note.setColspan(2);
        note.setHorizontalAlignment(Element.ALIGN_RIGHT);
        note.setPhrase(new Phrase(texts.format("quote.pdf.currency", text(currency)), font(8, Font.NORMAL, MUTED)));
        table.addCell(note);
        table.setSpacingAfter(16);
        return table;
    }

    private void total(PdfPTable table, String label, String value, boolean grand) {
        Font font = grand ? font(11, Font.BOLD) : font(9, Font.NORMAL);
        int border = grand ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.NO_BORDER;
        PdfPCell name = cell(border);
        name.setPhrase(new Phrase(label, font));
        table.addCell(name);
        PdfPCell amount = cell(border);
        amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
        amount.setPhrase(new Phrase(value, font));
        table.addCell(amount);
    }

    private void conditions(Document document, QuoteDetails quote, Texts texts) {
        Font font = font(9, Font.NORMAL);
        document.add(new Paragraph(texts.format("quote.pdf.validUntil", format(quote.validUntil())), font));
        if (quote.paymentTermsDays() != null) {
            document.add(new Paragraph(texts.format("quote.pdf.paymentTerms",
                    String.valueOf(quote.paymentTermsDays())), font));
        }
        if (quote.terms() != null && !quote.terms().isBlank()) {
            Paragraph heading = new Paragraph(texts.get("quote.pdf.terms"), font(10, Font.BOLD));
            heading.setSpacingBefore(10);
            document.add(heading);
            document.add(new Paragraph(quote.terms(), font));
        }
    }

    /** "Page n" and the quote's number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final Texts texts;
        private final String label;

        Footer(Texts texts, String label) {
            this.texts = texts;
            this.label = label;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            Phrase footer = new Phrase(label + "  ·  " + texts.format("quote.pdf.page",
                    String.valueOf(writer.getPageNumber())), font(8, Font.NORMAL, MUTED));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (page.getLeft() + page.getRight()) / 2, page.getBottom() + 28, 0);
        }
    }

    /** The {@code quote.pdf.*} labels in one language, read as the UI reads them. */
    private record Texts(Locale locale, ResourceBundle bundle) {

        Texts(Locale locale) {
            this(locale, ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK));
        }

        boolean chinese() {
            return "zh".equals(locale.getLanguage());
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, String argument) {
            return new MessageFormat(get(key), locale).format(new Object[] {argument});
        }
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(int border) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(border);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static Font font(float size, int style) {
        return font(size, style, Color.BLACK);
    }

    /** Bold is drawn by stroking the regular glyphs: one embedded font keeps the jar and the PDF small. */
    private static Font font(float size, int style, Color color) {
        return new Font(EmbeddedFont.BASE, size, style, color);
    }

    private static String join(String first, String second) {
        return first + "    " + second;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String money(BigDecimal amount) {
        return decimal("#,##0.00").format(amount == null ? BigDecimal.ZERO : amount);
    }

    static String quantity(BigDecimal quantity) {
        return quantity == null ? "" : decimal("#,##0.###").format(quantity);
    }

    private static String percent(BigDecimal percent) {
        return decimal("0.##").format(percent == null ? BigDecimal.ZERO : percent);
    }

    /** Point and comma whatever the server's locale: 1,234.50 reads the same in both languages. */
    private static DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** Loaded on the first PDF, not at start-up: the font is 11 MB. */
    private static final class EmbeddedFont {

        static final BaseFont BASE = load();

        private static BaseFont load() {
            try (InputStream in = QuotePdfWriter.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + FONT + " is not on the classpath");
                }
                return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
