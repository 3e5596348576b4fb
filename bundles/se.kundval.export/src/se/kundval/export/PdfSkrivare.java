package se.kundval.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * PDF with OpenPDF: A4 landscape, the title and subtitle, then each table (its header row repeated
 * on every page, numbers right-aligned, uncertain values marked) and each bar chart, a page number
 * at the foot of every page.
 */
public final class PdfSkrivare {

    private static final Font TITEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.NORMAL);
    private static final Font UNDERTITEL = FontFactory.getFont(FontFactory.HELVETICA, 11, Font.NORMAL);
    private static final Font RUBRIK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
    private static final Font KOLUMNRUBRIK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, Font.NORMAL);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL);
    private static final Font OSAKER_CELL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Font.NORMAL);
    private static final Font FOTNOT = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Font.NORMAL);
    private static final Color RUBRIKFARG = new Color(0xE6, 0xEC, 0xF2);
    /** Room for a heading, a table's column headings and its first rows, in points. */
    private static final float MED_RUBRIKEN = 110;

    /** One table as a document of its own. The stream is not closed. */
    public void skriv(Tabell tabell, OutputStream ut) throws IOException {
        skriv(new Dokument(tabell.rubrik(), null, List.of(tabell)), ut);
    }

    /** The whole document. The stream is not closed. */
    public void skriv(Dokument dokument, OutputStream ut) throws IOException {
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 48);
        try {
            PdfWriter skrivare = PdfWriter.getInstance(pdf, ut);
            skrivare.setCloseStream(false);
            skrivare.setPageEvent(new Sidfot(dokument.titel()));
            // an image that does not fit on the page is never overtaken by the text after it
            skrivare.setStrictImageSequence(true);
            pdf.addTitle(dokument.titel());
            pdf.open();
            pdf.add(new Paragraph(dokument.titel(), TITEL));
            if (dokument.undertitel() != null) {
                pdf.add(new Paragraph(dokument.undertitel(), UNDERTITEL));
            }
            for (Dokumentdel del : dokument.delar()) {
                if (!(del instanceof Tabell)) {
                    // a diagram takes a page of its own; begun here, its heading is not left alone at the foot of the last
                    pdf.newPage();
                }
                if (del instanceof Tabell && skrivare.getVerticalPosition(true) - pdf.bottom() < MED_RUBRIKEN) {
                    // a heading is kept with the start of its table, never left alone at the foot of a page
                    pdf.newPage();
                }
                Paragraph rubrik = new Paragraph(del.rubrik(), RUBRIK);
                rubrik.setSpacingBefore(14);
                rubrik.setSpacingAfter(6);
                pdf.add(rubrik);
                switch (del) {
                    case Tabell tabell -> tabell(pdf, tabell, pdf.right() - pdf.left());
                    case Stapeldiagram diagram -> pdf.add(Diagramritare.bild(diagram, skrivare.getDirectContent(),
                            pdf.right() - pdf.left(), pdf.top() - pdf.bottom() - 60));
                    case Trattdiagram tratt -> pdf.add(Trattritare.bild(tratt, skrivare.getDirectContent(),
                            pdf.right() - pdf.left(), pdf.top() - pdf.bottom() - 60));
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void tabell(Document pdf, Tabell tabell, float sidbredd) {
        List<Kolumn> kolumner = tabell.kolumner();
        PdfPTable t = new PdfPTable(kolumner.size());
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        Kolumnbredder bredder = new Kolumnbredder(tabell, KOLUMNRUBRIK, CELL, sidbredd);
        t.setWidths(bredder.bredder());
        Font rubrikfont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, bredder.rubrikstorlek(), Font.NORMAL);
        for (Kolumn kolumn : kolumner) {
            PdfPCell c = new PdfPCell(new Phrase(kolumn.rubrik(), rubrikfont));
            c.setBackgroundColor(RUBRIKFARG);
            c.setHorizontalAlignment(kolumn.numerisk() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            t.addCell(c);
        }
        for (List<Object> rad : tabell.rader()) {
            for (int k = 0; k < kolumner.size(); k++) {
                Object cell = rad.get(k);
                PdfPCell c = new PdfPCell(new Phrase(Svenskformat.text(kolumner.get(k), cell, true),
                        cell instanceof Osakert ? OSAKER_CELL : CELL));
                c.setHorizontalAlignment(kolumner.get(k).numerisk() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                t.addCell(c);
            }
        }
        pdf.add(t);
        if (tabell.fotnot() != null) {
            Paragraph fotnot = new Paragraph(tabell.fotnot(), FOTNOT);
            fotnot.setSpacingBefore(3);
            pdf.add(fotnot);
        }
    }

    /** The document's title and the page number at the foot of every page. */
    private static final class Sidfot extends PdfPageEventHelper {

        private final String titel;

        Sidfot(String titel) {
            this.titel = titel;
        }

        @Override
        public void onEndPage(PdfWriter skrivare, Document pdf) {
            ColumnText.showTextAligned(skrivare.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(NLS.bind(Messages.sidfot, titel, skrivare.getPageNumber()), FOTNOT),
                    pdf.right(), pdf.bottom() - 20, 0);
        }
    }
}
