package se.kundval.insatstyp.kundval2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.core.typ.Regelutfall.Utfall;
import se.kundval.model.Avslut;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;

/** The 2024 types' own eligibility rules (NAF-2023-00285): one kund that passes and one that fails each rule. */
class BehorighetTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final LocalDate BESLUT = LocalDate.of(2024, 6, 3);
    private static final LocalDate START = LocalDate.of(2024, 6, 10);

    private static Kund kund() {
        Kund kund = F.createKund();
        kund.setPersonnummer("198503121231");
        kund.setKommun("Nacka");
        return kund;
    }

    private static Kund medArbetsformaga(Integer procent) {
        Kund kund = kund();
        kund.setArbetsformaga(procent);
        return kund;
    }

    private static Kund oklar() {
        Kund kund = kund();
        kund.setArbetsformagaOklar(true);
        return kund;
    }

    private static Regelutfall regel(Insatstypmodell typ, Kund kund, String regel, Insats... tidigare) {
        List<Regelutfall> utfall = typ.provaBehorighet(new Behorighetsunderlag(kund, BESLUT, START, List.of(tidigare), "Nacka"));
        Regelutfall hittad = utfall.stream().filter(u -> u.regel().equals(regel)).findFirst().orElseThrow();
        assertTrue(hittad.skal() != null && !hittad.skal().isBlank(), "every outcome says why");
        return hittad;
    }

    /** An earlier insats of {@code langd} months from {@code start}, förlängd by {@code forlangt}, ended on {@code avslut}. */
    private static Insats insats(String id, LocalDate start, int langd, int forlangt, LocalDate avslut) {
        Insats insats = F.createInsats();
        insats.setInsatsId(id);
        insats.setStartdatum(start);
        insats.setLangdManader(langd);
        if (forlangt > 0) {
            Beslut forlangning = F.createBeslut();
            forlangning.setTyp(BeslutTyp.FORLANGNING);
            forlangning.setLangdManader(forlangt);
            insats.getBeslut().add(forlangning);
        }
        if (avslut != null) {
            Avslut a = F.createAvslut();
            a.setAvslutsdatum(avslut);
            insats.setAvslut(a);
        }
        return insats;
    }

    @Test
    void ami1KraverFullArbetsformaga() {
        assertEquals(Utfall.GODKAND, regel(new Ami1(), medArbetsformaga(100), Behorighet.ARBETSFORMAGA).utfall());
        Regelutfall delvis = regel(new Ami1(), medArbetsformaga(75), Behorighet.ARBETSFORMAGA);
        assertEquals(Utfall.UNDERKAND, delvis.utfall());
        assertTrue(delvis.skal().contains("AMI niv\u00e5 2"), delvis.skal());
        assertEquals(Utfall.UNDERKAND, regel(new Ami1(), oklar(), Behorighet.ARBETSFORMAGA).utfall());
        assertEquals(Utfall.UNDERKAND, regel(new Ami1(), medArbetsformaga(null), Behorighet.ARBETSFORMAGA).utfall());
    }

    @Test
    void ami2Kraver25Till99Procent() {
        assertEquals(Utfall.GODKAND, regel(new Ami2(), medArbetsformaga(25), Behorighet.ARBETSFORMAGA).utfall());
        assertEquals(Utfall.GODKAND, regel(new Ami2(), medArbetsformaga(99), Behorighet.ARBETSFORMAGA).utfall());
        Regelutfall lag = regel(new Ami2(), medArbetsformaga(24), Behorighet.ARBETSFORMAGA);
        assertEquals(Utfall.UNDERKAND, lag.utfall());
        assertTrue(lag.skal().contains("FAI"), lag.skal());
        assertEquals(Utfall.UNDERKAND, regel(new Ami2(), medArbetsformaga(100), Behorighet.ARBETSFORMAGA).utfall());
    }

    @Test
    void isa1KraverEtableringsprogrammet() {
        Kund i = kund();
        i.setEtableringsprogram(true);
        assertEquals(Utfall.GODKAND, regel(new Isa1(), i, Behorighet.ETABLERINGSPROGRAM).utfall());
        assertEquals(Utfall.UNDERKAND, regel(new Isa1(), kund(), Behorighet.ETABLERINGSPROGRAM).utfall());
    }

    @Test
    void isa2KraverIngenEtableringsersattningOchBehovAvSfi() {
        Kund utan = kund();
        utan.setSprak("tigrinja");
        assertEquals(Utfall.GODKAND, regel(new Isa2(), utan, Behorighet.ETABLERINGSERSATTNING).utfall());
        assertEquals(Utfall.GODKAND, regel(new Isa2(), utan, Behorighet.SFI).utfall());
        Kund med = kund();
        med.setEtableringsersattning(true);
        med.setSprak("svenska");
        assertEquals(Utfall.UNDERKAND, regel(new Isa2(), med, Behorighet.ETABLERINGSERSATTNING).utfall());
        assertEquals(Utfall.UNDERKAND, regel(new Isa2(), med, Behorighet.SFI).utfall());
        assertEquals(Utfall.VARNING, regel(new Isa2(), kund(), Behorighet.SFI).utfall(), "no modersmål recorded");
    }

    @Test
    void fai1KraverOklarArbetsformagaOchEnForlangdInsats() {
        Insats forlangd = insats("I-1", LocalDate.of(2023, 1, 9), 12, 6, LocalDate.of(2024, 5, 31));
        Insats vanlig = insats("I-2", LocalDate.of(2023, 1, 9), 12, 0, LocalDate.of(2024, 1, 8));
        assertEquals(Utfall.GODKAND, regel(new Fai1(), oklar(), Behorighet.ARBETSFORMAGA_OKLAR).utfall());
        assertEquals(Utfall.UNDERKAND, regel(new Fai1(), medArbetsformaga(50), Behorighet.ARBETSFORMAGA_OKLAR).utfall());
        Regelutfall med = regel(new Fai1(), oklar(), Behorighet.FORLANGD_INSATS, vanlig, forlangd);
        assertEquals(Utfall.GODKAND, med.utfall());
        assertTrue(med.skal().contains("I-1") && !med.skal().contains("I-2"), med.skal());
        assertEquals(Utfall.UNDERKAND, regel(new Fai1(), oklar(), Behorighet.FORLANGD_INSATS, vanlig).utfall());
    }

    @Test
    void fai2KraverOklarArbetsformagaOchIngenPagaendeInsats() {
        Insats avslutad = insats("I-1", LocalDate.of(2023, 1, 9), 12, 0, LocalDate.of(2024, 1, 8));
        // 2024-01-15 + 6 months: E = 2024-07-14, still running on the day of the beslut
        Insats pagaende = insats("I-2", LocalDate.of(2024, 1, 15), 6, 0, null);
        assertEquals(Utfall.GODKAND, regel(new Fai2(), oklar(), Behorighet.ARBETSFORMAGA_OKLAR).utfall());
        assertEquals(Utfall.UNDERKAND, regel(new Fai2(), medArbetsformaga(100), Behorighet.ARBETSFORMAGA_OKLAR).utfall());
        assertEquals(Utfall.GODKAND, regel(new Fai2(), oklar(), Behorighet.PAGAENDE_INSATS, avslutad).utfall());
        Regelutfall upptagen = regel(new Fai2(), oklar(), Behorighet.PAGAENDE_INSATS, avslutad, pagaende);
        assertEquals(Utfall.UNDERKAND, upptagen.utfall());
        assertTrue(upptagen.skal().contains("I-2"), upptagen.skal());
    }
}
