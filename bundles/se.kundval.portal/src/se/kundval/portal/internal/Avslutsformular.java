package se.kundval.portal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.core.KundvalException;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Sysselsattningsform;

/**
 * {@code /anordnare/insatser/{id}/avslut}: report the avslut — date and orsak, and for arbete or
 * studier the form of sysselsättning and its expected duration. Which combinations are allowed is
 * the avslut service's rule; its message comes back at the field it concerns.
 */
final class Avslutsformular extends Formularsida {

    private static final String DATUM = "avslutsdatum"; //$NON-NLS-1$
    private static final String ORSAK = "avslutsorsak"; //$NON-NLS-1$
    private static final String SYSSELSATTNING = "sysselsattning"; //$NON-NLS-1$
    private static final String VARAKTIGHET = "varaktighetManader"; //$NON-NLS-1$

    Avslutsformular(Sidkontext k, Insats insats) {
        super(k, insats);
    }

    @Override
    protected String[] falt() {
        return new String[] {DATUM, ORSAK, SYSSELSATTNING, VARAKTIGHET};
    }

    @Override
    protected Formular tomt() {
        return new Formular(k.texter(), varden(), falt());
    }

    @Override
    protected Runnable las(Formular f) {
        Avslut a = KundvalFactory.eINSTANCE.createAvslut();
        a.setAvslutsdatum(f.datum(DATUM, "avslut.falt.datum")); //$NON-NLS-1$
        Avslutsorsak orsak = Avslutsorsak.get(f.text(ORSAK));
        if (orsak == null) {
            f.fel(ORSAK, k.texter().text("fel.val", k.texter().text("avslut.falt.orsak"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        a.setAvslutsorsak(orsak);
        a.setSysselsattning(Sysselsattningsform.get(f.text(SYSSELSATTNING)));
        String varaktighet = f.text(VARAKTIGHET);
        Integer manader = varaktighet.isEmpty() ? null : f.heltal(VARAKTIGHET, "avslut.falt.varaktighet", false); //$NON-NLS-1$
        a.setVaraktighetManader(manader);
        return () -> k.tjanster().avslut().get().rapportera(k.vem(), insats.getId(), a);
    }

    @Override
    protected Svar visa(Formular formular) {
        Sidinnehall sida = sida(k.texter().text("avslut.rubrik", insats.getInsatsId()), formular); //$NON-NLS-1$
        sida.med("orsaker", val(Avslutsorsak.VALUES, formular.text(ORSAK))); //$NON-NLS-1$
        sida.med("sysselsattningar", val(Sysselsattningsform.VALUES, formular.text(SYSSELSATTNING))); //$NON-NLS-1$
        return k.sida(200, "avslut", sida); //$NON-NLS-1$
    }

    private List<Map<String, Object>> val(List<? extends Enum<?>> koder, String vald) {
        List<Map<String, Object>> val = new ArrayList<>();
        for (Enum<?> kod : koder) {
            Map<String, Object> v = new HashMap<>(Map.of("varde", kod.name(), "text", k.texter().kod(kod))); //$NON-NLS-1$ //$NON-NLS-2$
            if (kod.name().equals(vald)) {
                v.put("vald", Boolean.TRUE); //$NON-NLS-1$
            }
            val.add(v);
        }
        return val;
    }

    @Override
    protected String klart() {
        return "avslut"; //$NON-NLS-1$
    }

    @Override
    protected String faltFor(EStructuralFeature feature) {
        if (feature == Literals.AVSLUT__AVSLUTSDATUM) {
            return DATUM;
        }
        if (feature == Literals.AVSLUT__VARAKTIGHET_MANADER) {
            return VARAKTIGHET;
        }
        return feature == Literals.AVSLUT__SYSSELSATTNING ? SYSSELSATTNING : null;
    }

    /** The avslut rules' messages are about the date, or the sysselsättning and its duration. */
    @Override
    protected String faltFor(KundvalException e) {
        String text = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (text.contains("månader")) { //$NON-NLS-1$
            return VARAKTIGHET;
        }
        return text.contains("slags") ? SYSSELSATTNING : DATUM; //$NON-NLS-1$
    }
}
