package se.kundval.klient.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.klient.Forbindelsefel;

/**
 * Keeps one session alive across a lost connection (docs/decisions/0341-atervandande-session.md).
 * When the server was unreachable and then answers that it knows no such session, it was restarted
 * and forgot it: the vakt logs in again once with the kept login and repeats the call, so that the
 * user's save goes through as if nothing happened. A session that ended for any other reason (idle,
 * too long, logged out elsewhere) is not renewed: that is the server's decision to end it, and the
 * user is told to log in again. The password is kept in memory only, and cleared at logout.
 */
public final class Sessionsvakt {

    private static final String INLOGGNING = "/api/v1/inloggning"; //$NON-NLS-1$

    private final Forbindelse forbindelse;
    private final String anvandarnamn;
    private final String engangskod;
    private char[] losenord;
    /** A call failed for want of an answer since the last one that got one. */
    private volatile boolean bruten;

    public Sessionsvakt(Forbindelse forbindelse, Inloggningsforsok forsok) {
        this.forbindelse = forbindelse;
        this.anvandarnamn = forsok.anvandarnamn();
        this.engangskod = forsok.engangskod();
        this.losenord = forsok.losenord().clone();
    }

    public Forbindelse forbindelse() {
        return forbindelse;
    }

    /** Logs in with the kept login; the answer's user. A refused login is thrown with the server's message. */
    public synchronized JsonNode loggaIn() {
        if (losenord == null) {
            throw new AtkomstNekadException(Messages.utloggad);
        }
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("anvandarnamn", anvandarnamn); //$NON-NLS-1$
        kropp.put("losenord", losenord); //$NON-NLS-1$
        kropp.put("engangskod", engangskod); //$NON-NLS-1$
        forbindelse.token(null);
        try {
            JsonNode svar = forbindelse.post(INLOGGNING, kropp, null);
            forbindelse.token(svar.path("token").asText()); //$NON-NLS-1$
            bruten = false;
            return svar;
        } catch (Felsvar.EjInloggad e) {
            throw new AtkomstNekadException(e.getMessage());
        }
    }

    /** One call of the session, renewed once when the server was away and forgot it. */
    public JsonNode anropa(String vag, Object kropp, String plats) {
        return anropa(() -> forbindelse.post(vag, kropp, plats));
    }

    /** Any request of the session (a streamed one too), renewed as {@link #anropa(String, Object, String)} is. */
    public <T> T anropa(Supplier<T> anrop) {
        if (!forbindelse.harToken()) {
            throw new AtkomstNekadException(Messages.utloggad);
        }
        try {
            return lyckat(anrop.get());
        } catch (Forbindelsefel e) {
            bruten = true;
            throw e;
        } catch (Felsvar.EjInloggad e) {
            if (!bruten) {
                throw new AtkomstNekadException(Messages.sessionenSlut);
            }
            loggaInIgen(e);
            return lyckat(anrop.get());
        }
    }

    public synchronized void loggaUt() {
        forbindelse.stang();
        if (losenord != null) {
            Arrays.fill(losenord, '\0');
            losenord = null;
        }
    }

    private void loggaInIgen(Felsvar.EjInloggad orsak) {
        try {
            loggaIn();
        } catch (AtkomstNekadException e) {
            // the kept login no longer works (a changed password, a new engångskod needed)
            AtkomstNekadException slut = new AtkomstNekadException(Messages.sessionenSlut);
            slut.addSuppressed(orsak);
            throw slut;
        }
    }

    private <T> T lyckat(T svar) {
        bruten = false;
        return svar;
    }
}
