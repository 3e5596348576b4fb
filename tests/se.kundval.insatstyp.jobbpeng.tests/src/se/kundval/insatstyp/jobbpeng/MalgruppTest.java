package se.kundval.insatstyp.jobbpeng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.core.typ.Regelutfall.Utfall;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;

/** The jobbpeng target groups (quality reports 2017, 2019): one kund that passes and one that fails each rule. */
class MalgruppTest {

    private static final LocalDate BESLUT = LocalDate.of(2023, 9, 14);

    /** Born 1985-03-12 (38 on the beslut), or 2000-01-01 (23). */
    private static Kund kund(String personnummer) {
        Kund kund = KundvalFactory.eINSTANCE.createKund();
        kund.setPersonnummer(personnummer);
        kund.setKommun("Nacka");
        return kund;
    }

    private static Regelutfall regel(Insatstypmodell typ, Kund kund) {
        List<Regelutfall> utfall = typ.provaBehorighet(new Behorighetsunderlag(kund, BESLUT, BESLUT, List.of(), "Nacka"));
        assertEquals(1, utfall.size());
        assertTrue(!utfall.get(0).skal().isBlank(), "every outcome says why");
        return utfall.get(0);
    }

    @Test
    void ungaMellan18Och24() {
        assertEquals(Utfall.GODKAND, regel(new JobbpengGrund(), kund("200001011238")).utfall());
        assertEquals(Utfall.UNDERKAND, regel(new JobbpengGrund(), kund("198503121231")).utfall());
    }

    @Test
    void ekonomisktBistandOavsettAlder() {
        Kund bistand = kund("198503121231");
        bistand.setEkonomisktBistand(true);
        assertEquals(Utfall.GODKAND, regel(new JobbpengForstarkt(), bistand).utfall());
        assertEquals(Utfall.UNDERKAND, regel(new JobbpengForstarkt(), kund("198503121231")).utfall());
    }

    @Test
    void nyanlandSkaBekraftasAttSpraketInteArHindret() {
        Kund nyanland = kund("198503121231");
        nyanland.setEtableringsprogram(true);
        Regelutfall utfall = regel(new JobbpengGrund(), nyanland);
        assertEquals(Utfall.VARNING, utfall.utfall());
        assertTrue(utfall.skal().contains("SAI"), utfall.skal());
    }

    @Test
    void saiKraverAttSvenskaArHindret() {
        Kund annat = kund("198503121231");
        annat.setSprak("arabiska");
        assertEquals(Utfall.GODKAND, regel(new Sai(), annat).utfall());
        Kund svensk = kund("198503121231");
        svensk.setSprak("svenska");
        assertEquals(Utfall.UNDERKAND, regel(new Sai(), svensk).utfall());
        assertEquals(Utfall.VARNING, regel(new Sai(), kund("198503121231")).utfall());
    }
}
