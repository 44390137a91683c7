package th.ita.insight.reports.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * Writes a {@link Document} as an A4 Word file in the way Thai offices write theirs: Sarabun for every script
 * (Word takes Thai from the complex-script font and size), language th-TH, 16 pt body text, tables with borders
 * and a repeated header row, so planners can edit it further. The file names the font; Word and LibreOffice use
 * Sarabun where it is installed (it ships with Thai government computers) and a Thai fallback elsewhere.
 */
public final class DocxWriter {

    private static final String FONT = "Sarabun";

    private DocxWriter() {
    }

    public static void write(Document document, OutputStream out) {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator("ITA Insight");
            a4(docx);
            for (Block block : document.blocks()) {
                switch (block) {
                    case Block.Heading h -> {
                        XWPFParagraph p = docx.createParagraph();
                        p.setAlignment(h.level() == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                        p.setSpacingBefore(h.level() == 1 ? 0 : 160);
                        run(p, h.text(), true, h.level() == 1 ? 20 : h.level() == 2 ? 18 : 16);
                    }
                    case Block.Paragraph para -> {
                        XWPFParagraph p = docx.createParagraph();
                        p.setIndentationLeft(567 * para.indent());
                        run(p, para.text(), para.bold(), 16);
                    }
                    case Block.Bullets list -> {
                        for (String item : list.items()) {
                            XWPFParagraph p = docx.createParagraph();
                            p.setIndentationLeft(567 * (list.indent() + 1));
                            p.setIndentationHanging(284);
                            run(p, "•\t" + item, false, 16);
                        }
                    }
                    case Block.Table t -> table(docx, t);
                    case Block.Note n -> {
                        XWPFParagraph p = docx.createParagraph();
                        p.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
                        p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
                        p.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
                        p.setBorderRight(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
                        run(p, n.text(), false, 14);
                    }
                    case Block.PageBreak pb -> docx.createParagraph().setPageBreak(true);
                }
            }
            XWPFParagraph footer = docx.createParagraph();
            footer.setSpacingBefore(240);
            run(footer, document.footer(), false, 12);
            docx.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument docx, Block.Table t) {
        XWPFTable table = docx.createTable(1 + t.rows().size(), t.headers().size());
        table.setWidth("100%");
        for (XWPFTable.XWPFBorderType side : new XWPFTable.XWPFBorderType[] {XWPFTable.XWPFBorderType.SINGLE}) {
            table.setTopBorder(side, 4, 0, "000000");
            table.setBottomBorder(side, 4, 0, "000000");
            table.setLeftBorder(side, 4, 0, "000000");
            table.setRightBorder(side, 4, 0, "000000");
            table.setInsideHBorder(side, 4, 0, "000000");
            table.setInsideVBorder(side, 4, 0, "000000");
        }
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < t.headers().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("E3EAF3");
            cell.setWidth(Math.round(100.0 * t.widths().get(c) / total) + "%");
            fill(cell, t.headers().get(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            for (int c = 0; c < t.headers().size(); c++) {
                fill(row.getCell(c), t.rows().get(r).get(c), t.emphasised().contains(r));
            }
        }
        docx.createParagraph();
    }

    /** A cell's text; each '\n' starts a new paragraph in the cell, as planners type lists in Word. */
    private static void fill(XWPFTableCell cell, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
        run(first, lines[0], bold, 14);
        for (int i = 1; i < lines.length; i++) {
            run(cell.addParagraph(), lines[i], bold, 14);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int points) {
        XWPFRun r = p.createRun();
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            r.setFontFamily(FONT, range);
        }
        r.setBold(bold);
        r.setComplexScriptBold(bold);
        r.setFontSize(points);
        r.setComplexScriptFontSize(points);
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setVal("th-TH");
        lang.setBidi("th-TH");
        r.setText(text);
    }

    private static void a4(XWPFDocument docx) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        margins.setGutter(BigInteger.ZERO);
    }
}
