package se.kundval.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX with Apache POI: one sheet per table (title, the document's subtitle, the header row, then
 * the rows), numbers as numeric cells with Swedish-independent formats so that Excel shows them in
 * the reader's locale, uncertain values in italics.
 */
public final class XlsxSkrivare {

    /** The row of each sheet holding the column headings; the data follows it. */
    public static final int RUBRIKRAD = 2;

    private static final int MAX_BLADNAMN = 31;
    private static final int BILD_BREDD = 1200;
    private static final int BILD_HOJD = 720;

    /** One table on one sheet. The stream is not closed. */
    public void skriv(Tabell tabell, OutputStream ut) throws IOException {
        skriv(new Dokument(tabell.rubrik(), null, List.of(tabell)), ut);
    }

    /**
     * Every table of the document on its own sheet, and each funnel plot as a picture on its own sheet;
     * bar charts are left out (their figures are in the tables). The stream is not closed.
     */
    public void skriv(Dokument dokument, OutputStream ut) throws IOException {
        // xmlbeans finds its schema types through the context class loader, which under OSGi is not
        // the bundle's own (the classes are embedded here)
        Thread trad = Thread.currentThread();
        ClassLoader tidigare = trad.getContextClassLoader();
        trad.setContextClassLoader(XlsxSkrivare.class.getClassLoader());
        try (XSSFWorkbook bok = new XSSFWorkbook()) {
            Stilar stilar = new Stilar(bok);
            Set<String> namn = new HashSet<>();
            for (Tabell tabell : dokument.tabeller()) {
                blad(bok.createSheet(bladnamn(tabell.rubrik(), namn)), tabell, dokument.undertitel(), stilar);
            }
            for (Dokumentdel del : dokument.delar()) {
                if (del instanceof Trattdiagram tratt) {
                    bild(bok, bok.createSheet(bladnamn(tratt.rubrik(), namn)), tratt);
                }
            }
            bok.write(ut);
        } finally {
            trad.setContextClassLoader(tidigare);
        }
    }

    /** The plot drawn as a PNG picture below its title. */
    private static void bild(XSSFWorkbook bok, Sheet blad, Trattdiagram tratt) throws IOException {
        blad.createRow(0).createCell(0).setCellValue(tratt.rubrik());
        BufferedImage bild = new BufferedImage(BILD_BREDD, BILD_HOJD, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bild.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Trattritare.rita(tratt, g, new Rectangle2D.Double(0, 0, BILD_BREDD, BILD_HOJD));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(bild, "png", png); //$NON-NLS-1$
        int index = bok.addPicture(png.toByteArray(), Workbook.PICTURE_TYPE_PNG);
        // a fixed anchor rather than Picture.resize(), which needs font metrics a headless server may lack
        blad.createDrawingPatriarch().createPicture(new XSSFClientAnchor(0, 0, 0, 0, 0, 2, 18, 40), index);
    }

    private static void blad(Sheet blad, Tabell tabell, String undertitel, Stilar stilar) {
        Cell titel = blad.createRow(0).createCell(0);
        titel.setCellValue(tabell.rubrik());
        titel.setCellStyle(stilar.titel);
        if (undertitel != null) {
            blad.createRow(1).createCell(0).setCellValue(undertitel);
        }
        List<Kolumn> kolumner = tabell.kolumner();
        int[] bredd = new int[kolumner.size()];
        Row rubriker = blad.createRow(RUBRIKRAD);
        for (int k = 0; k < kolumner.size(); k++) {
            Cell c = rubriker.createCell(k);
            c.setCellValue(kolumner.get(k).rubrik());
            c.setCellStyle(stilar.rubrik);
            bredd[k] = kolumner.get(k).rubrik().length();
        }
        int r = RUBRIKRAD + 1;
        for (List<Object> varden : tabell.rader()) {
            Row rad = blad.createRow(r++);
            for (int k = 0; k < kolumner.size(); k++) {
                Object cell = varden.get(k);
                cell(rad.createCell(k), kolumner.get(k), cell, stilar);
                bredd[k] = Math.max(bredd[k], Svenskformat.text(kolumner.get(k), cell, true).length());
            }
        }
        if (tabell.fotnot() != null) {
            blad.createRow(r + 1).createCell(0).setCellValue(tabell.fotnot());
        }
        for (int k = 0; k < kolumner.size(); k++) {
            // widths from the text length: autoSizeColumn needs font metrics, which a headless server may lack
            blad.setColumnWidth(k, Math.min(255, bredd[k] + 3) * 256);
        }
        blad.createFreezePane(0, RUBRIKRAD + 1);
    }

    private static void cell(Cell c, Kolumn kolumn, Object cell, Stilar stilar) {
        Object varde = Osakert.vardet(cell);
        c.setCellStyle(stilar.stil(kolumn, cell instanceof Osakert));
        if (varde instanceof Number tal && kolumn.numerisk()) {
            c.setCellValue(tal.doubleValue());
        } else if (varde instanceof LocalDate datum) {
            c.setCellValue(datum);
        } else if (varde != null) {
            c.setCellValue(varde.toString());
        }
    }

    /** Sheet names are at most 31 characters, without []:*?/\ and unique in the workbook. */
    static String bladnamn(String rubrik, Set<String> anvanda) {
        String utanOgiltiga = rubrik.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String bas = WorkbookUtil.createSafeSheetName(utanOgiltiga.substring(0, Math.min(utanOgiltiga.length(), MAX_BLADNAMN)).strip());
        String namn = bas;
        for (int i = 2; anvanda.contains(namn.toLowerCase(Locale.ROOT)); i++) {
            String tillagg = " (" + i + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            namn = bas.substring(0, Math.min(bas.length(), MAX_BLADNAMN - tillagg.length())) + tillagg;
        }
        anvanda.add(namn.toLowerCase(Locale.ROOT));
        return namn;
    }

    /** The workbook's cell styles, one per number format and uncertainty. */
    private static final class Stilar {

        private final XSSFWorkbook bok;
        private final CellStyle titel;
        private final CellStyle rubrik;
        private final Map<String, CellStyle> varden = new HashMap<>();

        Stilar(XSSFWorkbook bok) {
            this.bok = bok;
            Font fet = bok.createFont();
            fet.setBold(true);
            Font stor = bok.createFont();
            stor.setBold(true);
            stor.setFontHeightInPoints((short) 13);
            titel = bok.createCellStyle();
            titel.setFont(stor);
            rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            rubrik.setBorderBottom(BorderStyle.THIN);
            rubrik.setWrapText(true);
        }

        CellStyle stil(Kolumn kolumn, boolean osaker) {
            String format = switch (kolumn.typ()) {
                case TEXT -> "@"; //$NON-NLS-1$
                case HELTAL -> "#,##0"; //$NON-NLS-1$
                case DECIMAL -> kolumn.decimaler() == 0 ? "#,##0" : "#,##0." + "0".repeat(kolumn.decimaler()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case ANDEL -> "0.0%"; //$NON-NLS-1$
                case BELOPP -> "#,##0.00"; //$NON-NLS-1$
                case DATUM -> "yyyy-mm-dd"; //$NON-NLS-1$
            };
            return varden.computeIfAbsent(format + osaker, k -> {
                CellStyle stil = bok.createCellStyle();
                stil.setDataFormat(bok.createDataFormat().getFormat(format));
                if (osaker) {
                    Font kursiv = bok.createFont();
                    kursiv.setItalic(true);
                    stil.setFont(kursiv);
                }
                return stil;
            });
        }
    }
}
