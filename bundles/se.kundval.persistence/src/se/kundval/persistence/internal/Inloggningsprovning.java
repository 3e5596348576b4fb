package se.kundval.persistence.internal;

import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.hibernate.Session;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Inloggningslage;
import se.kundval.core.autentisering.Inloggningsmetodbidrag;
import se.kundval.core.autentisering.Inloggningsmetoder;
import se.kundval.model.Roll;

/**
 * One login attempt, in one transaction with the account's row locked (DOMAIN §11,
 * docs/decisions/0311-losenord-och-lasning.md): the installed methods that apply to the role decide;
 * {@value #MAX_MISSLYCKADE} failures in a row lock the account for 15 minutes; a success resets the
 * count and stores what the methods changed (a stronger hash, a used TOTP step). An unknown user, a
 * locked account and a wrong password do the same work and get the same empty answer.
 */
final class Inloggningsprovning {

    static final int MAX_MISSLYCKADE = 5;
    static final Duration LASTID = Duration.ofMinutes(15);
    private static final System.Logger LOG = System.getLogger(Inloggningsprovning.class.getName());

    private final Sessionskalla databas;
    private final Inloggningsmetoder metoder;
    private final BiPredicate<char[], String> losenordskontroll;

    /** @param losenordskontroll how a password is checked against a stored hash: {@link Losenord#stammer}, or a test's recorder around it */
    Inloggningsprovning(Sessionskalla databas, Inloggningsmetoder metoder, BiPredicate<char[], String> losenordskontroll) {
        this.databas = databas;
        this.metoder = metoder;
        this.losenordskontroll = losenordskontroll;
    }

    Optional<Inloggning> prova(Inloggningsforsok forsok, Inloggningslage lage, Clock klocka) {
        Instant nu = klocka.instant();
        LocalDateTime lokalNu = LocalDateTime.ofInstant(nu, klocka.getZone());
        return databas.iTransaktion(s -> {
            Object[] rad = s.createNativeQuery("select id, namn, roll, orgnr, losenord_hash, aktiv, misslyckade_forsok, last_till," //$NON-NLS-1$
                    + " totp_hemlighet, totp_senaste_steg from anvandare where anvandarnamn = :n for update", Object[].class) //$NON-NLS-1$
                    .setParameter("n", forsok.anvandarnamn()).getResultStream().findFirst().orElse(null); //$NON-NLS-1$
            Lagratkonto konto = konto(forsok.anvandarnamn(), rad);
            LocalDateTime lastTill = rad == null ? null : tid(rad[7]);
            boolean last = lastTill != null && lokalNu.isBefore(lastTill);
            // the methods run for a locked or unknown account too: the answer must take the same time
            boolean godkand = godkanns(forsok, konto, lage, nu);
            if (!konto.arKant() || last) {
                return Optional.<Inloggning>empty();
            }
            if (!godkand) {
                misslyckades(s, konto, ((Number) rad[6]).intValue() + 1, lokalNu);
                return Optional.<Inloggning>empty();
            }
            lyckades(s, konto);
            return Optional.of(new Inloggning(konto.anvandarnamn(), konto.namn(), konto.roll(), konto.orgnr()));
        });
    }

    private Lagratkonto konto(String anvandarnamn, Object[] rad) {
        // no row, inactive, or no role or hash to check: the stand-in, so that the work is the same
        if (rad == null || !Boolean.TRUE.equals(rad[5]) || rad[2] == null || rad[4] == null) {
            return Lagratkonto.okant(anvandarnamn, losenordskontroll);
        }
        return new Lagratkonto(((Number) rad[0]).longValue(), anvandarnamn, (String) rad[1], Roll.valueOf((String) rad[2]),
                (String) rad[3], (String) rad[4], hemlighet(anvandarnamn, (String) rad[8]),
                rad[9] == null ? null : ((Number) rad[9]).longValue(), losenordskontroll);
    }

    /**
     * The stored TOTP secret decrypted (decision 0406). One this key cannot read (another server's key,
     * a lost or broken key file) counts as none, so the login fails as for a wrong code; the log names
     * the key, which is what the administrator has to restore.
     */
    private String hemlighet(String anvandarnamn, String lagrad) {
        if (lagrad == null) {
            return null;
        }
        try {
            Optional<String> klar = databas.engangsnyckel().dekryptera(lagrad);
            if (klar.isEmpty()) {
                LOG.log(Level.ERROR, "engångskodens hemlighet för " + anvandarnamn + " kan inte läsas med nyckeln " //$NON-NLS-1$ //$NON-NLS-2$
                        + databas.engangsnyckel().kalla());
            }
            return klar.orElse(null);
        } catch (KundvalException e) {
            LOG.log(Level.ERROR, e.getMessage(), e);
            return null;
        }
    }

    private boolean godkanns(Inloggningsforsok forsok, Lagratkonto konto, Inloggningslage lage, Instant nu) {
        for (Inloggningsmetodbidrag bidrag : metoder.metoder()) {
            try {
                if (bidrag.metod().galler(konto.roll()) && bidrag.metod().godkanner(forsok, konto, lage, nu)) {
                    return true;
                }
            } catch (RuntimeException e) {
                // a faulty plugin refuses the login; the others still decide, and the user gets the usual answer
                LOG.log(Level.ERROR, "inloggningsmetoden " + bidrag.id() + " från " + bidrag.bidragsgivare() + " föll", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return false;
    }

    private static void misslyckades(Session s, Lagratkonto konto, int iRad, LocalDateTime nu) {
        boolean las = iRad >= MAX_MISSLYCKADE;
        s.createNativeMutationQuery("update anvandare set misslyckade_forsok = :m, last_till = :t where id = :id") //$NON-NLS-1$
                .setParameter("m", las ? 0 : iRad).setParameter("t", las ? nu.plus(LASTID) : null, LocalDateTime.class) //$NON-NLS-1$ //$NON-NLS-2$
                .setParameter("id", konto.id()).executeUpdate(); //$NON-NLS-1$
    }

    private static void lyckades(Session s, Lagratkonto konto) {
        s.createNativeMutationQuery("update anvandare set misslyckade_forsok = 0, last_till = null where id = :id") //$NON-NLS-1$
                .setParameter("id", konto.id()).executeUpdate(); //$NON-NLS-1$
        if (konto.nyHash() != null) {
            s.createNativeMutationQuery("update anvandare set losenord_hash = :h where id = :id") //$NON-NLS-1$
                    .setParameter("h", konto.nyHash()).setParameter("id", konto.id()).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (konto.nyttSteg() != null) {
            s.createNativeMutationQuery("update anvandare set totp_senaste_steg = :steg where id = :id") //$NON-NLS-1$
                    .setParameter("steg", konto.nyttSteg()).setParameter("id", konto.id()).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static LocalDateTime tid(Object varde) {
        return switch (varde) {
            case null -> null;
            case LocalDateTime t -> t;
            case Timestamp t -> t.toLocalDateTime();
            default -> throw new IllegalStateException(varde.getClass().getName());
        };
    }
}
