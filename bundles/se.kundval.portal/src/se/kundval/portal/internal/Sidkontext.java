package se.kundval.portal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.model.Insats;

/**
 * What a page of a logged-in user needs: the request, the session (whose user is the only identity
 * the portal trusts), today's date from the injected clock, the services and the renderer.
 */
record Sidkontext(Begaran begaran, Portalsessioner.Session session, LocalDate idag, Portaltjanster tjanster,
        Sidmotor motor, Texter texter, String organisation) {

    Sidkontext(Begaran begaran, Portalsessioner.Session session, LocalDate idag, Portaltjanster tjanster, Sidmotor motor,
            Texter texter) {
        this(begaran, session, idag, tjanster, motor, texter, organisation(tjanster, session.vem()));
    }

    /**
     * The organisation's name from the anordnare register, which a coach knows its employer by; the
     * orgnr when the register has no such anordnare, or when the register cannot be read (an error
     * page must still show).
     */
    private static String organisation(Portaltjanster tjanster, Inloggning vem) {
        try {
            return tjanster.anordnare().get().hamtaMedOrgnr(vem, vem.orgnr()).map(a -> a.getNamn()).orElse(vem.orgnr());
        } catch (RuntimeException e) {
            return vem.orgnr();
        }
    }

    /** Thrown when a page or insats does not exist for this user; the portal answers 404. */
    static final class Saknas extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Saknas() {
            super(null, null, false, false);
        }
    }

    /** The user, naming the portal page in the access log. */
    Inloggning vem() {
        return session.vem().vid("portal:" + begaran.sokvag()); //$NON-NLS-1$
    }

    /**
     * The insats with the id of the path, if it is this anordnare's: another anordnare's insats and
     * an unknown id both answer 404, so the portal does not reveal which ids exist.
     */
    Insats insats(String id) {
        long databasId;
        try {
            databasId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new Saknas();
        }
        try {
            Insats insats = tjanster.insatser().get().hamta(vem(), databasId);
            if (insats.getAnordnare() == null || !session.vem().orgnr().equals(insats.getAnordnare().getOrgnr())) {
                throw new Saknas();
            }
            return insats;
        } catch (AtkomstNekadException e) {
            throw new Saknas();
        } catch (KundvalException e) {
            if (e.getClass() == KundvalException.class) {
                throw new Saknas();
            }
            throw e;
        }
    }

    /** The page, with the user and the session's CSRF token for its forms. */
    Svar sida(int status, String mall, Sidinnehall innehall) {
        Inloggning vem = session.vem();
        innehall.med("csrf", session.csrf()) //$NON-NLS-1$
                .med("anvandare", Map.of("text", texter.text("inloggadSom", vem.namn(), organisation, vem.orgnr()))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .med("meny", meny()); //$NON-NLS-1$
        return Svar.html(status, motor.sida(mall, innehall));
    }

    /** The portal's parts, the current one marked; Konton only for a portal-admin. */
    private List<Map<String, Object>> meny() {
        String sokvag = begaran.sokvag();
        List<Map<String, Object>> meny = new ArrayList<>();
        meny.add(menypost("/", "meny.oversikt", sokvag.equals("/") || sokvag.startsWith("/insatser"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        meny.add(menypost(Ersattningssida.SOKVAG, "meny.ersattning", sokvag.startsWith(Ersattningssida.SOKVAG))); //$NON-NLS-1$
        meny.add(menypost(Resultatsida.SOKVAG, "meny.resultat", sokvag.startsWith(Resultatsida.SOKVAG))); //$NON-NLS-1$
        if (portaladmin()) {
            meny.add(menypost(Kontosida.SOKVAG, "meny.konton", sokvag.startsWith(Kontosida.SOKVAG))); //$NON-NLS-1$
        }
        return meny;
    }

    /** Whether to offer Konton; an error page shown because the data layer failed still gets its menu. */
    private boolean portaladmin() {
        try {
            return tjanster.konton().get().arPortaladmin(session.vem());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Map<String, Object> menypost(String sokvag, String text, boolean aktiv) {
        Map<String, Object> post = new HashMap<>();
        post.put("href", Portal.BAS + sokvag); //$NON-NLS-1$
        post.put("text", texter.text(text)); //$NON-NLS-1$
        if (aktiv) {
            post.put("aktiv", Boolean.TRUE); //$NON-NLS-1$
        }
        return post;
    }

    /**
     * After a submission: back to the insats (303, so a reload does not send the form again), which
     * confirms what was saved in a banner at the top.
     */
    Svar klart(Insats insats, String vad) {
        return Svar.till(Portal.BAS + "/insatser/" + insats.getId() + "?klart=" + vad); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
