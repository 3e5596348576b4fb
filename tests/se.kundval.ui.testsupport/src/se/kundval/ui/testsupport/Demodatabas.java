package se.kundval.ui.testsupport;

import java.util.List;

import se.kundval.core.tjanst.Databas;
import se.kundval.demo.Demoanvandare;
import se.kundval.demo.Demoinlasning;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The demo database of {@code ./kundval demo} in a fresh H2 file, for UI tests that want realistic
 * data and the demo users (kv1, hl1, anordnare1, admin, …, all with password
 * {@value Demoanvandare#LOSENORD}): generated for the tests' fixed day ({@link Testklocka#IDAG}) with
 * the demo seed and loaded through the interchange import, exactly as the command does. Connects the
 * platform's database service, so call it from {@link WorkbenchExtension#beforeStart}.
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
        return new Demodatabas(Demoinlasning.las(Tjanster::hamta, Testfall.ADMIN, Testklocka.IDAG).anordnare());
    }
}
