package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The export sees the database as it was when it began (decision 0481), on H2 and PostgreSQL: a
 * kund and its insats saved by another user while the export hands over its kunder are in none of
 * its files. Read page by page in a transaction each, the insats came out without its kund, and
 * such an export cannot be imported again.
 */
class ExportOgonblicksbildTest {

    private static final Inloggning EXPORT = AtkomstloggTest.ADMIN.vid("export");

    private static KundService kunder;
    private static InsatsService insatser;
    private static Exportlager export;

    @BeforeAll
    static void tjanster() {
        // the three kunder of AtkomstloggTest.tre, made through its services
        AtkomstloggTest.tjanster();
        kunder = Tjanster.hamta(KundService.class);
        insatser = Tjanster.hamta(InsatsService.class);
        export = Tjanster.hamta(Exportlager.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enKundOchInsatsSparadeUnderExportenKommerInteMed(Testdatabas typ) {
        List<Kund> tre = AtkomstloggTest.tre(typ);
        Insatstyp test1 = Tjanster.hamta(ReferensdataService.class).insatstyp("TEST1").orElseThrow();
        Anordnare anordnare = Testdata.anordnare(test1);
        Tjanster.hamta(AnordnareService.class).spara(AtkomstloggTest.ADMIN, anordnare);
        insatser.spara(LoggkontrollTest.HL1, Testdata.insats(tre.get(0), anordnare, test1));

        List<String> kundId = new ArrayList<>();
        List<String> insatsId = new ArrayList<>();
        export.lasAllt(EXPORT, new Exportlager.Mottagare() {
            @Override
            public void register(Exportlager.Register register) {
                // the registers come first; what is saved below comes after the export began
            }

            @Override
            public void kunder(List<Kund> sida) {
                if (kundId.isEmpty()) {
                    Kund ny = kunder.spara(AtkomstloggTest.ADMIN, Testdata.kund("K9", "198001010019"));
                    Insats nyInsats = Testdata.insats(ny, anordnare, test1);
                    nyInsats.setInsatsId("I-9");
                    insatser.spara(LoggkontrollTest.HL1, nyInsats);
                }
                sida.forEach(k -> kundId.add(k.getKundId()));
            }

            @Override
            public void insatser(List<Insats> sida) {
                sida.forEach(i -> insatsId.add(i.getInsatsId()));
            }
        });

        assertEquals(List.of("K1", "K2", "K3"), kundId);
        assertEquals(1, insatsId.size(), "only the insats saved before the export: " + insatsId);
        Exportinnehall efter = Exportinnehall.av(export, EXPORT);
        assertEquals(4, efter.kunder().size(), "the next export has the new kund");
        assertEquals(2, efter.insatser().size(), "and its insats");
    }
}
