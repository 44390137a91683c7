package th.ita.insight.reports.document;

import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;

/**
 * Thai is written without spaces between words, so a line may only break where a word ends. The JDK's
 * dictionary-based word iterator for Thai finds those places; OpenPDF asks, character by character, whether a
 * line may break after it. Not thread-safe: one instance per document.
 */
final class ThaiLineBreaks implements SplitCharacter {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private char[] analysed;
    private final BitSet boundaries = new BitSet();

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return true;
        }
        if (analysed == null || !Arrays.equals(analysed, 0, analysed.length, cc, 0, end)) {
            analysed = Arrays.copyOf(cc, end);
            boundaries.clear();
            BreakIterator words = BreakIterator.getWordInstance(THAI);
            words.setText(new String(analysed));
            for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                boundaries.set(b);
            }
        }
        return boundaries.get(current + 1);
    }
}
