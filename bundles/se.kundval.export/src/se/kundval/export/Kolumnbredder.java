package se.kundval.export;

import java.util.List;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The widths of a PDF table's columns, measured in the fonts they are printed in: each column at
 * least as wide as the longest word of its heading, so that "Kunder" and "Organisationsnummer" are
 * never split inside a word ("Kunde r"), and otherwise as wide as its longest value (up to a limit, so
 * that a long text wraps instead of pushing the others off the page). When even the headings' words
 * do not fit beside each other, the headings are printed smaller.
 */
final class Kolumnbredder {

    /** A cell's padding and border on both sides, in points. */
    private static final float UTFYLLNAD = 6;
    /** Longer values wrap: no column claims more than this for its content. */
    private static final float STORSTA_INNEHALL = 180;
    private static final float MINSTA_RUBRIKSTORLEK = 6;

    private final float[] bredder;
    private final float rubrikstorlek;

    Kolumnbredder(Tabell tabell, Font rubrikfont, Font cellfont, float sidbredd) {
        List<Kolumn> kolumner = tabell.kolumner();
        BaseFont rubrik = rubrikfont.getCalculatedBaseFont(false);
        BaseFont cell = cellfont.getCalculatedBaseFont(false);
        float[] ord = new float[kolumner.size()];
        bredder = new float[kolumner.size()];
        float ordsumma = 0;
        for (int k = 0; k < kolumner.size(); k++) {
            for (String del : kolumner.get(k).rubrik().split("\\s+")) { //$NON-NLS-1$
                ord[k] = Math.max(ord[k], rubrik.getWidthPoint(del, rubrikfont.getSize()) + UTFYLLNAD);
            }
            float innehall = 0;
            for (List<Object> rad : tabell.rader()) {
                innehall = Math.max(innehall, cell.getWidthPoint(Svenskformat.text(kolumner.get(k), rad.get(k), true),
                        cellfont.getSize()) + UTFYLLNAD);
            }
            bredder[k] = Math.max(ord[k], Math.min(innehall, STORSTA_INNEHALL));
            ordsumma += ord[k];
        }
        rubrikstorlek = ordsumma <= sidbredd ? rubrikfont.getSize()
                : Math.max(MINSTA_RUBRIKSTORLEK, rubrikfont.getSize() * sidbredd / ordsumma);
        if (rubrikstorlek < rubrikfont.getSize()) {
            // the words fit at the smaller size: the columns keep at least that much of the page
            for (int k = 0; k < bredder.length; k++) {
                bredder[k] = Math.max(ord[k] * rubrikstorlek / rubrikfont.getSize(), Math.min(bredder[k], STORSTA_INNEHALL));
            }
        }
    }

    /** Relative widths for {@code PdfPTable.setWidths}. */
    float[] bredder() {
        return bredder.clone();
    }

    /** The heading font's size that lets every heading word fit its column. */
    float rubrikstorlek() {
        return rubrikstorlek;
    }
}
