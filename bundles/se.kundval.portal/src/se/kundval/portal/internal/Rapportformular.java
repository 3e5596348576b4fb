package se.kundval.portal.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Manadsrapport;

/**
 * {@code /anordnare/insatser/{id}/rapport?period=YYYY-MM}: file the månadsrapport of a month, or
 * complete it after the karriärvägledare asked for it (the comment is shown above the form, and the
 * form is prefilled with what was filed).
 */
final class Rapportformular extends Formularsida {

    private static final String PERIOD = "period"; //$NON-NLS-1$
    private static final String[] FALT = {"aktiviteter", "progression", "narvarodagar", "franvarodagar", "sjukdagar", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "sjukdagarMedLakarintyg", "avvikelser", PERIOD}; //$NON-NLS-1$ //$NON-NLS-2$

    Rapportformular(Sidkontext k, Insats insats) {
        super(k, insats);
    }

    @Override
    protected String[] falt() {
        return FALT;
    }

    @Override
    protected Formular tomt() {
        Manadsrapport r = befintlig();
        if (r == null) {
            return new Formular(k.texter(), varden(PERIOD, k.begaran().falt(PERIOD)), FALT);
        }
        return new Formular(k.texter(), varden("aktiviteter", r.getAktiviteter(), "progression", r.getProgression(), //$NON-NLS-1$ //$NON-NLS-2$
                "narvarodagar", String.valueOf(r.getNarvarodagar()), "franvarodagar", String.valueOf(r.getFranvarodagar()), //$NON-NLS-1$ //$NON-NLS-2$
                "sjukdagar", String.valueOf(r.getSjukdagar()), "sjukdagarMedLakarintyg", String.valueOf(r.getSjukdagarMedLakarintyg()), //$NON-NLS-1$ //$NON-NLS-2$
                "avvikelser", r.getAvvikelser(), PERIOD, k.begaran().falt(PERIOD)), FALT); //$NON-NLS-1$
    }

    @Override
    protected Runnable las(Formular f) {
        Manadsrapport r = KundvalFactory.eINSTANCE.createManadsrapport();
        r.setPeriod(f.manad(PERIOD));
        r.setAktiviteter(f.obligatorisk("aktiviteter", "rapport.falt.aktiviteter")); //$NON-NLS-1$ //$NON-NLS-2$
        r.setProgression(f.text("progression")); //$NON-NLS-1$
        Integer narvaro = f.heltal("narvarodagar", "rapport.falt.narvarodagar", true); //$NON-NLS-1$ //$NON-NLS-2$
        Integer franvaro = f.heltal("franvarodagar", "rapport.falt.franvarodagar", false); //$NON-NLS-1$ //$NON-NLS-2$
        Integer sjuk = f.heltal("sjukdagar", "rapport.falt.sjukdagar", false); //$NON-NLS-1$ //$NON-NLS-2$
        Integer intyg = f.heltal("sjukdagarMedLakarintyg", "rapport.falt.sjukdagarMedLakarintyg", false); //$NON-NLS-1$ //$NON-NLS-2$
        r.setAvvikelser(f.text("avvikelser")); //$NON-NLS-1$
        if (f.ok()) {
            r.setNarvarodagar(narvaro);
            r.setFranvarodagar(franvaro);
            r.setSjukdagar(sjuk);
            r.setSjukdagarMedLakarintyg(intyg);
        }
        return () -> k.tjanster().uppfoljning().get().lamnaIn(k.vem(), insats.getId(), r);
    }

    @Override
    protected Svar visa(Formular formular) {
        YearMonth period = period();
        Sidinnehall sida = sida(k.texter().text("rapport.rubrik", period == null ? "" : period.toString(), insats.getInsatsId()), formular); //$NON-NLS-1$ //$NON-NLS-2$
        Manadsrapport r = befintlig();
        if (r != null && r.getKommentar() != null && !r.getKommentar().isBlank()) {
            sida.med("kommentar", r.getKommentar()); //$NON-NLS-1$
        }
        return k.sida(200, "rapport", sida); //$NON-NLS-1$
    }

    @Override
    protected String klart() {
        return "rapport"; //$NON-NLS-1$
    }

    @Override
    protected String faltFor(EStructuralFeature feature) {
        return feature.getEContainingClass() == Literals.MANADSRAPPORT && List.of(FALT).contains(feature.getName())
                ? feature.getName() : null;
    }

    private YearMonth period() {
        try {
            return YearMonth.parse(k.begaran().falt(PERIOD).strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Manadsrapport befintlig() {
        YearMonth period = period();
        return period == null ? null
                : insats.getManadsrapporter().stream().filter(r -> period.equals(r.getPeriod())).findFirst().orElse(null);
    }
}
