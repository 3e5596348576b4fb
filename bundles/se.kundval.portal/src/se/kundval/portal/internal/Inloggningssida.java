package se.kundval.portal.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.model.Roll;

/**
 * Login and logout. The login form asks for user name, password and engångskod and hands them to
 * the {@link Autentisering} service as a portal client with the caller's address, so the lockout,
 * the TOTP check and the access log are the server's. Only anordnare users get in; every failure,
 * whatever its cause, gets the same message, so the page never tells whether a user name exists.
 */
final class Inloggningssida {

    private static final String[] FALT = {"anvandarnamn", "losenord", "engangskod"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Portaltjanster tjanster;
    private final Portalsessioner sessioner;
    private final Inloggningsgrind grind;
    private final Sidmotor motor;
    private final Texter texter;

    Inloggningssida(Portaltjanster tjanster, Portalsessioner sessioner, Inloggningsgrind grind, Sidmotor motor, Texter texter) {
        this.tjanster = tjanster;
        this.sessioner = sessioner;
        this.grind = grind;
        this.motor = motor;
        this.texter = texter;
    }

    /** The form; a visitor without a session gets one (not logged in) so the form has its CSRF token. */
    Svar visa(Begaran begaran) {
        Portalsessioner.Session session = sessioner.hamta(begaran.token());
        if (session != null && session.inloggad()) {
            return Svar.till(Portal.BAS + '/');
        }
        boolean ny = session == null;
        if (ny) {
            session = sessioner.ny(null);
        }
        Formular formular = new Formular(texter, Map.of(), FALT);
        Sidinnehall sida = new Sidinnehall(texter.text("inloggning.rubrik")); //$NON-NLS-1$
        if (!begaran.falt("utloggad").isEmpty()) { //$NON-NLS-1$
            sida.med("meddelande", texter.text("utloggad")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Svar svar = formular(200, session, formular, sida);
        return ny ? svar.medCookie(session.token()) : svar;
    }

    Svar loggaIn(Begaran begaran) {
        Portalsessioner.Session session = sessioner.hamta(begaran.token());
        if (session == null || session.inloggad() || !session.ratt(begaran.falt("csrf"))) { //$NON-NLS-1$
            Sidinnehall sida = new Sidinnehall(texter.text("fel.nekad")).med("text", texter.text("fel.csrf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Svar.html(403, motor.sida("fel", sida)); //$NON-NLS-1$
        }
        Formular formular = new Formular(texter, Map.of("anvandarnamn", begaran.falt("anvandarnamn")), FALT); //$NON-NLS-1$ //$NON-NLS-2$
        Sidinnehall sida = new Sidinnehall(texter.text("inloggning.rubrik")); //$NON-NLS-1$
        if (!grind.oppen(begaran.adress())) {
            formular.fel("anvandarnamn", texter.text("fel.grind")); //$NON-NLS-1$ //$NON-NLS-2$
            return formular(429, session, formular, sida);
        }
        Optional<Inloggning> vem = autentisera(begaran);
        if (vem.isEmpty() || vem.get().roll() != Roll.ANORDNARE) {
            grind.misslyckades(begaran.adress());
            formular.fel("anvandarnamn", texter.text("fel.inloggning")); //$NON-NLS-1$ //$NON-NLS-2$
            return formular(200, session, formular, sida);
        }
        grind.lyckades(begaran.adress());
        sessioner.avsluta(session.token());
        return Svar.till(Portal.BAS + '/').medCookie(sessioner.ny(vem.get()).token());
    }

    Svar loggaUt(Portalsessioner.Session session) {
        sessioner.avsluta(session.token());
        return Svar.till(Portal.BAS + "/inloggning?utloggad=1").medCookie(""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Optional<Inloggning> autentisera(Begaran begaran) {
        char[] losenord = begaran.falt("losenord").toCharArray(); //$NON-NLS-1$
        try {
            String kod = begaran.falt("engangskod").strip(); //$NON-NLS-1$
            return tjanster.autentisering().get().autentisera(new Inloggningsforsok(begaran.falt("anvandarnamn").strip(), //$NON-NLS-1$
                    losenord, kod.isEmpty() ? null : kod, new Klient(Klient.Typ.PORTAL, begaran.adress())));
        } finally {
            Arrays.fill(losenord, '\0');
        }
    }

    private Svar formular(int status, Portalsessioner.Session session, Formular formular, Sidinnehall sida) {
        formular.till(sida).med("csrf", session.csrf()); //$NON-NLS-1$
        return Svar.html(status, motor.sida("inloggning", sida)); //$NON-NLS-1$
    }
}
