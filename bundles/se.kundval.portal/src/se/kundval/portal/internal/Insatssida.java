package se.kundval.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.bevakning.Manadslage;
import se.kundval.model.Avslut;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;
import se.kundval.model.tid.Insatsperiod;

/**
 * {@code /anordnare/insatser/{id}}: one insats with its plan, each month's report and the
 * karriärvägledare's review of it (godkänd, or komplettering begärd with the comment), and its
 * avslut; with links to the forms for what can be done now.
 */
final class Insatssida {

    private final Sidkontext k;

    Insatssida(Sidkontext k) {
        this.k = k;
    }

    Svar visa(Insats insats) {
        Texter t = k.texter();
        String lank = Portal.BAS + "/insatser/" + insats.getId(); //$NON-NLS-1$
        Sidinnehall sida = new Sidinnehall(t.text("insats.rubrik", insats.getInsatsId())) //$NON-NLS-1$
                .med("kund", insats.getKund().getNamn()) //$NON-NLS-1$
                .med("typ", insats.getInsatstyp().getKod() + " – " + insats.getInsatstyp().getNamn()) //$NON-NLS-1$ //$NON-NLS-2$
                .med("status", t.kod(insats.getStatus())) //$NON-NLS-1$
                .med("start", insats.getStartdatum().toString()) //$NON-NLS-1$
                .med("slut", Insatsperiod.av(insats).slut().toString()); //$NON-NLS-1$
        String klart = k.begaran().falt("klart"); //$NON-NLS-1$
        if (List.of("plan", "rapport", "avslut", "sexmanader").contains(klart)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            sida.med("meddelande", t.text(switch (klart) { //$NON-NLS-1$
                case "plan" -> "plan.sparad"; //$NON-NLS-1$ //$NON-NLS-2$
                case "rapport" -> "rapport.sparad"; //$NON-NLS-1$ //$NON-NLS-2$
                case "sexmanader" -> "sexmanader.inlamnat"; //$NON-NLS-1$ //$NON-NLS-2$
                default -> "avslut.rapporterat"; //$NON-NLS-1$
            }));
        }
        boolean pagar = insats.getStatus() != InsatsStatus.AVSLUTAD;
        plan(sida, insats.getGenomforandeplan(), insats, pagar, lank);
        sida.med("manader", manader(insats, lank)); //$NON-NLS-1$
        Avslut avslut = insats.getAvslut();
        if (avslut != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("datum", avslut.getAvslutsdatum().toString()); //$NON-NLS-1$
            a.put("orsak", t.kod(avslut.getAvslutsorsak())); //$NON-NLS-1$
            if (avslut.getSysselsattning() != null) {
                a.put("sysselsattning", t.kod(avslut.getSysselsattning())); //$NON-NLS-1$
            }
            if (avslut.getVaraktighetManader() != null) {
                a.put("varaktighet", t.text("insats.manader", avslut.getVaraktighetManader())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            a.put("av", avslut.getRapporteradAv()); //$NON-NLS-1$
            sida.med("avslut", a); //$NON-NLS-1$
        } else if (pagar) {
            sida.med("avslutLank", lank + "/avslut"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        sida.med("sexmanader", new Sexmanaderdel(k).data(insats, lank)); //$NON-NLS-1$
        return k.sida(200, "insats", sida); //$NON-NLS-1$
    }

    private void plan(Sidinnehall sida, Genomforandeplan plan, Insats insats, boolean pagar, String lank) {
        if (pagar) {
            sida.med("planLank", lank + "/plan") //$NON-NLS-1$ //$NON-NLS-2$
                    .med("planKnapp", k.texter().text(plan == null ? "insats.skrivPlan" : "insats.reviderPlan")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (plan == null) {
            sida.med("planSaknas", k.texter().text("insats.planSaknas", //$NON-NLS-1$ //$NON-NLS-2$
                    insats.getStartdatum().plusDays(Oversiktssida.PLANDAGAR).toString()));
            return;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("upprattad", String.valueOf(plan.getUpprattad())); //$NON-NLS-1$
        p.put("mal", plan.getMal().stream().map(Planmal::getBeskrivning).toList()); //$NON-NLS-1$
        p.put("aktiviteter", plan.getAktiviteter().stream().map(Planaktivitet::getBeskrivning).toList()); //$NON-NLS-1$
        List<Map<String, String>> revisioner = new ArrayList<>();
        for (Planrevision r : plan.getRevisioner()) {
            revisioner.add(Map.of("datum", String.valueOf(r.getDatum()), "text", r.getBeskrivning(), //$NON-NLS-1$ //$NON-NLS-2$
                    "av", String.valueOf(r.getRevideradAv()))); //$NON-NLS-1$
        }
        if (!revisioner.isEmpty()) {
            p.put("revisioner", revisioner); //$NON-NLS-1$
        }
        sida.med("plan", p); //$NON-NLS-1$
    }

    private List<Map<String, Object>> manader(Insats insats, String lank) {
        Texter t = k.texter();
        List<Map<String, Object>> rader = new ArrayList<>();
        for (Manadslage manad : Manadslage.under(insats, k.idag())) {
            Map<String, Object> rad = new LinkedHashMap<>();
            String period = manad.period().toString();
            rad.put("period", period); //$NON-NLS-1$
            String lage = t.text("lage." + manad.lage().name()); //$NON-NLS-1$
            if (manad.inlamnadSent()) {
                lage += ", " + t.text("lage.inlamnadSent", manad.rapport().getInlamnad().toString()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            rad.put("lage", lage); //$NON-NLS-1$
            if (manad.lage() == Manadslage.Lage.SAKNAS || manad.inlamnadSent()) {
                rad.put("sen", Boolean.TRUE); //$NON-NLS-1$
            }
            rad.put("senast", manad.senast().toString()); //$NON-NLS-1$
            Manadsrapport rapport = manad.rapport();
            if (rapport != null && rapport.getGranskadAv() != null) {
                rad.put("granskning", t.text("granskning.av", rapport.getGranskadAv(), String.valueOf(rapport.getGranskadDatum()))); //$NON-NLS-1$ //$NON-NLS-2$
                if (rapport.getKommentar() != null && !rapport.getKommentar().isBlank()) {
                    rad.put("kommentar", rapport.getKommentar()); //$NON-NLS-1$
                }
            }
            if (manad.kanLamnasIn()) {
                rad.put("lank", lank + "/rapport?period=" + period); //$NON-NLS-1$ //$NON-NLS-2$
                rad.put("lanktext", t.text(manad.lage() == Manadslage.Lage.KOMPLETTERING_BEGARD //$NON-NLS-1$
                        ? "insats.komplettera" : "insats.lamna", period)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            rader.add(rad);
        }
        return rader;
    }
}
