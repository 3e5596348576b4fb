package se.kundval.portal.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KundvalException;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.autentisering.Portalkonto;
import se.kundval.core.autentisering.Portalkonton;

/**
 * {@code /anordnare/konton}: the portal-admin's page for its organisation's staff accounts (DOMAIN §14,
 * decision 0377): the accounts with lock, unlock and reset, and a form for a new one. A user who is not
 * portal-admin gets the 404 page, as for any page that is not there for it. A new account and a reset
 * get a generated password and a new TOTP secret, shown once on the answer page and never again. The
 * service checks the right and the organisation again on every change.
 */
final class Kontosida {

    static final String SOKVAG = "/konton"; //$NON-NLS-1$
    private static final String[] FALT = {"anvandarnamn", "namn"}; //$NON-NLS-1$ //$NON-NLS-2$
    /** Without 0/O, 1/l/I: the password is read off a screen and typed. */
    private static final char[] TECKEN = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray(); //$NON-NLS-1$
    private static final SecureRandom SLUMP = new SecureRandom();

    private final Sidkontext k;
    private final Portalkonton konton;

    Kontosida(Sidkontext k) {
        this.k = k;
        this.konton = k.tjanster().konton().get();
        if (!konton.arPortaladmin(k.vem())) {
            throw new Sidkontext.Saknas();
        }
    }

    Svar hantera(String del) {
        if (!k.begaran().post()) {
            return del.isEmpty() ? lista(new Formular(k.texter(), Map.of(), FALT), 200) : saknas();
        }
        return switch (del) {
            case "" -> ny();
            case "/las" -> las(true);
            case "/lasupp" -> las(false);
            case "/aterstall" -> aterstall();
            default -> saknas();
        };
    }

    private Svar ny() {
        Formular formular = new Formular(k.texter(), k.begaran().falt(), FALT);
        String anvandarnamn = formular.obligatorisk("anvandarnamn", "konton.falt.anvandarnamn"); //$NON-NLS-1$ //$NON-NLS-2$
        String namn = formular.obligatorisk("namn", "konton.falt.namn"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!formular.ok()) {
            return lista(formular, 400);
        }
        char[] losenord = nyttLosenord();
        try {
            NyttKonto konto = konton.skapa(k.vem(), anvandarnamn, namn, losenord,
                    "ja".equals(k.begaran().falt("portaladmin"))); //$NON-NLS-1$ //$NON-NLS-2$
            return engangsuppgifter("konton.skapat", konto, losenord); //$NON-NLS-1$
        } catch (AtkomstNekadException e) {
            throw e;
        } catch (KundvalException e) {
            formular.fel("anvandarnamn", e.getMessage()); //$NON-NLS-1$
            return lista(formular, 400);
        } finally {
            Arrays.fill(losenord, '\0');
        }
    }

    private Svar las(boolean last) {
        String anvandarnamn = k.begaran().falt("anvandarnamn"); //$NON-NLS-1$
        try {
            konton.lasa(k.vem(), anvandarnamn, last);
        } catch (AtkomstNekadException e) {
            throw e;
        } catch (KundvalException e) {
            return meddelande(e.getMessage());
        }
        return Svar.till(Portal.BAS + SOKVAG + "?klart=" + (last ? "last" : "upplast")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Svar aterstall() {
        char[] losenord = nyttLosenord();
        try {
            NyttKonto konto = konton.aterstall(k.vem(), k.begaran().falt("anvandarnamn"), losenord); //$NON-NLS-1$
            return engangsuppgifter("konton.aterstallt", konto, losenord); //$NON-NLS-1$
        } catch (AtkomstNekadException e) {
            throw e;
        } catch (KundvalException e) {
            return meddelande(e.getMessage());
        } finally {
            Arrays.fill(losenord, '\0');
        }
    }

    /** A refused change of a named account: the list again, the service's message on top. */
    private Svar meddelande(String text) {
        Formular formular = new Formular(k.texter(), Map.of(), FALT);
        return k.sida(400, "konton", sida(formular).med("kontofel", text)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Svar lista(Formular formular, int status) {
        Sidinnehall sida = sida(formular);
        String klart = k.begaran().falt("klart"); //$NON-NLS-1$
        if (klart.equals("last") || klart.equals("upplast")) { //$NON-NLS-1$ //$NON-NLS-2$
            sida.med("meddelande", k.texter().text("konton.klart." + klart)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return k.sida(status, "konton", sida); //$NON-NLS-1$
    }

    private Sidinnehall sida(Formular formular) {
        List<Map<String, Object>> rader = new ArrayList<>();
        for (Portalkonto konto : konton.konton(k.vem())) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("anvandarnamn", konto.anvandarnamn()); //$NON-NLS-1$
            r.put("namn", konto.namn()); //$NON-NLS-1$
            r.put("lage", k.texter().text(!konto.aktiv() ? "konton.last" : konto.tillfalligtLast() ? "konton.tillfalligt" : "konton.aktivt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            r.put("roll", k.texter().text(konto.portaladmin() ? "konton.portaladmin" : "konton.medarbetare")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            boolean jag = konto.anvandarnamn().equals(k.session().vem().anvandarnamn());
            if (jag) {
                r.put("jag", k.texter().text("konton.ditt")); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                r.put(konto.aktiv() && !konto.tillfalligtLast() ? "kanLasa" : "kanLasaUpp", Boolean.TRUE); //$NON-NLS-1$ //$NON-NLS-2$
                r.put("kanAterstalla", Boolean.TRUE); //$NON-NLS-1$
            }
            rader.add(r);
        }
        return formular.till(new Sidinnehall(k.texter().text("konton.rubrik"))) //$NON-NLS-1$
                .med("ingress", k.texter().text("konton.ingress", k.organisation())) //$NON-NLS-1$ //$NON-NLS-2$
                .med("konton", rader).med("handling", Portal.BAS + SOKVAG) //$NON-NLS-1$ //$NON-NLS-2$
                .med("portaladminVald", "ja".equals(k.begaran().falt("portaladmin")) ? Boolean.TRUE : null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The page that shows the password and the TOTP secret, once; the browser keeps no copy (no-store). */
    private Svar engangsuppgifter(String rubrik, NyttKonto konto, char[] losenord) {
        Sidinnehall sida = new Sidinnehall(k.texter().text(rubrik, konto.anvandare().getAnvandarnamn()))
                .med("anvandarnamn", konto.anvandare().getAnvandarnamn()).med("losenord", new String(losenord)) //$NON-NLS-1$ //$NON-NLS-2$
                .med("hemlighet", konto.engangshemlighet()).med("otpauth", konto.otpauth().orElseThrow()) //$NON-NLS-1$ //$NON-NLS-2$
                .med("tillbaka", Portal.BAS + SOKVAG); //$NON-NLS-1$
        return k.sida(200, "kontouppgifter", sida); //$NON-NLS-1$
    }

    /** 20 characters of 56: about 116 bits. */
    private static char[] nyttLosenord() {
        char[] losenord = new char[20];
        for (int i = 0; i < losenord.length; i++) {
            losenord[i] = TECKEN[SLUMP.nextInt(TECKEN.length)];
        }
        return losenord;
    }

    private static Svar saknas() {
        throw new Sidkontext.Saknas();
    }
}
