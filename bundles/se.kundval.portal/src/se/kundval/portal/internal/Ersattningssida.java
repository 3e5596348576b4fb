package se.kundval.portal.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KundvalException;
import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;

/**
 * {@code /anordnare/ersattning/ÅÅÅÅ-MM}: the organisation's own utbetalningsunderlag of a month, from
 * the engine's own-organisation read (the service, not this page, limits it to the session's orgnr),
 * its lines, the sum per line type and the totals, and links to the months before and after.
 * Without a month: the latest closed month. A month that is not one, or has not begun, gets a page
 * that says so (decision 0375). The lines name insatser, not kunder, so no identity shows.
 */
final class Ersattningssida {

    private static final Pattern MANAD = Pattern.compile("\\d{4}-\\d{2}"); //$NON-NLS-1$
    static final String SOKVAG = "/ersattning"; //$NON-NLS-1$

    private final Sidkontext k;

    Ersattningssida(Sidkontext k) {
        this.k = k;
    }

    /** The latest closed month: the one before the current, since the current is still being earned. */
    Svar senaste() {
        return Svar.till(Portal.BAS + SOKVAG + '/' + YearMonth.from(k.idag()).minusMonths(1));
    }

    Svar visa(String text) {
        YearMonth nu = YearMonth.from(k.idag());
        YearMonth manad = tolka(text);
        if (manad == null) {
            return felaktig(k.texter().text("ersattning.felManad", text)); //$NON-NLS-1$
        }
        if (manad.isAfter(nu)) {
            return felaktig(k.texter().text("ersattning.framtid", Svenska.manad(manad))); //$NON-NLS-1$
        }
        Sidinnehall sida = new Sidinnehall(k.texter().text("ersattning.rubrik", Svenska.manad(manad))) //$NON-NLS-1$
                .med("ingress", k.texter().text("ersattning.ingress", k.organisation())) //$NON-NLS-1$ //$NON-NLS-2$
                .med("foregaende", lank(manad.minusMonths(1))) //$NON-NLS-1$
                .med("nasta", manad.isBefore(nu) ? lank(manad.plusMonths(1)) : null); //$NON-NLS-1$
        if (manad.equals(nu)) {
            sida.med("pagar", k.texter().text("ersattning.pagar")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Utbetalningsunderlag underlag;
        try {
            underlag = k.tjanster().ersattning().get().egetUnderlag(k.vem(), manad);
        } catch (AtkomstNekadException e) {
            throw e;
        } catch (KundvalException e) {
            // a type without its plugin or a month without a price: the kommun has to fix it, the page says what
            return k.sida(200, "ersattning", sida.med("fel", e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        fyll(sida, underlag);
        return k.sida(200, "ersattning", sida); //$NON-NLS-1$
    }

    private void fyll(Sidinnehall sida, Utbetalningsunderlag underlag) {
        List<Map<String, Object>> rader = new ArrayList<>();
        Map<Radtyp, BigDecimal[]> perTyp = new EnumMap<>(Radtyp.class);
        for (Utbetalningsrad rad : underlag.rader()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("insatsId", rad.insatsId()); //$NON-NLS-1$
            r.put("typ", rad.insatstyp()); //$NON-NLS-1$
            r.put("radtyp", k.texter().kod(rad.radtyp())); //$NON-NLS-1$
            r.put("status", k.texter().kod(rad.status())); //$NON-NLS-1$
            r.put("belopp", Svenska.kronor(rad.belopp())); //$NON-NLS-1$
            rader.add(r);
            BigDecimal[] summor = perTyp.computeIfAbsent(rad.radtyp(), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int i = rad.status() == Radstatus.ATT_BETALA ? 0 : 1;
            summor[i] = summor[i].add(rad.belopp());
        }
        List<Map<String, Object>> summor = new ArrayList<>();
        perTyp.forEach((typ, belopp) -> summor.add(Map.of("radtyp", k.texter().kod(typ), //$NON-NLS-1$
                "attBetala", Svenska.kronor(belopp[0]), "vantar", Svenska.kronor(belopp[1])))); //$NON-NLS-1$ //$NON-NLS-2$
        sida.med("rader", rader).med("summor", summor).med("harRader", rader.isEmpty() ? null : Boolean.TRUE) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .med("totalAttBetala", Svenska.kronor(underlag.attBetala())) //$NON-NLS-1$
                .med("totalVantar", Svenska.kronor(underlag.vantarPaBedomning())) //$NON-NLS-1$
                .med("antal", k.texter().text("ersattning.antal", underlag.rader().size())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static YearMonth tolka(String text) {
        if (!MANAD.matcher(text).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> lank(YearMonth manad) {
        return Map.of("href", Portal.BAS + SOKVAG + '/' + manad, "text", Svenska.manad(manad)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** 400 with the reason and a way on: to the latest closed month. */
    private Svar felaktig(String text) {
        Sidinnehall sida = new Sidinnehall(k.texter().text("ersattning.felRubrik")).med("text", text) //$NON-NLS-1$ //$NON-NLS-2$
                .med("senaste", lank(YearMonth.from(k.idag()).minusMonths(1))); //$NON-NLS-1$
        return k.sida(400, "ersattningfel", sida); //$NON-NLS-1$
    }
}
