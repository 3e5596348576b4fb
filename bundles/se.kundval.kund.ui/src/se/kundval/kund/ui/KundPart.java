package se.kundval.kund.ui;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Handelser;

/**
 * The Kund part: the details and insats history of the kund selected in the Kunder part, read
 * through the services in the background. Read-only for now.
 */
public class KundPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.kund.ui.part.kund"; //$NON-NLS-1$
    public static final String RUBRIK = "se.kundval.kund.ui.kund.rubrik"; //$NON-NLS-1$
    public static final String SKYDD = "se.kundval.kund.ui.kund.skydd"; //$NON-NLS-1$
    /** Where the access log says the kund was read (DOMAIN §12). */
    private static final String PLATS = "Kund"; //$NON-NLS-1$
    public static final String INSATSER = "se.kundval.kund.ui.kund.insatser"; //$NON-NLS-1$

    private Inloggning vem;

    @Inject
    private KundService kunder;

    @Inject
    private InsatsService insatser;

    @Inject
    private Bakgrund bakgrund;

    @Inject
    private IStylingEngine styling;

    private Composite parent;
    private Label rubrik;
    private Button skydd;
    private Kunduppgifter uppgifter;
    private Label insatserRubrik;
    private Insatshistorik historik;
    private Long valdKund;

    @PostConstruct
    void skapa(Composite yta) {
        parent = yta;
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 10).applyTo(parent);
        rubrik = new Label(parent, SWT.WRAP);
        rubrik.setData(KunderPart.DATANYCKEL, RUBRIK);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rubrik);
        skydd = new Button(parent, SWT.CHECK);
        skydd.setText(Messages.skyddadePersonuppgifter);
        skydd.setToolTipText(Messages.skyddadePersonuppgifterTips);
        skydd.setData(KunderPart.DATANYCKEL, SKYDD);
        skydd.addListener(SWT.Selection, e -> markera(skydd.getSelection()));
        uppgifter = new Kunduppgifter(parent, styling);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(uppgifter.kontroll());
        insatserRubrik = new Label(parent, SWT.NONE);
        insatserRubrik.setText(Messages.insatser);
        insatserRubrik.setData(KunderPart.DATANYCKEL, INSATSER);
        styling.setClassname(insatserRubrik, "rubrik"); //$NON-NLS-1$
        historik = new Insatshistorik(parent);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(historik.kontroll());
        if (valdKund == null) {
            visaUpplysning(Messages.ingenKundVald);
        } else {
            las(valdKund);
        }
    }

    /** Follows the selection; a selection of something else than a kund id leaves the shown kund. */
    @Inject
    @Optional
    void valj(@Named(IServiceConstants.ACTIVE_SELECTION) Long kundId) {
        if (kundId == null) {
            return;
        }
        valdKund = kundId;
        if (rubrik != null && !rubrik.isDisposed()) {
            las(kundId);
        }
    }

    /**
     * Another user sees other kunder: the previous user's kund is not left on screen (nor read again
     * with the new user's rights); the part waits for the new user's choice.
     */
    @Inject
    void inloggning(@Optional Inloggning ny) {
        boolean bytt = vem != null && !vem.equals(ny);
        vem = ny;
        if (bytt) {
            valdKund = null;
            if (rubrik != null && !rubrik.isDisposed()) {
                visaUpplysning(Messages.ingenKundVald);
            }
        }
    }

    /** A beslut (Bevilja, Förläng) or another save changed the insatser of the kund shown: read it again. */
    @Inject
    @Optional
    void insatserAndrade(@UIEventTopic(Handelser.INSATSER_ANDRADE) Long kundId) {
        if (kundId != null && kundId.equals(valdKund) && rubrik != null && !rubrik.isDisposed()) {
            las(kundId);
        }
    }

    private void las(long kundId) {
        visaUpplysning(Messages.hamtarKund);
        Inloggning anvandare = vem.vid(PLATS);
        bakgrund.hamta(Messages.jobbKund, parent, () -> new Last(kunder.hamta(anvandare, kundId), insatser.forKund(anvandare, kundId)),
                last -> visa(kundId, last.kund(), last.insatser()), fel -> visaFel(kundId, fel));
    }

    private record Last(Kund kund, List<Insats> insatser) {
    }

    /** Shows what was read unless the user has chosen another kund meanwhile. */
    private void visa(long kundId, Kund kund, List<Insats> kundensInsatser) {
        if (!aktuell(kundId)) {
            return;
        }
        rubrik.setText(NLS.bind(Messages.rubrikKund, kund.getNamn(), kund.getKundId()));
        styling.setClassname(rubrik, "rubrik"); //$NON-NLS-1$
        skydd.setSelection(kund.isSkyddad());
        skydd.setEnabled(vem.har(Rattighet.MARKERA_SKYDDAD));
        uppgifter.visa(kund);
        insatserRubrik.setText(kundensInsatser.isEmpty() ? Messages.ingaInsatser : Messages.insatser);
        historik.visa(kundensInsatser);
    }

    /**
     * Marks or unmarks the shown kund's skyddade personuppgifter in the background, then reads the
     * kund again; the service refuses a user whose kund it is not, and the box goes back.
     */
    private void markera(boolean skyddad) {
        Long kundId = valdKund;
        if (kundId == null) {
            return;
        }
        skydd.setEnabled(false);
        Inloggning anvandare = vem.vid(PLATS);
        bakgrund.hamta(Messages.jobbSkydd, parent, () -> kunder.markeraSkyddad(anvandare, kundId, skyddad), kund -> las(kundId), fel -> {
            visaFel(kundId, fel);
            las(kundId);
        });
    }

    private void visaFel(long kundId, RuntimeException fel) {
        if (aktuell(kundId) && !rubrik.isDisposed()) {
            visaUpplysning(Felvisning.text(fel));
            Felvisning.visa(parent.getShell(), fel);
        }
    }

    private boolean aktuell(long kundId) {
        return !parent.isDisposed() && valdKund != null && valdKund == kundId;
    }

    private void visaUpplysning(String text) {
        rubrik.setText(text);
        styling.setClassname(rubrik, "upplysning"); //$NON-NLS-1$
        skydd.setSelection(false);
        skydd.setEnabled(false);
        uppgifter.tom();
        historik.tom();
        insatserRubrik.setText(Messages.insatser);
        Bakgrund.layoutaOm(parent);
    }

    @Focus
    void fokus() {
        historik.fokus();
    }
}
