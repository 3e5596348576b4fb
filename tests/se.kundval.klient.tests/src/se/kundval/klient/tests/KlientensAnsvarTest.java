package se.kundval.klient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KundService;
import se.kundval.klient.Forbindelsefel;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serversession;
import se.kundval.model.Roll;

/**
 * What the client decides by itself (protocol v1), against a stand-in server: trust on first use and
 * a refused changed certificate, the request it sends (never the {@link Inloggning}), the server's
 * errors as the embedded exceptions, and a server that goes away and comes back.
 */
class KlientensAnsvarTest {

    private static final Inloggning HL1 = new Inloggning("hl1", "Hanna", Roll.HANDLAGGARE, null).vid("kund.editor");

    @TempDir
    Path katalog;

    private Provserver server;
    private Kandaservrar kanda;
    private final List<String> fragor = new ArrayList<>();

    @BeforeEach
    void starta() throws Exception {
        server = Provserver.starta(katalog);
        kanda = new Kandaservrar(katalog.resolve("hem/kanda-servrar.properties"));
    }

    @AfterEach
    void stoppa() throws Exception {
        server.close();
    }

    private Serversession oppna(String losenord, boolean godta) {
        return Serversession.oppna(server.adress(), new Inloggningsforsok("hl1", losenord.toCharArray(), null,
                Klient.lokal(Klient.Typ.ARBETSBANK)), (s, avtryck) -> {
                    fragor.add(avtryck);
                    return godta;
                }, kanda);
    }

    @Test
    void enOkandServerFragasEnGangOchKommsIhag() throws Exception {
        try (Serversession s = oppna("demo", true)) {
            assertEquals(List.of(server.fingeravtryck()), fragor, "the user is shown the server's fingerprint");
            assertEquals(Roll.HANDLAGGARE, s.inloggning().roll());
        }
        try (Serversession s = oppna("demo", true)) {
            assertEquals(1, fragor.size(), "a known server is not asked about again");
        }
        String fil = Files.readString(katalog.resolve("hem/kanda-servrar.properties"), StandardCharsets.ISO_8859_1);
        assertTrue(fil.contains(server.fingeravtryck().replace(":", "\\:")), fil);
        assertFalse(fil.contains("demo") || fil.contains("hl1") || fil.contains("Bearer"), "only addresses and fingerprints: " + fil);
    }

    @Test
    void ettNekatCertifikatSkickarIngenting() {
        KundvalException fel = assertThrows(KundvalException.class, () -> oppna("demo", false));
        assertTrue(fel.getMessage().contains("godk\u00e4ndes inte"), fel.getMessage());
        assertEquals(List.of(), server.begaranden(), "no password left the client");
    }

    @Test
    void ettAndratCertifikatVagrasUtanAttFraga() throws Exception {
        oppna("demo", true).close();
        server.stoppa();
        server.startaOm(Provserver.nyttCertifikat(katalog));
        int fore = server.begaranden().size();
        KundvalException fel = assertThrows(KundvalException.class, () -> oppna("demo", true));
        assertTrue(fel.getMessage().contains("annat certifikat"), fel.getMessage());
        assertEquals(1, fragor.size(), "a changed certificate is refused, not asked about");
        assertEquals(fore, server.begaranden().size(), "nothing was sent to the server with the new certificate");
    }

    @Test
    void felLosenordNekasMedServernsMeddelande() {
        AtkomstNekadException fel = assertThrows(AtkomstNekadException.class, () -> oppna("fel", true));
        assertEquals("Fel anv\u00e4ndarnamn, l\u00f6senord eller eng\u00e5ngskod, eller sp\u00e4rrat konto.", fel.getMessage());
    }

    @Test
    void inloggningenSkickasAldrigMenPlatsenGor() {
        server.tjanster(b -> new Provserver.Svar(200, "{\"varde\":null}"));
        try (Serversession s = oppna("demo", true)) {
            s.tjanst(KundService.class).hamta(HL1, 42L);
        }
        Provserver.Begaran anrop = server.begaranden().stream().filter(b -> b.vag().contains("/tjanst/")).findFirst().orElseThrow();
        assertEquals("/api/v1/tjanst/KundService/hamta", anrop.vag());
        assertEquals("{\"argument\":[42]}", anrop.kropp());
        assertEquals("kund.editor", anrop.huvuden().get("x-kundval-plats"));
    }

    @Test
    void servernsFelBlirSammaUndantagSomInbaddat() {
        try (Serversession s = oppna("demo", true)) {
            KundService kunder = s.tjanst(KundService.class);
            server.tjanster(b -> new Provserver.Svar(409, "{\"fel\":\"KONFLIKT\",\"meddelande\":\"N\u00e5gon annan har sparat kunden.\"}"));
            assertEquals("N\u00e5gon annan har sparat kunden.", assertThrows(KonfliktException.class, () -> kunder.hamta(HL1, 1L)).getMessage());
            server.tjanster(b -> new Provserver.Svar(422,
                    "{\"fel\":\"VALIDERING\",\"meddelande\":\"a\\nb\",\"meddelanden\":[\"Namn saknas.\",\"Fel personnummer.\"]}"));
            ValideringException ogiltig = assertThrows(ValideringException.class, () -> kunder.hamta(HL1, 1L));
            assertEquals(List.of("Namn saknas.", "Fel personnummer."), ValideringException.meddelanden(ogiltig.diagnostic()));
            server.tjanster(b -> new Provserver.Svar(403, "{\"fel\":\"NEKAD\",\"meddelande\":\"Du har inte r\u00e4tt.\"}"));
            assertEquals("Du har inte r\u00e4tt.", assertThrows(AtkomstNekadException.class, () -> kunder.hamta(HL1, 1L)).getMessage());
            server.tjanster(b -> new Provserver.Svar(500, "{\"fel\":\"SERVERFEL\",\"meddelande\":\"Ett fel p\u00e5 servern.\",\"loggid\":\"L-17\"}"));
            KundvalException serverfel = assertThrows(KundvalException.class, () -> kunder.hamta(HL1, 1L));
            assertTrue(serverfel.getMessage().contains("L-17"), serverfel.getMessage());
        }
    }

    /**
     * The answer is bound by the method's return type as it is read: one that does not fit names the
     * call, and neither half an answer nor a member beside {@code varde} is taken for a value.
     */
    @Test
    void ettSvarSomInteFoljerProtokolletNamnerAnropet() {
        try (Serversession s = oppna("demo", true)) {
            KundService kunder = s.tjanst(KundService.class);
            for (String kropp : List.of("{\"varde\":\"en kund\"}", "{\"varde\":null,\"mer\":1}", "{\"varde\":{\"@ref\":1}}",
                    "{\"varde\":null", "")) {
                server.tjanster(b -> new Provserver.Svar(200, kropp));
                KundvalException fel = assertThrows(KundvalException.class, () -> kunder.hamta(HL1, 1L), kropp);
                assertTrue(fel.getMessage().startsWith("Svaret p\u00e5 KundService.hamta fr\u00e5n servern kunde inte l\u00e4sas"),
                        fel.getMessage());
            }
            server.tjanster(b -> new Provserver.Svar(200, "{\"varde\":null}"));
            assertNull(kunder.hamta(HL1, 1L), "the same connection still reads a good answer");
        }
    }

    /**
     * An answer that breaks off after its first bytes (the server aborts one it cannot finish, or the
     * network goes) is a connection failure in Swedish: no value made of half of it, no stack trace.
     */
    @Test
    void ettAvbrutetSvarGerIngetVarde() {
        try (Serversession s = oppna("demo", true)) {
            KundService kunder = s.tjanst(KundService.class);
            server.tjanster(b -> Provserver.Svar.avbrutet(200, "{\"varde\":null"));
            Forbindelsefel fel = assertThrows(Forbindelsefel.class, () -> kunder.hamta(HL1, 1L));
            assertEquals("Servern " + server.adress().getAuthority() + " slutade svara mitt i svaret; inget av det anv\u00e4ndes. "
                    + "Dina \u00e4ndringar \u00e4r kvar; f\u00f6rs\u00f6k igen.", fel.getMessage());
            server.tjanster(b -> new Provserver.Svar(200, "{\"varde\":null}"));
            assertNull(kunder.hamta(HL1, 1L), "the next call reads a whole answer");
        }
    }

    /** The client asks for gzip on every call and reads a packed answer, a value or an error, unpacked (decision 0461). */
    @Test
    void ettPackatSvarLasesUppackat() {
        try (Serversession s = oppna("demo", true)) {
            Databas databas = s.tjanst(Databas.class);
            server.tjanster(b -> Provserver.Svar.packat(200, "{\"varde\":true}"));
            assertTrue(databas.arTom());
            server.tjanster(b -> Provserver.Svar.packat(409, "{\"fel\":\"KONFLIKT\",\"meddelande\":\"N\u00e5gon annan har sparat kunden.\"}"));
            assertEquals("N\u00e5gon annan har sparat kunden.", assertThrows(KonfliktException.class, databas::arTom).getMessage());
        }
        List<Provserver.Begaran> anrop = server.begaranden().stream().filter(b -> b.vag().contains("/tjanst/")).toList();
        assertEquals(2, anrop.size());
        anrop.forEach(b -> assertEquals("gzip", b.huvuden().get("accept-encoding")));
    }

    /** A file other than an interchange folder (whose content import and export send, decision 0380) stays here. */
    @Test
    void filerPaDenHarDatornSkickasInte() {
        try (Serversession s = oppna("demo", true)) {
            int fore = server.begaranden().size();
            KundvalException fel = assertThrows(KundvalException.class,
                    () -> s.tjanst(BudgetService.class).prognos(HL1, katalog.resolve("plan.csv")));
            assertTrue(fel.getMessage().contains("BudgetService.prognos"), fel.getMessage());
            assertEquals(fore, server.begaranden().size());
        }
    }

    /** The server restarts: the call in flight fails plainly, and the same call then works (decision 0341). */
    @Test
    void enServerSomForsvinnerOchKommerTillbaka() throws Exception {
        server.tjanster(b -> new Provserver.Svar(200, "{\"varde\":true}"));
        try (Serversession s = oppna("demo", true)) {
            Databas databas = s.tjanst(Databas.class);
            assertTrue(databas.arTom());
            server.stoppa();
            Forbindelsefel borta = assertThrows(Forbindelsefel.class, databas::arTom);
            assertTrue(borta.getMessage().contains("svarar inte. Dina \u00e4ndringar \u00e4r kvar; f\u00f6rs\u00f6k igen."), borta.getMessage());
            server.glomSessioner();
            server.startaOm(server.nyckelfil());
            assertTrue(databas.arTom(), "after the restart the same call goes through on a new session");
        }
    }

    /** A session the server ended while it was reachable is not renewed behind the user's back. */
    @Test
    void enUtgangenSessionFornyasInte() {
        server.tjanster(b -> new Provserver.Svar(200, "{\"varde\":true}"));
        try (Serversession s = oppna("demo", true)) {
            server.glomSessioner();
            AtkomstNekadException slut = assertThrows(AtkomstNekadException.class, () -> s.tjanst(Databas.class).arTom());
            assertTrue(slut.getMessage().contains("Logga ut och logga in igen"), slut.getMessage());
        }
    }
}
