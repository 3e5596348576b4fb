package se.kundval.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A {@link Brev} as PDF with OpenPDF: A4 portrait with letter margins, the sender and date on one
 * line, a rule, the heading, the facts as a borderless two-column table, the sections and the
 * signature. The fonts are the standard Helvetica, whose encoding covers å, ä and ö.
 */
public final class BrevSkrivare {

    private static final Font AVSANDARE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, Font.NORMAL);
    private static final Font DATUM = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final Font RUBRIK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.NORMAL);
    private static final Font ETIKETT = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Font.NORMAL);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final Font STYCKERUBRIK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, Font.NORMAL);
    private static final Color LINJE = new Color(0x1F, 0x3A, 0x5F);

    /** Writes the letter. The stream is not closed. */
    public void skriv(Brev brev, OutputStream ut) throws IOException {
        Document pdf = new Document(PageSize.A4, 64, 64, 56, 56);
        try {
            PdfWriter skrivare = PdfWriter.getInstance(pdf, ut);
            skrivare.setCloseStream(false);
            pdf.addTitle(brev.rubrik());
            pdf.addAuthor(brev.avsandare());
            pdf.open();
            pdf.add(huvud(brev));
            Paragraph rubrik = new Paragraph(brev.rubrik(), RUBRIK);
            rubrik.setSpacingBefore(22);
            rubrik.setSpacingAfter(12);
            pdf.add(rubrik);
            if (!brev.uppgifter().isEmpty()) {
                pdf.add(uppgifter(brev));
            }
            for (Brev.Stycke stycke : brev.stycken()) {
                if (stycke.rubrik() != null) {
                    Paragraph r = new Paragraph(stycke.rubrik(), STYCKERUBRIK);
                    r.setSpacingBefore(12);
                    pdf.add(r);
                }
                Paragraph text = new Paragraph(stycke.text(), TEXT);
                text.setSpacingBefore(4);
                text.setLeading(14);
                pdf.add(text);
            }
            Paragraph underskrift = new Paragraph(String.join("\n", brev.underskrift()), TEXT); //$NON-NLS-1$
            underskrift.setSpacingBefore(28);
            underskrift.setLeading(14);
            pdf.add(underskrift);
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static PdfPTable huvud(Brev brev) {
        PdfPTable huvud = new PdfPTable(new float[] {3, 1});
        huvud.setWidthPercentage(100);
        PdfPCell avsandare = new PdfPCell(new Phrase(brev.avsandare(), AVSANDARE));
        avsandare.setBorder(Rectangle.BOTTOM);
        avsandare.setBorderColor(LINJE);
        avsandare.setPaddingBottom(6);
        huvud.addCell(avsandare);
        PdfPCell datum = new PdfPCell(new Phrase(brev.datum().toString(), DATUM));
        datum.setBorder(Rectangle.BOTTOM);
        datum.setBorderColor(LINJE);
        datum.setHorizontalAlignment(Element.ALIGN_RIGHT);
        datum.setPaddingBottom(6);
        huvud.addCell(datum);
        return huvud;
    }

    private static PdfPTable uppgifter(Brev brev) {
        PdfPTable t = new PdfPTable(new float[] {1, 2.6f});
        t.setWidthPercentage(100);
        for (Brev.Uppgift u : brev.uppgifter()) {
            PdfPCell etikett = new PdfPCell(new Phrase(u.etikett(), ETIKETT));
            etikett.setBorder(Rectangle.NO_BORDER);
            etikett.setPaddingBottom(4);
            t.addCell(etikett);
            PdfPCell varde = new PdfPCell(new Phrase(u.varde() == null ? "" : u.varde(), TEXT)); //$NON-NLS-1$
            varde.setBorder(Rectangle.NO_BORDER);
            varde.setPaddingBottom(4);
            t.addCell(varde);
        }
        return t;
    }
}
