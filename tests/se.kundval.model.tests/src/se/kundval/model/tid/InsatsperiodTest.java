package se.kundval.model.tid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.kundval.model.Avslut;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;

/** DOMAIN §3: insats months, planned end, end after förlängningar, active days. */
class InsatsperiodTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    @Test
    void planeratSlutArSistaDagenIManadL() {
        assertEquals(LocalDate.of(2024, 4, 14), Insatsperiod.slutEfter(LocalDate.of(2024, 1, 15), 3));
    }

    @Test
    void insatsmanadFoljerStartdagen() {
        LocalDate start = LocalDate.of(2024, 1, 15);
        assertEquals(1, Insatsperiod.insatsmanad(start, LocalDate.of(2024, 2, 14)));
        assertEquals(2, Insatsperiod.insatsmanad(start, LocalDate.of(2024, 2, 15)));
        assertEquals(0, Insatsperiod.insatsmanad(start, LocalDate.of(2024, 1, 14)));
    }

    @Test
    void startDen31aKlamparTillManadensSlut() {
        LocalDate start = LocalDate.of(2024, 1, 31);
        assertEquals(LocalDate.of(2024, 2, 29), Insatsperiod.manadensForstaDag(start, 2));
        assertEquals(1, Insatsperiod.insatsmanad(start, LocalDate.of(2024, 2, 28)));
        assertEquals(2, Insatsperiod.insatsmanad(start, LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2024, 2, 28), Insatsperiod.slutEfter(start, 1));
    }

    @Test
    void forlangningFlyttarSlutetMenInteDetPlaneradeSlutet() {
        Insats insats = insats(LocalDate.of(2024, 1, 15), 3);
        Beslut forlangning = F.createBeslut();
        forlangning.setTyp(BeslutTyp.FORLANGNING);
        forlangning.setLangdManader(2);
        insats.getBeslut().add(forlangning);
        Insatsperiod period = Insatsperiod.av(insats);
        assertEquals(LocalDate.of(2024, 4, 14), period.planeratSlut());
        assertEquals(LocalDate.of(2024, 6, 14), period.slut());
    }

    @Test
    void faststalltSlutdatumGallerForeBeraknat() {
        Insats insats = insats(LocalDate.of(2024, 1, 15), 3);
        insats.setSlutdatum(LocalDate.of(2024, 5, 31));
        assertEquals(LocalDate.of(2024, 5, 31), Insatsperiod.av(insats).slut());
    }

    @Test
    void aktivFranStartTillAvslutEllerSlut() {
        Insats insats = insats(LocalDate.of(2024, 1, 15), 3);
        Insatsperiod lopande = Insatsperiod.av(insats);
        assertTrue(lopande.aktiv(LocalDate.of(2024, 4, 14)));
        assertFalse(lopande.aktiv(LocalDate.of(2024, 4, 15)));
        assertFalse(lopande.aktiv(LocalDate.of(2024, 1, 14)));

        Avslut avslut = F.createAvslut();
        avslut.setAvslutsdatum(LocalDate.of(2024, 2, 1));
        insats.setAvslut(avslut);
        Insatsperiod avslutad = Insatsperiod.av(insats);
        assertTrue(avslutad.aktiv(LocalDate.of(2024, 2, 1)));
        assertFalse(avslutad.aktiv(LocalDate.of(2024, 2, 2)));
        assertEquals(17, avslutad.dagarTillAvslut());
        assertTrue(avslutad.avslutadForePlaneratSlut());
    }

    static Insats insats(LocalDate start, int manader) {
        Insats insats = F.createInsats();
        insats.setStartdatum(start);
        insats.setLangdManader(manader);
        return insats;
    }
}
