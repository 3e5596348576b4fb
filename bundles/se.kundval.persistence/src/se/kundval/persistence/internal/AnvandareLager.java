package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Inloggningslage;
import se.kundval.core.autentisering.Inloggningsmetoder;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.model.Anvandare;
import se.kundval.model.Roll;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.persistence.internal.orm.Revision;

/**
 * {@link AnvandareService} and {@link Anvandarkonton} on Hibernate, with salted PBKDF2 password hashes.
 * The embedded login ({@link #loggaIn}) runs the same rules as the server's {@link Inloggningskontroll}
 * but asks no TOTP code (docs/decisions/0313-engangskod-bara-mot-servern.md).
 */
@Component(service = {AnvandareService.class, Anvandarkonton.class})
public class AnvandareLager implements AnvandareService, Anvandarkonton {

    private Sessionskalla databas;
    private Inloggningsmetoder metoder;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference
    void setInloggningsmetoder(Inloggningsmetoder inloggningsmetoder) {
        this.metoder = inloggningsmetoder;
    }

    /** Dynamic and greedy: a clock registered later with a higher ranking (a test's fixed day) takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes, and without one the component stops. */
    void unsetClock(Clock clock) {
    }

    @Override
    public Optional<Inloggning> loggaIn(String anvandarnamn, char[] losenord) {
        Inloggningsforsok forsok = new Inloggningsforsok(anvandarnamn, losenord, null, Klient.lokal(Klient.Typ.ARBETSBANK));
        return new Inloggningsprovning(databas, metoder, Losenord::stammer).prova(forsok, Inloggningslage.INBADDAD, klocka);
    }

    @Override
    public List<Anvandare> alla(Inloggning vem) {
        vem.kraver(Rattighet.ADMINISTRERA_ANVANDARE);
        return databas.lasa(s -> s.createSelectionQuery("from Anvandare a order by a.anvandarnamn", Anvandare.class).getResultList()); //$NON-NLS-1$
    }

    @Override
    public Anvandare spara(Inloggning vem, Anvandare anvandare, char[] nyttLosenord) {
        vem.kraver(Rattighet.ADMINISTRERA_ANVANDARE);
        if (nyttLosenord != null) {
            anvandare.setLosenordHash(Losenord.hash(nyttLosenord));
        } else if (anvandare.getId() != null) {
            // a user read through the server comes without its hash (it never leaves the server), and a
            // client must not choose one: without a new password the stored hash stays
            anvandare.setLosenordHash(lagradHash(anvandare.getId()));
        }
        validera(anvandare);
        Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), null, null);
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, anvandare, revision));
        return anvandare;
    }

    @Override
    public NyttKonto skapa(Inloggning vem, Anvandare anvandare, char[] losenord) {
        vem.kraver(Rattighet.ADMINISTRERA_ANVANDARE);
        if (losenord == null || losenord.length == 0) {
            throw new KundvalException(NLS.bind(Messages.losenordTomt, anvandare.getAnvandarnamn()));
        }
        validera(anvandare);
        if (finns(anvandare.getAnvandarnamn())) {
            throw new KundvalException(NLS.bind(Messages.anvandarnamnUpptaget, anvandare.getAnvandarnamn()));
        }
        String hemlighet = anvandare.getRoll() == Roll.ANORDNARE ? Engangskod.nyHemlighet() : null;
        anvandare.setLosenordHash(Losenord.hash(losenord));
        Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), null, null);
        // the user and its secret in one transaction: never a user that can log in to no server
        databas.iTillstandslosTransaktion(ss -> {
            databas.aggregat().spara(ss, anvandare, revision);
            if (hemlighet != null) {
                ss.createNativeMutationQuery("update anvandare set totp_hemlighet = :h where anvandarnamn = :n") //$NON-NLS-1$
                        .setParameter("h", databas.engangsnyckel().kryptera(hemlighet)).setParameter("n", anvandare.getAnvandarnamn()).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        return new NyttKonto(anvandare, hemlighet);
    }

    @Override
    public NyttKonto nyEngangshemlighet(Inloggning vem, String anvandarnamn) {
        vem.kraver(Rattighet.ADMINISTRERA_ANVANDARE);
        Anvandare anvandare = databas.lasa(s -> s.createSelectionQuery("from Anvandare a where a.anvandarnamn = :n", //$NON-NLS-1$
                Anvandare.class).setParameter("n", anvandarnamn).getSingleResultOrNull()); //$NON-NLS-1$
        if (anvandare == null) {
            throw new KundvalException(NLS.bind(Messages.anvandareSaknas, anvandarnamn));
        }
        if (anvandare.getRoll() != Roll.ANORDNARE) {
            // the role in words ("handläggare"), as everywhere a user reads it
            String roll = Granskningstexter.varde(anvandare.getRoll().getName()).toLowerCase(Locale.ROOT);
            throw new KundvalException(NLS.bind(Messages.engangskodBaraAnordnare, anvandarnamn, roll));
        }
        String hemlighet = Engangskod.nyHemlighet();
        // audited as every change of a user is; the secret itself is in no audit entry
        Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), "ENGANGSKOD_FORNYAD", null); //$NON-NLS-1$
        databas.iTillstandslosTransaktion(ss -> {
            databas.aggregat().spara(ss, anvandare, revision);
            ss.createNativeMutationQuery("update anvandare set totp_hemlighet = :h, totp_senaste_steg = null where id = :id") //$NON-NLS-1$
                    .setParameter("h", databas.engangsnyckel().kryptera(hemlighet)).setParameter("id", anvandare.getId()).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
        });
        anvandare.setLosenordHash(null);
        return new NyttKonto(anvandare, hemlighet);
    }

    private String lagradHash(Long id) {
        return databas.lasa(s -> s.createSelectionQuery("select a.losenordHash from Anvandare a where a.id = :id", String.class) //$NON-NLS-1$
                .setParameter("id", id).getSingleResultOrNull()); //$NON-NLS-1$
    }

    private boolean finns(String anvandarnamn) {
        return databas.lasa(s -> s.createSelectionQuery("select count(a) from Anvandare a where a.anvandarnamn = :n", Long.class) //$NON-NLS-1$
                .setParameter("n", anvandarnamn).getSingleResult()) > 0; //$NON-NLS-1$
    }

    private static void validera(Anvandare anvandare) {
        if (anvandare.isPortaladmin() && anvandare.getRoll() != Roll.ANORDNARE) {
            throw new KundvalException(Messages.portaladminBaraAnordnare);
        }
        Diagnostic d = new KundvalDiagnostician().validate(anvandare);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(d);
        }
    }
}
