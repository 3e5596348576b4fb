package se.kundval.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kundval.core.AtkomstNekadException;
import se.kundval.model.Roll;

/**
 * The anordnare portal of DOMAIN §14, independent of the HTTP server: it routes a {@link Begaran} to
 * its page and answers a {@link Svar}. Every page but the login and the stylesheet needs a session
 * of an anordnare user (else: to the login page); every POST needs the session's CSRF token (else:
 * 403, nothing written). The pages are thin: they turn fields into model objects and call the core
 * services, whose rules and EValidator decide.
 */
final class Portal {

    static final String BAS = "/anordnare"; //$NON-NLS-1$
    private static final Logger LOGG = Logger.getLogger(Portal.class.getName());
    private static final Pattern INSATS = Pattern.compile("/insatser/([^/]+)(/plan|/rapport|/avslut|/sexmanader)?"); //$NON-NLS-1$

    private final Portaltjanster tjanster;
    private final Texter texter = new Texter();
    private final Sidmotor motor = new Sidmotor(texter);
    private final Portalsessioner sessioner;
    private final Inloggningssida inloggning;
    private final byte[] stil;

    Portal(Portaltjanster tjanster) {
        this.tjanster = tjanster;
        sessioner = new Portalsessioner(tjanster.klocka());
        inloggning = new Inloggningssida(tjanster, sessioner, new Inloggningsgrind(tjanster.klocka()), motor, texter);
        try (InputStream in = Portal.class.getClassLoader().getResourceAsStream("stil/portal.css")) { //$NON-NLS-1$
            stil = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Svar hantera(Begaran begaran) {
        try {
            return dirigera(begaran);
        } catch (Sidkontext.Saknas e) {
            return felsida(begaran, 404, "fel.saknas", texter.text("fel.saknasText")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (AtkomstNekadException e) {
            return felsida(begaran, 403, "fel.nekad", texter.text("fel.nekadText")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RuntimeException e) {
            String loggid = UUID.randomUUID().toString().substring(0, 8);
            LOGG.log(Level.SEVERE, "portal " + begaran.metod() + ' ' + begaran.sokvag() + " loggid " + loggid, e); //$NON-NLS-1$ //$NON-NLS-2$
            return felsida(begaran, 500, "fel.server", texter.text("fel.serverText", loggid)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private Svar dirigera(Begaran begaran) {
        String sokvag = begaran.sokvag();
        if (sokvag.equals("/stil.css")) { //$NON-NLS-1$
            return new Svar(200, "text/css; charset=utf-8", stil, null, null); //$NON-NLS-1$
        }
        if (sokvag.isEmpty()) {
            return Svar.till(BAS + '/');
        }
        if (sokvag.equals("/inloggning")) { //$NON-NLS-1$
            return begaran.post() ? inloggning.loggaIn(begaran) : inloggning.visa(begaran);
        }
        Portalsessioner.Session session = sessioner.hamta(begaran.token());
        if (session == null || !session.inloggad() || session.vem().roll() != Roll.ANORDNARE) {
            return Svar.till(BAS + "/inloggning"); //$NON-NLS-1$
        }
        if (begaran.post() && !session.ratt(begaran.falt("csrf"))) { //$NON-NLS-1$
            return felsida(begaran, 403, "fel.nekad", texter.text("fel.csrf")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Sidkontext k = new Sidkontext(begaran, session, LocalDate.now(tjanster.klocka().get()), tjanster, motor, texter);
        if (sokvag.equals("/utloggning") && begaran.post()) { //$NON-NLS-1$
            return inloggning.loggaUt(session);
        }
        if (sokvag.equals("/") && !begaran.post()) { //$NON-NLS-1$
            return new Oversiktssida(k).visa();
        }
        Svar egen = egnaSidor(k, sokvag);
        if (egen != null) {
            return egen;
        }
        Matcher m = INSATS.matcher(sokvag);
        if (!m.matches()) {
            throw new Sidkontext.Saknas();
        }
        String id = m.group(1);
        String del = m.group(2) == null ? "" : m.group(2); //$NON-NLS-1$
        return switch (del) {
            case "" -> begaran.post() ? saknas() : new Insatssida(k).visa(k.insats(id)); //$NON-NLS-1$
            case "/plan" -> new Planformular(k, k.insats(id)).hantera(); //$NON-NLS-1$
            case "/rapport" -> new Rapportformular(k, k.insats(id)).hantera(); //$NON-NLS-1$
            case "/avslut" -> new Avslutsformular(k, k.insats(id)).hantera(); //$NON-NLS-1$
            case "/sexmanader" -> new Sexmanadersformular(k, k.insats(id)).hantera(); //$NON-NLS-1$
            default -> saknas();
        };
    }

    /**
     * A multipart form larger than the portal reads (decision 0373): a page saying so, never a
     * reset connection; nothing of it was read, so nothing is written.
     */
    Svar forStor(Begaran begaran) {
        return felsida(begaran, 413, "fel.forStor", texter.text("fel.forStorText")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The organisation's own pages beside its insatser: ersättning, resultat and, for a portal-admin, konton. */
    private static Svar egnaSidor(Sidkontext k, String sokvag) {
        boolean get = !k.begaran().post();
        if (get && sokvag.equals(Ersattningssida.SOKVAG)) {
            return new Ersattningssida(k).senaste();
        }
        if (get && sokvag.startsWith(Ersattningssida.SOKVAG + '/')) {
            return new Ersattningssida(k).visa(sokvag.substring(Ersattningssida.SOKVAG.length() + 1));
        }
        if (get && sokvag.equals(Resultatsida.SOKVAG)) {
            return new Resultatsida(k).visa();
        }
        if (sokvag.equals(Kontosida.SOKVAG) || sokvag.startsWith(Kontosida.SOKVAG + '/')) {
            return new Kontosida(k).hantera(sokvag.substring(Kontosida.SOKVAG.length()));
        }
        return null;
    }

    private static Svar saknas() {
        throw new Sidkontext.Saknas();
    }

    /** An error page; with the user's name and logout when the request had a living session. */
    private Svar felsida(Begaran begaran, int status, String rubrik, String text) {
        Sidinnehall innehall = new Sidinnehall(texter.text(rubrik)).med("text", text); //$NON-NLS-1$
        Portalsessioner.Session session = sessioner.hamta(begaran.token());
        if (session != null && session.inloggad()) {
            Sidkontext k = new Sidkontext(begaran, session, null, tjanster, motor, texter);
            return k.sida(status, "fel", innehall); //$NON-NLS-1$
        }
        return Svar.html(status, motor.sida("fel", innehall)); //$NON-NLS-1$
    }
}
