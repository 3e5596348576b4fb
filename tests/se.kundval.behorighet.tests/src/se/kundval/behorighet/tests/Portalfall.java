package se.kundval.behorighet.tests;

import static se.kundval.behorighet.tests.Fall.filtreras;
import static se.kundval.behorighet.tests.Fall.finnsInte;
import static se.kundval.behorighet.tests.Fall.nekas;
import static se.kundval.behorighet.tests.Fall.oppen;

import java.time.YearMonth;
import java.util.List;

import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.Portalkonton;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Underlagstyp;
import se.kundval.testsupport.Testklocka;

/**
 * The cases of what the anordnare portal calls (DOMAIN §14): the six-month evidence with its
 * documents, the organisation's own utbetalningsunderlag and results, and its staff accounts. A is an
 * anordnare user without the portal-admin right, so account changes are refused; its own figures
 * must hold nothing of B's; B's document must not even exist for A.
 */
final class Portalfall {

    private static final String B_ANVANDARE = "coach-hos-b";

    private Portalfall() {
    }

    static List<Fall> alla() {
        int ar = Testklocka.IDAG.getYear();
        return List.of(
                nekas("DokumentService.lamnaUnderlag(Inloggning, long, Underlagstyp, String, List)", "underlag med avtal för B:s insats",
                        v -> v.somA(DokumentService.class).lamnaUnderlag(v.a, v.insatsB.getId(), Underlagstyp.ANSTALLNINGSAVTAL,
                                "A:s avtal", List.of(new Bifogadfil("avtal.pdf", TvaAnordnare.PDF)))),
                finnsInte("DokumentService.las(Inloggning, long)", "öppna B:s avtal", v -> {
                    long dokument = v.andrasDokument();
                    return v.somA(DokumentService.class).las(v.a, dokument);
                }),
                nekas("UppfoljningService.begarKomplettering(Inloggning, long, String)", "skicka tillbaka B:s underlag",
                        v -> v.somA(UppfoljningService.class).begarKomplettering(v.a, v.insatsB.getId(), "A vill ha mer")),
                filtreras("ErsattningService.egetUnderlag(Inloggning, YearMonth)", "organisationens eget utbetalningsunderlag",
                        v -> v.somA(ErsattningService.class).egetUnderlag(v.a, YearMonth.from(Testklocka.IDAG))),
                filtreras("JamforelseService.egetResultat(Inloggning, Rapportperiod)", "egen andel lyckade och kommunens",
                        v -> v.somA(JamforelseService.class).egetResultat(v.a, Rapportperiod.ar(ar))),
                nekas("Anvandarkonton.nyEngangshemlighet(Inloggning, String)", "ny engångskod åt B:s coach",
                        v -> v.somA(Anvandarkonton.class).nyEngangshemlighet(v.a, B_ANVANDARE)),
                oppen("Portalkonton.arPortaladmin(Inloggning)", "om den inloggade själv har rätten; säger inget om andra",
                        v -> v.somA(Portalkonton.class).arPortaladmin(v.a)),
                nekas("Portalkonton.konton(Inloggning)", "organisationens konton utan rätten",
                        v -> v.somA(Portalkonton.class).konton(v.a)),
                nekas("Portalkonton.skapa(Inloggning, String, String, char[], boolean)", "ett konto utan rätten",
                        v -> v.somA(Portalkonton.class).skapa(v.a, "ny-coach", "Ny Coach", "hemligt".toCharArray(), true)),
                nekas("Portalkonton.lasa(Inloggning, String, boolean)", "låsa B:s coach",
                        v -> v.somA(Portalkonton.class).lasa(v.a, B_ANVANDARE, true)),
                nekas("Portalkonton.aterstall(Inloggning, String, char[])", "återställa B:s coach",
                        v -> v.somA(Portalkonton.class).aterstall(v.a, B_ANVANDARE, "hemligt".toCharArray())));
    }
}
