package th.ita.insight.reports.document;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Document} as an A4 PDF in Sarabun (embedded). Thai is shaped by the JDK's glyph layout through
 * OpenPDF's {@link GlyphLayoutManager} (tone marks sit above the vowels: หนี้, ที่, เท่านั้น), lines break between
 * Thai words ({@link ThaiLineBreaks}), and each shaped run carries its original text (/ActualText) so the PDF can
 * be searched and copied from.
 */
public final class PdfWriter {

    private static final float BODY = 14f;
    private static final Color HEADER_FILL = new Color(0xE3, 0xEA, 0xF3);
    private static final Color NOTE_FILL = new Color(0xFF, 0xF4, 0xD6);

    private PdfWriter() {
    }

    public static void write(Document document, OutputStream out) {
        GlyphLayoutManager glyphs = new GlyphLayoutManager().setWriteActualText(true);
        Font regular = load(glyphs, "Sarabun_400Regular.ttf");
        Font bold = load(glyphs, "Sarabun_700Bold.ttf");
        ThaiLineBreaks breaks = new ThaiLineBreaks();
        try (org.openpdf.text.Document pdf = new org.openpdf.text.Document(PageSize.A4, 62, 48, 56, 64).setGlyphLayoutManager(glyphs)) {
            org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(pdf, out);
            Font footerFont = new Font(regular.getBaseFont(), 10f, Font.NORMAL, Color.DARK_GRAY);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(org.openpdf.text.pdf.PdfWriter w, org.openpdf.text.Document d) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT,
                            new Phrase(document.footer() + "   หน้า " + w.getPageNumber(), footerFont), d.left(), d.bottom() - 28, 0);
                }
            });
            pdf.addTitle(document.title());
            pdf.addCreator("ITA Insight");
            pdf.open();
            for (Block block : document.blocks()) {
                switch (block) {
                    case Block.Heading h -> {
                        float size = switch (h.level()) {
                            case 1 -> 20f;
                            case 2 -> 16f;
                            default -> BODY;
                        };
                        org.openpdf.text.Paragraph p = paragraph(h.text(), new Font(bold.getBaseFont(), size), breaks);
                        p.setAlignment(h.level() == 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
                        p.setSpacingBefore(h.level() == 1 ? 0 : 10);
                        p.setSpacingAfter(6);
                        pdf.add(p);
                    }
                    case Block.Paragraph para -> {
                        org.openpdf.text.Paragraph p = paragraph(para.text(), new Font((para.bold() ? bold : regular).getBaseFont(), BODY), breaks);
                        p.setIndentationLeft(24f * para.indent());
                        p.setSpacingAfter(4);
                        pdf.add(p);
                    }
                    case Block.Bullets list -> {
                        for (String item : list.items()) {
                            org.openpdf.text.Paragraph p = paragraph("•  " + item, new Font(regular.getBaseFont(), BODY), breaks);
                            p.setIndentationLeft(24f * (list.indent() + 1));
                            p.setFirstLineIndent(-12f);
                            pdf.add(p);
                        }
                    }
                    case Block.Table t -> pdf.add(table(t, regular, bold, breaks));
                    case Block.Note n -> {
                        PdfPTable box = new PdfPTable(1);
                        box.setWidthPercentage(100);
                        box.setSpacingBefore(4);
                        box.setSpacingAfter(8);
                        PdfPCell cell = cell(n.text(), new Font(regular.getBaseFont(), 12f), breaks);
                        cell.setBackgroundColor(NOTE_FILL);
                        box.addCell(cell);
                        pdf.add(box);
                    }
                    case Block.PageBreak pb -> pdf.newPage();
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    private static PdfPTable table(Block.Table t, Font regular, Font bold, ThaiLineBreaks breaks) {
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.widths().get(i);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        Font headerFont = new Font(bold.getBaseFont(), 13f);
        for (String h : t.headers()) {
            PdfPCell c = cell(h, headerFont, breaks);
            c.setBackgroundColor(HEADER_FILL);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(c);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Font f = new Font((t.emphasised().contains(r) ? bold : regular).getBaseFont(), 13f);
            for (String v : t.rows().get(r)) {
                PdfPCell c = cell(v, f, breaks);
                if (v.matches("[-+−]?[0-9.,]+( %)?")) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, ThaiLineBreaks breaks) {
        PdfPCell c = new PdfPCell(new Phrase(new Chunk(text, font).setSplitCharacter(breaks)));
        // Thai stacks marks above and below the line: without room the marks touch the borders and the next line
        c.setLeading(0f, 1.45f);
        c.setUseAscender(true);
        c.setUseDescender(true);
        c.setPadding(4f);
        c.setBorderWidth(0.5f);
        c.setBorder(Rectangle.BOX);
        return c;
    }

    private static org.openpdf.text.Paragraph paragraph(String text, Font font, ThaiLineBreaks breaks) {
        return new org.openpdf.text.Paragraph(font.getSize() * 1.55f, new Chunk(text, font).setSplitCharacter(breaks));
    }

    private static Font load(GlyphLayoutManager glyphs, String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: /fonts/" + file);
            }
            return glyphs.loadFont(file, in, BODY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException e) {
            throw new IllegalStateException("cannot load the PDF font " + file + ": " + e.getMessage(), e);
        }
    }
}
