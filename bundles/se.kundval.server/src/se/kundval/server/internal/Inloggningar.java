package se.kundval.server.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Sessionslager;
import se.kundval.core.json.Jsonfel;
import se.kundval.core.json.Jsonkodek;

/**
 * {@code POST /api/v1/inloggning}: the attempt goes to the {@link Autentisering} service, which
 * alone decides (the password, the lockout, the engångskod); a login it accepts gets a session.
 * Every refusal has the same answer, so that none tells whether the user name exists.
 */
final class Inloggningar {

    private final Jsonkodek kodek;
    private final Sessionslager<Inloggning> sessioner;
    private final Supplier<Autentisering> autentisering;

    Inloggningar(Jsonkodek kodek, Sessionslager<Inloggning> sessioner, Supplier<Autentisering> autentisering) {
        this.kodek = kodek;
        this.sessioner = sessioner;
        this.autentisering = autentisering;
    }

    Svar loggaIn(byte[] kropp, String klienttyp, String adress) throws IOException {
        if (kropp == null) {
            return Svar.felaktig(Messages.forStor);
        }
        Klient.Typ typ = klienttyp(klienttyp);
        if (typ == null) {
            return Svar.felaktig(NLS.bind(Messages.felKlienttyp, Api.KLIENTHUVUD));
        }
        Forsok forsok;
        try {
            forsok = (Forsok) kodek.lasVarde(kodek.lasTrad(kropp), Forsok.class);
        } catch (JsonProcessingException e) {
            return Svar.felaktig(Jsonfel.beskriv(e));
        }
        if (forsok == null || forsok.anvandarnamn() == null || forsok.losenord() == null) {
            return Svar.felaktig(Messages.inloggningSaknar);
        }
        try {
            Inloggning vem = autentisering.get().autentisera(new Inloggningsforsok(forsok.anvandarnamn(), forsok.losenord(),
                    forsok.engangskod(), new Klient(typ, adress))).orElse(null);
            if (vem == null) {
                return Svar.fel(HttpStatus.UNAUTHORIZED_401, Svar.EJ_INLOGGAD, Messages.inloggningNekad);
            }
            return Svar.ok(new Inloggad(sessioner.ny(vem), vem.anvandarnamn(), vem.namn(), vem.roll().getLiteral(), vem.orgnr()));
        } finally {
            Arrays.fill(forsok.losenord(), '\0');
        }
    }

    private static Klient.Typ klienttyp(String huvud) {
        if (huvud == null) {
            return null;
        }
        try {
            return Klient.Typ.valueOf(huvud.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The body of a login. */
    record Forsok(String anvandarnamn, char[] losenord, String engangskod) {
    }

    /** The answer to a login: the token and who the server now takes the caller for. */
    record Inloggad(String token, String anvandarnamn, String namn, String roll, String orgnr) {
    }
}
