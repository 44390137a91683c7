package th.ita.insight.reports.document;

import java.util.List;

/**
 * A document ready to be written as DOCX or PDF: its title (also the file's metadata), its blocks, and a
 * footer line on every page (who made it from which data, and when, in พ.ศ.).
 */
public record Document(String title, List<Block> blocks, String footer) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** All the text of the document, in order, for tests and for search. */
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Block b : blocks) {
            switch (b) {
                case Block.Heading h -> out.append(h.text()).append('\n');
                case Block.Paragraph p -> out.append(p.text()).append('\n');
                case Block.Bullets l -> l.items().forEach(i -> out.append(i).append('\n'));
                case Block.Table t -> {
                    out.append(String.join("\t", t.headers())).append('\n');
                    t.rows().forEach(r -> out.append(String.join("\t", r)).append('\n'));
                }
                case Block.Note n -> out.append(n.text()).append('\n');
                case Block.PageBreak pb -> out.append('\f');
            }
        }
        return out.append(footer).append('\n').toString();
    }
}
