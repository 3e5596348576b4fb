package se.kundval.app.installningar;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.app.Messages;

/**
 * The theme: light or dark. The E4 theme engine switches at once and remembers the choice in its own
 * preferences, so the next start opens in the same theme.
 */
final class Utseendeflik {

    static final String PREFIX = "se.kundval.app.installningar.tema."; //$NON-NLS-1$
    static final String LJUST = "se.kundval.app.tema.ljust"; //$NON-NLS-1$
    static final String MORKT = "se.kundval.app.tema.morkt"; //$NON-NLS-1$

    private final Composite yta;
    private final Button ljust;
    private final Button morkt;

    /** @param temamotor the theme engine, or null when the workbench runs without CSS */
    Utseendeflik(Composite parent, IThemeEngine temamotor) {
        yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(12, 12).spacing(8, 6).applyTo(yta);
        new Label(yta, SWT.NONE).setText(Messages.temaUpplysning);
        ljust = radio(Messages.temaLjust, "ljust"); //$NON-NLS-1$
        morkt = radio(Messages.temaMorkt, "morkt"); //$NON-NLS-1$
        ITheme aktivt = temamotor == null ? null : temamotor.getActiveTheme();
        boolean arMorkt = aktivt != null && MORKT.equals(aktivt.getId());
        ljust.setSelection(!arMorkt);
        morkt.setSelection(arMorkt);
        ljust.setEnabled(temamotor != null);
        morkt.setEnabled(temamotor != null);
    }

    Composite kontroll() {
        return yta;
    }

    String valtTema() {
        return morkt.getSelection() ? MORKT : LJUST;
    }

    private Button radio(String text, String id) {
        Button knapp = new Button(yta, SWT.RADIO);
        knapp.setText(text);
        knapp.setData(Installningsdialog.DATANYCKEL, PREFIX + id);
        GridDataFactory.swtDefaults().indent(8, 0).applyTo(knapp);
        return knapp;
    }
}
