package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * A fresh H2 database for February 2024, as the compensation engine's own tests compute it: at
 * Vägen Vidare AB I-A2 (AMI2, running, 5 000,00) and I-A1 (AMI2 from 1 February, avslut FLYTTAT on
 * the 29th, not judged: 5 000,00 payable and 2 500,00 avslutsersättning waiting), at Nästa Steg AB
 * I-B (ISA1, 6 200,00). Payable 16 200,00, waiting 2 500,00.
 */
final class Ersattningsdata {

    static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    static final Inloggning HANDLAGGARE = new Inloggning("hl1", "Hanna Handläggare", Roll.HANDLAGGARE, null);
    static final String VAGEN = "5560360793";
    static final String NASTA = "5566778899";

    private Ersattningsdata() {
    }

    static void skapa() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.ersattning");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
        List<Insatstyp> typer = referens.insatstyper();
        AnordnareService anordnare = Tjanster.hamta(AnordnareService.class);
        Anordnare vagen = anordnare.spara(ADMIN, Insatsbyggare.anordnare(VAGEN, "Vägen Vidare AB", typer));
        Anordnare nasta = anordnare.spara(ADMIN, Insatsbyggare.anordnare(NASTA, "Nästa Steg AB", typer));
        Kund kund = Tjanster.hamta(KundService.class).spara(ADMIN, Insatsbyggare.kund("K-1", "198503121231"));
        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        Insatstyp ami2 = referens.insatstyp("AMI2").orElseThrow();
        insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-B", kund, nasta, referens.insatstyp("ISA1").orElseThrow(),
                LocalDate.of(2024, 1, 1), 9).bygg());
        insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-A2", kund, vagen, ami2, LocalDate.of(2024, 1, 1), 12).bygg());
        insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-A1", kund, vagen, ami2, LocalDate.of(2024, 2, 1), 12)
                .avslut(LocalDate.of(2024, 2, 29), Avslutsorsak.FLYTTAT, null, null).bygg());
    }
}
