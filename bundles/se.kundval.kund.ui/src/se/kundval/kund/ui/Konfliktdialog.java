package se.kundval.kund.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.regler.Meddelanden;
import se.kundval.model.regler.Personnummer;

/**
 * Tells the user that someone else saved the kund meanwhile and shows, field by field, the user's
 * value beside what the other saved (fields both changed in bold). Two ways out, neither loses
 * anything silently: keep my changes (on top of the other's, to be saved again) or reload the
 * other's version and drop mine. Closing the dialog keeps the user's changes.
 */
final class Konfliktdialog extends Dialog {

    static final int BEHALL = IDialogConstants.CLIENT_ID + 1;
    static final int LADDA_OM = IDialogConstants.CLIENT_ID + 2;
    static final String TABELL = "se.kundval.kund.ui.konflikt.falt"; //$NON-NLS-1$
    static final String KNAPP_BEHALL = "se.kundval.kund.ui.konflikt.behall"; //$NON-NLS-1$
    static final String KNAPP_LADDA_OM = "se.kundval.kund.ui.konflikt.laddaOm"; //$NON-NLS-1$

    private final String kund;
    private final List<Jamforelse.Andring> andringar;

    Konfliktdialog(Shell skal, String kund, List<Jamforelse.Andring> andringar) {
        super(skal);
        this.kund = kund;
        this.andringar = andringar;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(Messages.konfliktRubrik);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        Label text = new Label(yta, SWT.WRAP);
        text.setText(NLS.bind(Messages.konfliktText, kund));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(text);
        Composite ram = new Composite(yta, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        ram.setLayout(kolumner);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 180).applyTo(ram);
        TableViewer tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KunderPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        Font fet = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
        kolumn(tabell, kolumner, Messages.kolumnFalt, 30, a -> Meddelanden.falt(a.falt()), fet);
        kolumn(tabell, kolumner, Messages.kolumnMittVarde, 35, a -> varde(a, a.mitt()), fet);
        kolumn(tabell, kolumner, Messages.kolumnDerasVarde, 35, a -> varde(a, a.deras()), fet);
        tabell.setInput(andringar);
        return yta;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, LADDA_OM, Messages.konfliktLaddaOm, false).setData(KunderPart.DATANYCKEL, KNAPP_LADDA_OM);
        createButton(parent, BEHALL, Messages.konfliktBehall, true).setData(KunderPart.DATANYCKEL, KNAPP_BEHALL);
    }

    @Override
    protected void buttonPressed(int knapp) {
        setReturnCode(knapp);
        close();
    }

    /** Escape or the window's close box keeps the user's changes: the choice that loses nothing. */
    @Override
    protected void handleShellCloseEvent() {
        setReturnCode(BEHALL);
        close();
    }

    @Override
    public int open() {
        int svar = super.open();
        return svar == LADDA_OM ? LADDA_OM : BEHALL;
    }

    private static void kolumn(TableViewer tabell, TableColumnLayout kolumner, String rubrik, int vikt,
            Function<Jamforelse.Andring, String> text, Font fet) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Jamforelse.Andring) element);
            }

            @Override
            public Font getFont(Object element) {
                return ((Jamforelse.Andring) element).krock() ? fet : null;
            }
        });
        kolumner.setColumnData(k.getColumn(), new ColumnWeightData(vikt, 100));
    }

    private static String varde(Jamforelse.Andring andring, Object varde) {
        if (varde == null) {
            return ""; //$NON-NLS-1$
        }
        if (varde instanceof Boolean b) {
            return b ? Messages.ja : Messages.nej;
        }
        if (varde instanceof Enumerator e) {
            return Etiketter.av(e);
        }
        return andring.falt() == Literals.KUND__PERSONNUMMER ? Personnummer.formaterat((String) varde) : varde.toString();
    }
}
