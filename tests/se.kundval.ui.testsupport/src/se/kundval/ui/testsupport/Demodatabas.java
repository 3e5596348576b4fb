package se.kundval.ui.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import se.kundval.core.Tid;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.demo.Demoanvandare;
import se.kundval.demo.Demodata;
import se.kundval.demo.Demouppfoljning;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The demo database of {@code ./kundval demo} in a fresh H2 file, for UI tests that want realistic
 * data and the demo users (kv1, hl1, anordnare1, admin, …, all with password
 * {@value Demoanvandare#LOSENORD}): generated for today with the demo seed and loaded through the
 * interchange import, exactly as the command does. Connects the platform's database service, so call
 * it from {@link WorkbenchExtension#beforeStart}.
 *
 * @param anordnare the organisationsnummer of the generated anordnare, in order
 */
public record Demodatabas(List<String> anordnare) {

    /** The password of every demo user. */
    public static final String LOSENORD = Demoanvandare.LOSENORD;

    public static Demodatabas skapa() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte", "se.kundval.uppfoljning",
                "se.kundval.avslut");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        ReferensdataService referensdata = Tjanster.hamta(ReferensdataService.class);
        try {
            Path katalog = Files.createTempDirectory("kundval-demo");
            List<String> anordnare = new Demodata(Demodata.FRO, Demodata.KUNDER, Demodata.INSATSER, Tid.idag())
                    .skriv(katalog, referensdata.insatstyper(), referensdata.priser());
            Tjanster.hamta(UtbytesService.class).importera(Testfall.ADMIN, katalog);
            Demouppfoljning.registrera(Tjanster.hamta(InsatsService.class), Testfall.ADMIN, Demodata.FRO, Tid.idag());
            Demoanvandare.skapa(Tjanster.hamta(AnvandareService.class), Testfall.ADMIN, anordnare);
            return new Demodatabas(anordnare);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
