package se.kundval.persistence.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.hibernate.StatelessSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.autentisering.Portalkonto;
import se.kundval.core.autentisering.Portalkonton;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.persistence.internal.orm.Revision;

/**
 * {@link Portalkonton} on Hibernate. Each call reads the caller's own stored account in the same
 * transaction as the change, so a portal-admin who was just locked or lost the mark can do nothing
 * more; an account of another organisation is refused with the message an unknown name gets. Every
 * change is saved through the aggregate store, so the audit records who changed which account.
 */
@Component(service = Portalkonton.class)
public class PortalkontoLager implements Portalkonton {

    private Sessionskalla databas;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    /** Dynamic and greedy: a test's fixed clock registered later takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes. */
    void unsetClock(Clock clock) {
    }

    @Override
    public boolean arPortaladmin(Inloggning vem) {
        return vem.begransadTillAnordnare() && databas.lasa(s -> s.createSelectionQuery(
                "select count(a) from Anvandare a where a.anvandarnamn = :n and a.orgnr = :o and a.aktiv = true and a.portaladmin = true", //$NON-NLS-1$
                Long.class).setParameter("n", vem.anvandarnamn()).setParameter("o", vem.orgnr()).getSingleResult()) > 0; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public List<Portalkonto> konton(Inloggning vem) {
        kravPortaladmin(vem);
        LocalDateTime nu = LocalDateTime.now(klocka);
        return databas.lasa(s -> s.createNativeQuery("select anvandarnamn, namn, aktiv, portaladmin, last_till from anvandare" //$NON-NLS-1$
                + " where orgnr = :o and roll = 'ANORDNARE' order by anvandarnamn", Object[].class) //$NON-NLS-1$
                .setParameter("o", vem.orgnr()).getResultList().stream() //$NON-NLS-1$
                .map(r -> {
                    LocalDateTime lastTill = tid(r[4]);
                    return new Portalkonto((String) r[0], (String) r[1], Boolean.TRUE.equals(r[2]), Boolean.TRUE.equals(r[3]),
                            lastTill != null && nu.isBefore(lastTill));
                }).toList());
    }

    @Override
    public NyttKonto skapa(Inloggning vem, String anvandarnamn, String namn, char[] losenord, boolean portaladmin) {
        String kontonamn = Objects.requireNonNullElse(anvandarnamn, "").strip(); //$NON-NLS-1$
        if (kontonamn.isEmpty()) {
            throw new KundvalException(Messages.portalkontoUtanNamn);
        }
        if (losenord == null || losenord.length == 0) {
            throw new KundvalException(NLS.bind(Messages.losenordTomt, kontonamn));
        }
        Anvandare ny = KundvalFactory.eINSTANCE.createAnvandare();
        ny.setAnvandarnamn(kontonamn);
        ny.setNamn(namn == null || namn.isBlank() ? kontonamn : namn.strip());
        ny.setRoll(Roll.ANORDNARE);
        ny.setOrgnr(vem.orgnr());
        ny.setAktiv(true);
        ny.setPortaladmin(portaladmin);
        ny.setLosenordHash(Losenord.hash(losenord));
        String hemlighet = Engangskod.nyHemlighet();
        databas.iTillstandslosTransaktion(ss -> {
            kravPortaladmin(ss, vem);
            Long finns = ss.createSelectionQuery("select count(a) from Anvandare a where a.anvandarnamn = :n", Long.class) //$NON-NLS-1$
                    .setParameter("n", kontonamn).getSingleResult(); //$NON-NLS-1$
            if (finns > 0) {
                throw new KundvalException(NLS.bind(Messages.anvandarnamnUpptaget, kontonamn));
            }
            databas.aggregat().spara(ss, ny, revision(vem));
            nyHemlighet(ss, kontonamn, databas.engangsnyckel().kryptera(hemlighet));
        });
        return new NyttKonto(ny, hemlighet);
    }

    @Override
    public Portalkonto lasa(Inloggning vem, String anvandarnamn, boolean last) {
        if (last && vem.anvandarnamn().equals(anvandarnamn)) {
            throw new KundvalException(Messages.portalkontoLasaSigSjalv);
        }
        Anvandare[] andrad = new Anvandare[1];
        databas.iTillstandslosTransaktion(ss -> {
            kravPortaladmin(ss, vem);
            Anvandare konto = egetKonto(ss, vem, anvandarnamn);
            konto.setAktiv(!last);
            databas.aggregat().spara(ss, konto, revision(vem));
            if (!last) {
                // unlocking is for a person who is locked out, whichever the reason
                ss.createNativeMutationQuery("update anvandare set misslyckade_forsok = 0, last_till = null where id = :id") //$NON-NLS-1$
                        .setParameter("id", konto.getId()).executeUpdate(); //$NON-NLS-1$
            }
            andrad[0] = konto;
        });
        return new Portalkonto(andrad[0].getAnvandarnamn(), andrad[0].getNamn(), andrad[0].isAktiv(), andrad[0].isPortaladmin(), false);
    }

    @Override
    public NyttKonto aterstall(Inloggning vem, String anvandarnamn, char[] losenord) {
        if (losenord == null || losenord.length == 0) {
            throw new KundvalException(NLS.bind(Messages.losenordTomt, anvandarnamn));
        }
        String hash = Losenord.hash(losenord);
        String hemlighet = Engangskod.nyHemlighet();
        Anvandare[] andrad = new Anvandare[1];
        databas.iTillstandslosTransaktion(ss -> {
            kravPortaladmin(ss, vem);
            Anvandare konto = egetKonto(ss, vem, anvandarnamn);
            konto.setLosenordHash(hash);
            konto.setAktiv(true);
            databas.aggregat().spara(ss, konto, revision(vem));
            nyHemlighet(ss, konto.getAnvandarnamn(), databas.engangsnyckel().kryptera(hemlighet));
            andrad[0] = konto;
        });
        return new NyttKonto(andrad[0], hemlighet);
    }

    private void kravPortaladmin(Inloggning vem) {
        if (!arPortaladmin(vem)) {
            throw new AtkomstNekadException(NLS.bind(Messages.intePortaladmin, vem.anvandarnamn()));
        }
    }

    /** The caller's own stored account decides, read in the transaction of the change. */
    private static void kravPortaladmin(StatelessSession ss, Inloggning vem) {
        Anvandare jag = vem.begransadTillAnordnare() ? konto(ss, vem.anvandarnamn()) : null;
        if (jag == null || !jag.isAktiv() || !jag.isPortaladmin() || jag.getRoll() != Roll.ANORDNARE
                || !vem.orgnr().equals(jag.getOrgnr())) {
            throw new AtkomstNekadException(NLS.bind(Messages.intePortaladmin, vem.anvandarnamn()));
        }
    }

    /** The named account if it is an anordnare user of the caller's organisation; otherwise as if there were none. */
    private static Anvandare egetKonto(StatelessSession ss, Inloggning vem, String anvandarnamn) {
        Anvandare konto = anvandarnamn == null ? null : konto(ss, anvandarnamn);
        if (konto == null || konto.getRoll() != Roll.ANORDNARE || !vem.orgnr().equals(konto.getOrgnr())) {
            throw new KundvalException(NLS.bind(Messages.portalkontoSaknas, anvandarnamn));
        }
        return konto;
    }

    private static Anvandare konto(StatelessSession ss, String anvandarnamn) {
        return ss.createSelectionQuery("from Anvandare a where a.anvandarnamn = :n", Anvandare.class) //$NON-NLS-1$
                .setParameter("n", anvandarnamn).getSingleResultOrNull(); //$NON-NLS-1$
    }

    /** A new secret (encrypted, decision 0406) makes every code of the old one useless; the used-step mark belongs to the old one. */
    private static void nyHemlighet(StatelessSession ss, String anvandarnamn, String hemlighet) {
        ss.createNativeMutationQuery("update anvandare set totp_hemlighet = :h, totp_senaste_steg = null," //$NON-NLS-1$
                + " misslyckade_forsok = 0, last_till = null where anvandarnamn = :n") //$NON-NLS-1$
                .setParameter("h", hemlighet).setParameter("n", anvandarnamn).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static LocalDateTime tid(Object varde) {
        return switch (varde) {
            case null -> null;
            case LocalDateTime t -> t;
            case Timestamp t -> t.toLocalDateTime();
            default -> throw new IllegalStateException(varde.getClass().getName());
        };
    }

    private Revision revision(Inloggning vem) {
        return new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), null, null);
    }
}
