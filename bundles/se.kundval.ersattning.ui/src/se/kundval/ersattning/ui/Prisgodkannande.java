package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;

/**
 * The four-eyes step under the prislista (DOMAIN §12): Godkänn for a proposal another administratör
 * made, Återkalla for a proposal or an approved price that has not yet taken effect, and a line that
 * says what can be done with the selected row and why not. The service checks the same again.
 */
final class Prisgodkannande {

    static final String GODKANN = "se.kundval.ersattning.ui.prislista.godkann"; //$NON-NLS-1$
    static final String ATERKALLA = "se.kundval.ersattning.ui.prislista.aterkalla"; //$NON-NLS-1$
    static final String UPPLYSNING = "se.kundval.ersattning.ui.prislista.godkannande"; //$NON-NLS-1$

    private final Composite ram;
    private final Button godkann;
    private final Button aterkalla;
    private final Label upplysning;
    private Pris vald;

    Prisgodkannande(Composite parent, Consumer<Pris> godkannPris, Consumer<Pris> aterkallaPris) {
        ram = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(ram);
        upplysning = new Label(ram, SWT.WRAP);
        upplysning.setData(ErsattningPart.DATANYCKEL, UPPLYSNING);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(upplysning);
        godkann = knapp(Messages.godkannPris, GODKANN);
        aterkalla = knapp(Messages.aterkallaPris, ATERKALLA);
        godkann.addListener(SWT.Selection, e -> godkannPris.accept(vald));
        aterkalla.addListener(SWT.Selection, e -> aterkallaPris.accept(vald));
        visa(null, null, LocalDate.MIN);
    }

    private Button knapp(String text, String nyckel) {
        Button b = new Button(ram, SWT.PUSH);
        b.setText(text);
        b.setData(ErsattningPart.DATANYCKEL, nyckel);
        return b;
    }

    Composite kontroll() {
        return ram;
    }

    /** The selected row (or none) as the user may act on it today. */
    void visa(Pris pris, Inloggning vem, LocalDate idag) {
        vald = pris;
        boolean administrator = vem != null && vem.har(Rattighet.ADMINISTRERA_PRISLISTA);
        boolean foreslagen = pris != null && pris.getStatus() == Prisstatus.FORESLAGEN;
        boolean egen = foreslagen && vem != null && vem.anvandarnamn().equals(pris.getForeslagenAv());
        boolean kommande = pris != null && pris.getStatus() == Prisstatus.GODKAND && pris.getGiltigFran().isAfter(idag);
        godkann.setEnabled(administrator && foreslagen && !egen);
        aterkalla.setEnabled(administrator && (foreslagen || kommande));
        String text;
        if (pris == null) {
            text = Messages.valjPrisrad;
        } else if (!administrator) {
            text = Messages.baraAdministratorer;
        } else if (egen) {
            text = Messages.egetForslag;
        } else if (foreslagen) {
            text = NLS.bind(Messages.vantarPaGodkannande, pris.getForeslagenAv());
        } else if (kommande) {
            text = Messages.kanAterkallas;
        } else {
            text = Messages.rattaMedNyRad;
        }
        upplysning.setText(text);
        ram.layout(true, true);
    }
}
