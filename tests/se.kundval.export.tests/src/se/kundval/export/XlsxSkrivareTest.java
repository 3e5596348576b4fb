package se.kundval.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * XLSX written inside OSGi, from a thread whose context class loader knows nothing of POI (as in
 * the workbench and the command line), and read back with POI.
 */
class XlsxSkrivareTest {

    @Test
    void varjeTabellBlirEttBladMedNumeriskaCeller() throws IOException {
        byte[] xlsx = skrivMedFrammandeKontextladdare(Provdokument.dokument());
        try (XSSFWorkbook bok = las(xlsx)) {
            assertEquals(2, bok.getNumberOfSheets(), "one sheet per table; the chart is left out");
            Sheet resultat = bok.getSheet("Resultat per anordnare");
            assertEquals("Resultat per anordnare", resultat.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Period 2024-01-01 – 2024-12-31", resultat.getRow(1).getCell(0).getStringCellValue());
            Row rubriker = resultat.getRow(XlsxSkrivare.RUBRIKRAD);
            assertEquals("Andel lyckade", rubriker.getCell(2).getStringCellValue());

            Row forsta = resultat.getRow(XlsxSkrivare.RUBRIKRAD + 1);
            assertEquals("Vägen; Vidare \"AB\"", forsta.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, forsta.getCell(1).getCellType());
            assertEquals(1234, forsta.getCell(1).getNumericCellValue());
            assertEquals(0.375, forsta.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", forsta.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(1234567.891, forsta.getCell(4).getNumericCellValue(), 1e-6);
            assertEquals(LocalDate.of(2024, 3, 1), forsta.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertFalse(bok.getFontAt(forsta.getCell(2).getCellStyle().getFontIndex()).getItalic());

            Row andra = resultat.getRow(XlsxSkrivare.RUBRIKRAD + 2);
            assertEquals(0.6667, andra.getCell(2).getNumericCellValue(), 1e-9);
            assertTrue(bok.getFontAt(andra.getCell(2).getCellStyle().getFontIndex()).getItalic(), "uncertain values in italics");
            assertEquals("* = färre än fem personer", resultat.getRow(XlsxSkrivare.RUBRIKRAD + 4).getCell(0).getStringCellValue());

            Sheet orsaker = bok.getSheet("Avslutsorsaker");
            assertEquals(7, orsaker.getRow(XlsxSkrivare.RUBRIKRAD + 1).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void bladnamnGorsGiltigaOchUnika() {
        Set<String> anvanda = new HashSet<>();
        assertEquals("Tillsyn åtgärder per krav och a", XlsxSkrivare.bladnamn("Tillsyn: åtgärder per krav och anordnare", anvanda));
        assertEquals("Kunder", XlsxSkrivare.bladnamn("Kunder", anvanda));
        assertEquals("kunder (2)", XlsxSkrivare.bladnamn("kunder", anvanda), "Excel compares sheet names without case");
    }

    private static byte[] skrivMedFrammandeKontextladdare(Dokument dokument) throws IOException {
        Thread trad = Thread.currentThread();
        ClassLoader tidigare = trad.getContextClassLoader();
        ClassLoader frammande = ClassLoader.getPlatformClassLoader();
        trad.setContextClassLoader(frammande);
        try {
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            new XlsxSkrivare().skriv(dokument, ut);
            assertSame(frammande, trad.getContextClassLoader(), "the caller's context class loader is given back");
            return ut.toByteArray();
        } finally {
            trad.setContextClassLoader(tidigare);
        }
    }

    private static XSSFWorkbook las(byte[] xlsx) throws IOException {
        Thread trad = Thread.currentThread();
        ClassLoader tidigare = trad.getContextClassLoader();
        trad.setContextClassLoader(XlsxSkrivare.class.getClassLoader());
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } finally {
            trad.setContextClassLoader(tidigare);
        }
    }
}
