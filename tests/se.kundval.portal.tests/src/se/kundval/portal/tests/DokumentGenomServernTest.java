package se.kundval.portal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.dokument.Dokumentinnehall;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serversession;
import se.kundval.model.Insats;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * DOMAIN §14 with §11 and §12, on H2 and PostgreSQL: the document a coach uploads in the portal is
 * opened by a handläggare in shared mode, through the klient's remote DokumentService over the same
 * server — the very bytes (SHA-256), and the opening in the access log under the handläggare; a
 * coach of another anordnare, logged in to that server, is told the document does not exist.
 */
class DokumentGenomServernTest extends Portalprov {

    private static final Inloggning GRANSKARE = new Inloggning("granskare", "Gustav", Roll.LOGGRANSKARE, null);
    @TempDir
    Path katalog;

    @ParameterizedTest
    @MethodSource("databaser")
    void handlaggarenOppnarPortalensDokumentGenomServernOchEnAnnanAnordnareSerDetInte(Testdatabas databas) throws Exception {
        Http http = inloggad(databas);
        Insats insats = Sexmanaderfall.avslutadTillArbete(miljo);
        assertEquals(303, lamnaUnderlag(http, insats, "avtal.pdf", Sexmanaderfall.PDF).statusCode());
        long dokumentId = Tjanster.hamta(InsatsService.class).hamta(Testfall.ADMIN, insats.getId()).getSexmanadersuppfoljningar().get(0)
                .getDokument().get(0).getId();

        miljo.konto("hl.delat", Roll.HANDLAGGARE, null);
        try (Serversession hl = session("hl.delat", null)) {
            Dokumentinnehall oppnat = hl.tjanst(DokumentService.class).las(hl.inloggning(), dokumentId);
            assertEquals("avtal.pdf", oppnat.filnamn());
            assertEquals(sha256(Sexmanaderfall.PDF), sha256(oppnat.innehall()), "the bytes the coach uploaded");
        }
        List<Atkomstpost> oppningar = Tjanster.hamta(AtkomstloggService.class)
                .sok(GRANSKARE, Loggfraga.period(Testklocka.IDAG, Testklocka.IDAG)).stream()
                .filter(p -> p.anvandare().equals("hl.delat") && p.handling() == Atkomsthandling.LASA && p.plats().contains("avtal.pdf"))
                .toList();
        assertEquals(1, oppningar.size(), "the document's opening, once: " + oppningar);
        assertEquals(insats.getKund().getKundId(), oppningar.get(0).kundId());
        assertEquals(Klient.Typ.ARBETSBANK, oppningar.get(0).klient().typ(), "opened from the workbench, through the server");

        String hemlighetB = miljo.konto("coach.b", Roll.ANORDNARE, miljo.b.getOrgnr());
        try (Serversession b = session("coach.b", miljo.engangskod(hemlighetB))) {
            KundvalException fel = assertThrows(KundvalException.class, () -> b.tjanst(DokumentService.class).las(b.inloggning(), dokumentId));
            assertEquals("Dokument " + dokumentId + " finns inte.", fel.getMessage());
        }
    }

    /** A workbench's session on the portal's server, trusting the fingerprint the server printed. */
    private Serversession session(String anvandare, String engangskod) {
        return Serversession.oppna(miljo.server(), new Inloggningsforsok(anvandare, Portalmiljo.LOSENORD.toCharArray(), engangskod,
                Klient.lokal(Klient.Typ.ARBETSBANK)), (s, avtryck) -> avtryck.equals(miljo.fingeravtryck()),
                new Kandaservrar(katalog.resolve("kanda-servrar.properties")));
    }

    private static String sha256(byte[] innehall) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
    }
}
