package se.kundval.ersattning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Pris;
import se.kundval.model.Roll;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * A fresh database with the shipped types (and the fragment's fourth), two anordnare authorised
 * for all of them and one kund; insatser are saved through InsatsService and the underlag is read
 * through ErsattningService, as the workbench and the command line do.
 */
final class Testmiljo {

    static final Inloggning HANDLAGGARE = new Inloggning("hl1", "Handläggare", Roll.HANDLAGGARE, null);
    static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    static final Inloggning ADMIN2 = new Inloggning("admin2", "Admin Två", Roll.ADMINISTRATOR, null);
    static final String ORGNR = "5560360793";
    static final String ANNAT_ORGNR = "5566778899";

    /** A line of one insats, without the anordnare and insats it belongs to. */
    record Rad(Radtyp radtyp, BigDecimal belopp, Radstatus status) {
    }

    final Anordnare anordnare;
    final Anordnare annanAnordnare;
    final Kund kund;

    private Testmiljo(Anordnare anordnare, Anordnare annanAnordnare, Kund kund) {
        this.anordnare = anordnare;
        this.annanAnordnare = annanAnordnare;
        this.kund = kund;
    }

    static Testmiljo ny(Testdatabas databas) {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.ersattning");
        Tjanster.hamta(Databas.class).anslut(databas.ny());
        List<Insatstyp> typer = referensdata().insatstyper();
        AnordnareService anordnare = Tjanster.hamta(AnordnareService.class);
        Anordnare forsta = anordnare.spara(ADMIN, Insatsbyggare.anordnare(ORGNR, "Vägen Vidare AB", typer));
        Anordnare andra = anordnare.spara(ADMIN, Insatsbyggare.anordnare(ANNAT_ORGNR, "Nästa Steg AB", typer));
        Kund kund = Tjanster.hamta(KundService.class).spara(ADMIN, Insatsbyggare.kund("K-1", "198503121231"));
        return new Testmiljo(forsta, andra, kund);
    }

    static ReferensdataService referensdata() {
        return Tjanster.hamta(ReferensdataService.class);
    }

    /**
     * A new row in the prislista as it comes into force: proposed by one administratör and approved
     * by another the day before it applies (a price never changes a month that has passed).
     */
    void laggTillPris(String kod, LocalDate fran, String checkbelopp, String bonus) {
        try (Testklocka.Stallning dagenFore = Testklocka.stall(fran.minusDays(1).atTime(9, 0))) {
            Pris pris = KundvalFactory.eINSTANCE.createPris();
            pris.setInsatstyp(typ(kod));
            pris.setGiltigFran(fran);
            pris.setCheckbelopp(new BigDecimal(checkbelopp));
            pris.setBonus(bonus == null ? null : new BigDecimal(bonus));
            referensdata().foreslaPris(ADMIN, pris);
            referensdata().godkannPris(ADMIN2, pris.getId());
        }
    }

    Insatstyp typ(String kod) {
        return referensdata().insatstyp(kod).orElseThrow();
    }

    Insatsbyggare insats(String insatsId, String typ, LocalDate start, int langd) {
        return Insatsbyggare.insats(insatsId, kund, anordnare, typ(typ), start, langd);
    }

    Insats spara(Insatsbyggare insats) {
        return Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, insats.bygg());
    }

    Utbetalningsunderlag underlag(YearMonth manad) {
        return Tjanster.hamta(ErsattningService.class).underlag(HANDLAGGARE, manad);
    }

    /** The insats's lines of the month, in the underlag's order. */
    List<Rad> rader(String insatsId, YearMonth manad) {
        return underlag(manad).rader().stream().filter(r -> r.insatsId().equals(insatsId))
                .map(r -> new Rad(r.radtyp(), r.belopp(), r.status())).toList();
    }

    static Rad betala(Radtyp radtyp, String belopp) {
        return new Rad(radtyp, new BigDecimal(belopp), Radstatus.ATT_BETALA);
    }

    static Rad vantar(Radtyp radtyp, String belopp) {
        return new Rad(radtyp, new BigDecimal(belopp), Radstatus.VANTAR_PA_BEDOMNING);
    }

    static YearMonth manad(int ar, int manad) {
        return YearMonth.of(ar, manad);
    }
}
