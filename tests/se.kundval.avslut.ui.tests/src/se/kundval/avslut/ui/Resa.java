package se.kundval.avslut.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Kund;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The database of the journey, filled through the services before the workbench starts. Omar Ek's
 * AMI2 insats started on the first of the month 13 months ago, so that an avslut in its fifth month
 * lies more than six months back and the sexmånadersuppföljning can be made today. Three older
 * avslut wait in the judgement queue; Lina Berg's AMI1 avslut is already judged, for a correction.
 */
final class Resa {

    static final LocalDate START = Testklocka.IDAG.minusMonths(13).withDayOfMonth(1);
    /** In insats month 5 of the AMI2 insats: a bonusgrundande avslut earns the full bonus. */
    static final LocalDate AVSLUT = START.plusMonths(4).plusDays(14);
    static final BigDecimal BONUS = new BigDecimal("20000.00");

    final Inloggning anordnaren;
    final Kund omar;
    final Insats insats;
    final Kund lina;
    final Insats bedomd;
    final List<Insats> iKon;

    private Resa(Inloggning anordnaren, Kund omar, Insats insats, Kund lina, Insats bedomd, List<Insats> iKon) {
        this.anordnaren = anordnaren;
        this.omar = omar;
        this.insats = insats;
        this.lina = lina;
        this.bedomd = bedomd;
        this.iKon = iKon;
    }

    static Resa skapa() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.uppfoljning", "se.kundval.avslut",
                "se.kundval.ersattning", "se.kundval.insatstyp.kundval2024");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Testfall testfall = new Testfall();
        Anordnare vagen = testfall.anordnare("Vägen Vidare AB", "AMI2", "AMI1");
        Inloggning anordnaren = Testfall.anordnare(vagen.getOrgnr());
        Kund omar = testfall.kund("Omar Ek", LocalDate.of(1985, 8, 8));
        Insats insats = testfall.insats(omar, vagen, "AMI2", START);

        Kund lina = testfall.kund("Lina Berg", LocalDate.of(1992, 4, 4));
        Insats bedomd = testfall.insats(lina, vagen, "AMI1", Testklocka.IDAG.minusMonths(5));
        AvslutService avslut = Tjanster.hamta(AvslutService.class);
        Avslut tillArbete = KundvalFactory.eINSTANCE.createAvslut();
        tillArbete.setAvslutsdatum(bedomd.getStartdatum().plusMonths(2));
        tillArbete.setAvslutsorsak(Avslutsorsak.ARBETE);
        tillArbete.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        avslut.rapportera(anordnaren, bedomd.getId(), tillArbete);
        avslut.bedom(Testfall.HANDLAGGARE, bedomd.getId(), true, true, "Tillsvidareanställning enligt anordnaren.");

        Anordnare nasta = testfall.anordnare("Nästa Steg AB", "AMI2");
        Insatstyp ami2 = Tjanster.hamta(ReferensdataService.class).insatstyp("AMI2").orElseThrow();
        List<Insats> iKon = List.of(
                iKon(testfall, nasta, ami2, "Ahmed Nyström", 30, Avslutsorsak.FLYTTAT, null, null),
                iKon(testfall, nasta, ami2, "Sara Lindqvist", 9, Avslutsorsak.STUDIER, Sysselsattningsform.STUDIER_CSN, 10),
                iKon(testfall, nasta, ami2, "Leila Abdi", 3, Avslutsorsak.EGET_FORETAG, Sysselsattningsform.EGET_FORETAG, null));
        return new Resa(anordnaren, omar, insats, lina, bedomd, iKon);
    }

    /** An insats whose avslut was reported {@code dagar} days ago and waits for its judgement. */
    private static Insats iKon(Testfall testfall, Anordnare anordnare, Insatstyp typ, String namn, int dagar, Avslutsorsak orsak,
            Sysselsattningsform form, Integer varaktighet) {
        Kund kund = testfall.kund(namn, LocalDate.of(1990, 1, 1).plusDays(dagar));
        LocalDate avslutad = Testklocka.IDAG.minusDays(dagar);
        Insats insats = Insatsbyggare.insats("I-K" + dagar, kund, anordnare, typ, avslutad.minusMonths(3), 12)
                .avslut(avslutad, orsak, form, varaktighet).bygg();
        return Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, insats);
    }

    /** The RESULTATBONUS line of the journey's insats in the avslut month, as the handläggare's ersättning run lists it. */
    Utbetalningsrad bonusrad() {
        return Tjanster.hamta(ErsattningService.class).underlag(Testfall.HANDLAGGARE, YearMonth.from(AVSLUT)).rader().stream()
                .filter(r -> r.insatsId().equals(insats.getInsatsId()) && r.radtyp() == Radtyp.RESULTATBONUS)
                .findFirst().orElseThrow(() -> new AssertionError("no RESULTATBONUS line for " + insats.getInsatsId()));
    }
}
