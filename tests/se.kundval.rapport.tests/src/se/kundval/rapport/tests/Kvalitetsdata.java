package se.kundval.rapport.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Omrade;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynsdel;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Uppfyllnadsgrad;
import se.kundval.testsupport.Tjanster;

/**
 * The kundundersökning and tillsyn of the data set:
 *
 * <pre>
 * 2024 A1: R1–R5 answer värdegrund 5,4,4,3,5 (sum 21) and mål 4,4,3,3,4 (sum 18); 20 invited
 * 2024 A2: R1–R4 answer värdegrund 5,5,5,5 (sum 20); 8 invited
 * 2023 A1: R9 answers värdegrund 1; 3 invited (outside a 2024 report)
 * tillsyn 2024: A1 "Registrerad som bolag" (A) uppnått, "Genomförandeplan för varje kund" (B) delvis
 *               A2 the same krav: uppnått, ej uppnått
 * tillsyn 2023: A1 "Registrerad som bolag" ej uppnått (outside a 2024 report)
 * </pre>
 */
final class Kvalitetsdata {

    static final String BOLAG = "Registrerad som bolag";
    static final String PLAN = "Genomförandeplan för varje kund";

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private final Inloggning vem;
    private final KvalitetService kvalitet = Tjanster.hamta(KvalitetService.class);

    Kvalitetsdata(Inloggning vem) {
        this.vem = vem;
    }

    void skapa() {
        Anordnare a1 = anordnare(Rapportdata.A1);
        Anordnare a2 = anordnare(Rapportdata.A2);
        List<Enkatsvar> svar = new ArrayList<>();
        int[] vardegrund = {5, 4, 4, 3, 5};
        int[] mal = {4, 4, 3, 3, 4};
        for (int r = 0; r < 5; r++) {
            svar.add(svar(a1, 2024, "R" + (r + 1), Enkatfraga.RESPEKT.text(), Omrade.VARDEGRUND, vardegrund[r]));
            svar.add(svar(a1, 2024, "R" + (r + 1), Enkatfraga.MALET.text(), Omrade.MAL, mal[r]));
        }
        for (int r = 0; r < 4; r++) {
            svar.add(svar(a2, 2024, "R" + (r + 1), Enkatfraga.RESPEKT.text(), Omrade.VARDEGRUND, 5));
        }
        svar.add(svar(a1, 2023, "R9", Enkatfraga.RESPEKT.text(), Omrade.VARDEGRUND, 1));
        kvalitet.sparaEnkatsvar(vem, svar);
        kvalitet.sparaEnkatutskick(vem, utskick(a1, 2024, 20));
        kvalitet.sparaEnkatutskick(vem, utskick(a2, 2024, 8));
        kvalitet.sparaEnkatutskick(vem, utskick(a1, 2023, 3));
        kvalitet.sparaTillsyn(vem, tillsyn(a1, 2024, punkt(Tillsynsdel.A, BOLAG, Uppfyllnadsgrad.UPPNATT, null, null),
                punkt(Tillsynsdel.B, PLAN, Uppfyllnadsgrad.DELVIS, "Upprätta planer", LocalDate.of(2024, 12, 1))));
        kvalitet.sparaTillsyn(vem, tillsyn(a2, 2024, punkt(Tillsynsdel.A, BOLAG, Uppfyllnadsgrad.UPPNATT, null, null),
                punkt(Tillsynsdel.B, PLAN, Uppfyllnadsgrad.EJ_UPPNATT, "Planer saknas", LocalDate.of(2024, 11, 1))));
        kvalitet.sparaTillsyn(vem, tillsyn(a1, 2023, punkt(Tillsynsdel.A, BOLAG, Uppfyllnadsgrad.EJ_UPPNATT, "Registrera", null)));
    }

    static Anordnare anordnare(String orgnr) {
        return Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(Rapportdata.ADMIN, orgnr).orElseThrow();
    }

    static Enkatsvar svar(Anordnare a, int ar, String respondent, String fraga, Omrade omrade, int varde) {
        Enkatsvar s = F.createEnkatsvar();
        s.setAnordnare(a);
        s.setAr(ar);
        s.setRespondent(respondent);
        s.setFraga(fraga);
        s.setOmrade(omrade);
        s.setSvar(varde);
        return s;
    }

    static Enkatutskick utskick(Anordnare a, int ar, int antal) {
        Enkatutskick u = F.createEnkatutskick();
        u.setAnordnare(a);
        u.setAr(ar);
        u.setAntal(antal);
        return u;
    }

    static Tillsyn tillsyn(Anordnare a, int ar, Tillsynspunkt... punkter) {
        Tillsyn t = F.createTillsyn();
        t.setAnordnare(a);
        t.setAr(ar);
        t.getPunkter().addAll(List.of(punkter));
        return t;
    }

    static Tillsynspunkt punkt(Tillsynsdel del, String krav, Uppfyllnadsgrad grad, String atgard, LocalDate deadline) {
        Tillsynspunkt p = F.createTillsynspunkt();
        p.setDel(del);
        p.setKrav(krav);
        p.setUppfyllnadsgrad(grad);
        p.setAtgard(atgard);
        p.setDeadline(deadline);
        return p;
    }
}
