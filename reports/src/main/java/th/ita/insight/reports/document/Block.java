package th.ita.insight.reports.document;

import java.util.List;

/**
 * One block of a document, in a form both writers (DOCX and PDF) render the same way. Text is plain text: the
 * writers never interpret it as markup.
 */
public sealed interface Block {

    /** A heading; level 1 is the document's title, 2 a section, 3 a subsection. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph; {@code indent} in steps of one tab as in the agencies' own documents. */
    record Paragraph(String text, int indent, boolean bold) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, 0, false);
        }

        public static Paragraph indented(String text, int indent) {
            return new Paragraph(text, indent, false);
        }
    }

    /** A list of items under the paragraph before it. */
    record Bullets(List<String> items, int indent) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with a header row. {@code widths} are relative column widths; a cell may hold several lines
     * (separated by '\n'). Rows marked in {@code emphasised} (by index) are set in bold, e.g. totals.
     */
    record Table(List<String> headers, List<List<String>> rows, List<Integer> widths, List<Integer> emphasised) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            emphasised = List.copyOf(emphasised);
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException(widths.size() + " widths for " + headers.size() + " columns");
            }
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + headers.size() + " columns");
                }
            }
        }
    }

    /** A boxed note, e.g. that the data are synthetic or that measures are suggestions not yet adopted. */
    record Note(String text) implements Block {
        /** The label every document made from synthetic (demo) data carries on its first page. */
        public static Note synthetic() {
            return new Note("ข้อมูลสาธิต (สังเคราะห์): ตัวเลข มาตรการ และโครงการในเอกสารนี้ไม่ใช่ข้อมูลจริงของหน่วยงาน");
        }
    }

    /** Start the next block on a new page. */
    record PageBreak() implements Block {}
}
