package se.kundval.portal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.bevakning.Manadslage;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.tid.Insatsperiod;

/**
 * {@code /anordnare/}: the organisation's insatser (the orgnr comes from the session, never from the
 * request), what is to be done first — plans and reports due, late ones marked — then the insatser
 * ending within 30 days, then all of them.
 */
final class Oversiktssida {

    /** DOMAIN §8: the plan is written within 30 days of the start; "ending soon" is 30 days. */
    static final int PLANDAGAR = 30;
    static final int SLUTAR_INOM = 30;
    /** Ended insatser stay in the list this long, for their last reports. */
    static final int MANADER_TILLBAKA = 6;

    private final Sidkontext k;

    Oversiktssida(Sidkontext k) {
        this.k = k;
    }

    Svar visa() {
        List<Insats> insatser = new ArrayList<>(k.tjanster().insatser().get().arbetslista(k.vem(), MANADER_TILLBAKA));
        insatser.sort(Comparator.comparing(Insats::getStartdatum).thenComparing(Insats::getInsatsId));
        List<Map<String, Object>> attGora = new ArrayList<>();
        List<Map<String, Object>> slutarSnart = new ArrayList<>();
        List<Map<String, Object>> alla = new ArrayList<>();
        for (Insats insats : insatser) {
            List<Map<String, Object>> uppgifter = uppgifter(insats);
            attGora.addAll(uppgifter);
            Map<String, Object> rad = rad(insats);
            rad.put("markeringar", uppgifter); //$NON-NLS-1$
            alla.add(rad);
            LocalDate slut = Insatsperiod.av(insats).sistaAktivaDag();
            if (insats.getStatus() != InsatsStatus.AVSLUTAD && !slut.isBefore(k.idag())
                    && !slut.isAfter(k.idag().plusDays(SLUTAR_INOM))) {
                slutarSnart.add(rad);
            }
        }
        Sidinnehall sida = new Sidinnehall(k.texter().text("oversikt.rubrik")) //$NON-NLS-1$
                .med("ingress", k.texter().text("oversikt.ingress", k.organisation())); //$NON-NLS-1$ //$NON-NLS-2$
        sida.med("attGora", attGora.isEmpty() ? null : attGora); //$NON-NLS-1$
        sida.med("slutarSnart", slutarSnart.isEmpty() ? null : slutarSnart); //$NON-NLS-1$
        sida.med("alla", alla.isEmpty() ? null : alla); //$NON-NLS-1$
        return k.sida(200, "oversikt", sida); //$NON-NLS-1$
    }

    private Map<String, Object> rad(Insats insats) {
        Map<String, Object> rad = new LinkedHashMap<>();
        rad.put("lank", Portal.BAS + "/insatser/" + insats.getId()); //$NON-NLS-1$ //$NON-NLS-2$
        rad.put("insatsId", insats.getInsatsId()); //$NON-NLS-1$
        rad.put("kund", insats.getKund().getNamn()); //$NON-NLS-1$
        rad.put("typ", insats.getInsatstyp().getKod()); //$NON-NLS-1$
        rad.put("start", insats.getStartdatum().toString()); //$NON-NLS-1$
        rad.put("slut", Insatsperiod.av(insats).sistaAktivaDag().toString()); //$NON-NLS-1$
        rad.put("status", k.texter().kod(insats.getStatus())); //$NON-NLS-1$
        return rad;
    }

    /** What the anordnare has to do for the insats: its plan, and each month's report to file or complete. */
    private List<Map<String, Object>> uppgifter(Insats insats) {
        List<Map<String, Object>> uppgifter = new ArrayList<>();
        String lank = Portal.BAS + "/insatser/" + insats.getId(); //$NON-NLS-1$
        if (insats.getGenomforandeplan() == null && insats.getStatus() != InsatsStatus.AVSLUTAD) {
            LocalDate senast = insats.getStartdatum().plusDays(PLANDAGAR);
            boolean sen = k.idag().isAfter(senast);
            uppgifter.add(uppgift(insats, lank + "/plan", //$NON-NLS-1$
                    k.texter().text(sen ? "att.planSen" : "att.plan", senast.toString()), sen)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Manadslage manad : Manadslage.under(insats, k.idag())) {
            if (!manad.kanLamnasIn()) {
                continue;
            }
            String rapportlank = lank + "/rapport?period=" + manad.period(); //$NON-NLS-1$
            String text = switch (manad.lage()) {
                case KOMPLETTERING_BEGARD -> k.texter().text("att.komplettering", manad.period().toString()); //$NON-NLS-1$
                case SAKNAS -> k.texter().text("att.rapportSen", manad.period().toString(), manad.senast().toString()); //$NON-NLS-1$
                default -> k.texter().text("att.rapport", manad.period().toString(), manad.senast().toString()); //$NON-NLS-1$
            };
            uppgifter.add(uppgift(insats, rapportlank, text, manad.lage() == Manadslage.Lage.SAKNAS));
        }
        return uppgifter;
    }

    private static Map<String, Object> uppgift(Insats insats, String lank, String text, boolean sen) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("insatsId", insats.getInsatsId()); //$NON-NLS-1$
        u.put("kund", insats.getKund().getNamn()); //$NON-NLS-1$
        u.put("lank", lank); //$NON-NLS-1$
        u.put("text", text); //$NON-NLS-1$
        if (sen) {
            u.put("sen", Boolean.TRUE); //$NON-NLS-1$
        }
        return u;
    }
}
