package se.kundval.portal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.core.KundvalException;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Uppfoljningsstatus;

/**
 * {@code /anordnare/insatser/{id}/sexmanader}: the six-month evidence — the kind of underlag, a
 * description and the documents (a form with files, CSRF token as a field like every form). Whether
 * it may be submitted now, and whether each file is a PDF, PNG or JPEG of at most 10 MB, is the
 * document service's rule; its message comes back beside the field it concerns. A file input cannot
 * be filled in again by the server, so after an error the page keeps the other fields and asks for
 * the files again.
 */
final class Sexmanadersformular extends Formularsida {

    private static final String UNDERLAG = "underlag"; //$NON-NLS-1$
    private static final String BESKRIVNING = "beskrivning"; //$NON-NLS-1$
    private static final String DOKUMENT = "dokument"; //$NON-NLS-1$

    Sexmanadersformular(Sidkontext k, Insats insats) {
        super(k, insats);
    }

    @Override
    protected String[] falt() {
        return new String[] {UNDERLAG, BESKRIVNING, DOKUMENT};
    }

    /** An answer to a komplettering starts from what was submitted before. */
    @Override
    protected Formular tomt() {
        Sexmanadersuppfoljning begard = begardKomplettering();
        if (begard == null) {
            return new Formular(k.texter(), varden(), falt());
        }
        return new Formular(k.texter(), varden(UNDERLAG, begard.getUnderlag() == null ? null : begard.getUnderlag().getName(),
                BESKRIVNING, begard.getBeskrivning()), falt());
    }

    @Override
    protected Runnable las(Formular f) {
        Underlagstyp underlag = Underlagstyp.get(f.text(UNDERLAG));
        if (underlag == null) {
            f.fel(UNDERLAG, k.texter().text("fel.val", k.texter().text("sexmanader.falt.underlag"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (k.begaran().filer().isEmpty()) {
            f.fel(DOKUMENT, k.texter().text("sexmanader.fel.ingenFil")); //$NON-NLS-1$
        }
        String beskrivning = f.text(BESKRIVNING);
        return () -> k.tjanster().dokument().get().lamnaUnderlag(k.vem(), insats.getId(), underlag, beskrivning, k.begaran().filer());
    }

    @Override
    protected Svar visa(Formular formular) {
        Sidinnehall sida = sida(k.texter().text("sexmanader.rubrik", insats.getInsatsId()), formular); //$NON-NLS-1$
        List<Map<String, Object>> val = new ArrayList<>();
        for (Underlagstyp typ : Underlagstyp.VALUES) {
            Map<String, Object> v = new HashMap<>(Map.of("varde", typ.getName(), "text", k.texter().kod(typ))); //$NON-NLS-1$ //$NON-NLS-2$
            if (typ.getName().equals(formular.text(UNDERLAG))) {
                v.put("vald", Boolean.TRUE); //$NON-NLS-1$
            }
            val.add(v);
        }
        sida.med("underlagstyper", val); //$NON-NLS-1$
        if (!formular.ok()) {
            sida.med("valjIgen", k.texter().text("sexmanader.valjIgen")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Sexmanadersuppfoljning begard = begardKomplettering();
        if (begard != null) {
            sida.med("kommentar", begard.getMotivering()); //$NON-NLS-1$
        }
        return k.sida(200, "sexmanader", sida); //$NON-NLS-1$
    }

    private Sexmanadersuppfoljning begardKomplettering() {
        List<Sexmanadersuppfoljning> alla = insats.getSexmanadersuppfoljningar();
        Sexmanadersuppfoljning senaste = alla.isEmpty() ? null : alla.get(alla.size() - 1);
        return senaste != null && senaste.getStatus() == Uppfoljningsstatus.KOMPLETTERING_BEGARD ? senaste : null;
    }

    @Override
    protected String klart() {
        return "sexmanader"; //$NON-NLS-1$
    }

    @Override
    protected String faltFor(EStructuralFeature feature) {
        if (feature == Literals.SEXMANADERSUPPFOLJNING__UNDERLAG) {
            return UNDERLAG;
        }
        return feature == Literals.SEXMANADERSUPPFOLJNING__BESKRIVNING ? BESKRIVNING : DOKUMENT;
    }

    /** The document rules' messages name a file or ask for one; the others are about the underlag. */
    @Override
    protected String faltFor(KundvalException e) {
        String text = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
        return text.startsWith("Filen") || text.contains("dokument") ? DOKUMENT : UNDERLAG; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
