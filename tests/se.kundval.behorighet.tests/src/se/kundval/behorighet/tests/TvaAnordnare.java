package se.kundval.behorighet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Underlagstyp;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The world every case runs in: anordnare A (the logged-in user) with its own kund and insats, and
 * anordnare B with a kund whose only insats is with B and has an avslut waiting for bedömning, so
 * that lists of running insatser, of avslut and of follow-ups would all show B's kund if they leaked.
 * B's kund and insats are recorded as they were, so that each case can show nothing of them changed.
 * A's calls go where the world's {@link Tjanstekalla} sends them: to the services in this process, or
 * through a session on the Kundval server (shared mode); the setup and the checks always work locally.
 */
final class TvaAnordnare implements AutoCloseable {

    static final String EGEN_KUND = "Agnes Egen";
    static final String ANDRAS_KUND = "Bertil Bortom";
    /** The smallest file the evidence accepts: a PDF is known by its first bytes. */
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final Anordnare anordnareA;
    final Anordnare anordnareB;
    final Inloggning a;
    final Kund kundA;
    final Kund kundB;
    final Insats insatsA;
    final Insats insatsB;
    final Path katalog;

    private final Tjanstekalla somA;
    private long kundversionB;
    private long insatsversionB;
    private int historikB;

    TvaAnordnare(Path katalog, Function<TvaAnordnare, Tjanstekalla> anslutning) {
        this.katalog = katalog;
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Testfall testfall = new Testfall();
        anordnareA = testfall.anordnare("Egen Anordnare AB", "AMI1", "AMI2");
        anordnareB = testfall.anordnare("Annan Anordnare AB", "AMI1", "AMI2");
        a = Testfall.anordnare(anordnareA.getOrgnr());
        LocalDate start = Testklocka.IDAG.minusDays(60);
        kundA = testfall.kund(EGEN_KUND, LocalDate.of(1990, 2, 2));
        kundB = testfall.kund(ANDRAS_KUND, LocalDate.of(1985, 3, 12));
        insatsA = testfall.insats(kundA, anordnareA, "AMI2", start);
        Insats sparadB = testfall.insats(kundB, anordnareB, "AMI2", start);
        Tjanster.hamta(AvslutService.class).rapportera(Testfall.anordnare(anordnareB.getOrgnr()), sparadB.getId(),
                arbete(Testklocka.IDAG.minusDays(5)));
        insatsB = insatser().hamta(Testfall.ADMIN, sparadB.getId());
        somA = anslutning.apply(this);
        baslinje();
    }

    /** B's kund and insats as they are now: what {@link #kontrolleraOrort} compares with. */
    private void baslinje() {
        kundversionB = kunder().hamta(Testfall.ADMIN, kundB.getId()).getVersion();
        insatsversionB = andrasInsats().getVersion();
        historikB = insatser().historik(Testfall.ADMIN, insatsB.getId()).size();
    }

    /**
     * B submits its six-month evidence with a document, on the day it falls due; the document's id.
     * What B did is the new state that nothing A does may change.
     */
    long andrasDokument() {
        try (Testklocka.Stallning dag = Testklocka.stall(Testklocka.NU.plusMonths(7))) {
            Sexmanadersuppfoljning underlag = Tjanster.hamta(DokumentService.class).lamnaUnderlag(
                    Testfall.anordnare(anordnareB.getOrgnr()), insatsB.getId(), Underlagstyp.ANSTALLNINGSAVTAL, "B:s avtal",
                    List.of(new Bifogadfil("avtal.pdf", PDF)));
            baslinje();
            return underlag.getDokument().get(0).getId();
        }
    }

    /** The service A calls: in this process, or its remote implementation in A's server session. */
    <T> T somA(Class<T> typ) {
        return somA.tjanst(typ);
    }

    @Override
    public void close() {
        somA.close();
    }

    static Avslut arbete(LocalDate dag) {
        Avslut avslut = KundvalFactory.eINSTANCE.createAvslut();
        avslut.setAvslutsdatum(dag);
        avslut.setAvslutsorsak(Avslutsorsak.ARBETE);
        avslut.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        avslut.setVaraktighetManader(12);
        return avslut;
    }

    /** B's insats as a handläggare reads it: a fresh copy each time, since cases change what they get. */
    Insats andrasInsats() {
        return insatser().hamta(Testfall.ADMIN, insatsB.getId());
    }

    /** B's kund as a handläggare reads it. */
    Kund andrasKund() {
        return kunder().hamta(Testfall.ADMIN, kundB.getId());
    }

    /** A's own insats as A reads it. */
    Insats egenInsats() {
        return insatser().hamta(a, insatsA.getId());
    }

    /**
     * Nothing of B's changed and A has gained no way to B's kund: a write that got through shows as a
     * raised version, an audit entry, another insats on the kund, or the kund within A's reach.
     */
    void kontrolleraOrort(String fall) {
        Kund kund = andrasKund();
        assertEquals(kundversionB, kund.getVersion(), fall + ": B's kund was written");
        assertEquals(ANDRAS_KUND, kund.getNamn(), fall + ": B's kund was written");
        Insats insats = andrasInsats();
        assertEquals(insatsversionB, insats.getVersion(), fall + ": B's insats was written");
        assertEquals(anordnareB.getOrgnr(), insats.getAnordnare().getOrgnr(), fall + ": B's insats changed anordnare");
        assertEquals(kundB.getId(), insats.getKund().getId(), fall + ": B's insats changed kund");
        assertEquals(historikB, insatser().historik(Testfall.ADMIN, insatsB.getId()).size(), fall + ": audited change on B's insats");
        assertEquals(1, insatser().forKund(Testfall.ADMIN, kundB.getId()).size(), fall + ": a new insats on B's kund");
        assertThrows(AtkomstNekadException.class, () -> kunder().hamta(a, kundB.getId()), fall + ": A now reaches B's kund");
    }

    static KundService kunder() {
        return Tjanster.hamta(KundService.class);
    }

    static InsatsService insatser() {
        return Tjanster.hamta(InsatsService.class);
    }
}
