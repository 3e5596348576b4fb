package se.kundval.arendelista.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * "Välj kolumner": which columns Mina kunder shows, and in which order. A checked column is shown;
 * Upp and Ned move the selected one. At least one column stays shown.
 */
final class Kolumnvaljare extends Dialog {

    static final String DIALOG = "se.kundval.arendelista.ui.kolumnvaljare"; //$NON-NLS-1$
    static final String LISTA = DIALOG + ".lista"; //$NON-NLS-1$
    static final String UPP = DIALOG + ".upp"; //$NON-NLS-1$
    static final String NED = DIALOG + ".ned"; //$NON-NLS-1$
    static final String OK = DIALOG + ".ok"; //$NON-NLS-1$

    private final List<Arendekolumn> ordning;
    private final Set<Arendekolumn> synliga;
    private Table tabell;

    Kolumnvaljare(Shell parent, List<Arendekolumn> ordning, Set<Arendekolumn> synliga) {
        super(parent);
        this.ordning = new ArrayList<>(ordning);
        this.synliga = EnumSet.noneOf(Arendekolumn.class);
        this.synliga.addAll(synliga);
    }

    /** After OK: every column in the chosen order. */
    List<Arendekolumn> ordning() {
        return ordning;
    }

    /** After OK: the columns to show. */
    Set<Arendekolumn> synliga() {
        return synliga;
    }

    @Override
    protected void configureShell(Shell skal) {
        super.configureShell(skal);
        skal.setText(Messages.valjKolumnerRubrik);
        skal.setData(MinaKunderPart.DATANYCKEL, DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite yta = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(yta);
        Label upplysning = new Label(yta, SWT.WRAP);
        upplysning.setText(Messages.valjKolumnerUpplysning);
        GridDataFactory.fillDefaults().span(2, 1).hint(300, SWT.DEFAULT).applyTo(upplysning);
        tabell = new Table(yta, SWT.CHECK | SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        tabell.setData(MinaKunderPart.DATANYCKEL, LISTA);
        GridDataFactory.fillDefaults().grab(true, true).hint(220, 260).span(1, 2).applyTo(tabell);
        Button upp = knapp(yta, Messages.upp, UPP, -1);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(upp);
        Button ned = knapp(yta, Messages.ned, NED, 1);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(ned);
        tabell.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                lasValda();
            }
        });
        fyll(0);
        return yta;
    }

    private Button knapp(Composite yta, String text, String id, int steg) {
        Button b = new Button(yta, SWT.PUSH);
        b.setText(text);
        b.setData(MinaKunderPart.DATANYCKEL, id);
        b.addListener(SWT.Selection, e -> flytta(steg));
        return b;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ok, true).setData(MinaKunderPart.DATANYCKEL, OK);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.avbryt, false);
    }

    private void fyll(int markerad) {
        tabell.removeAll();
        for (Arendekolumn k : ordning) {
            TableItem rad = new TableItem(tabell, SWT.NONE);
            rad.setText(k.rubrik());
            rad.setChecked(synliga.contains(k));
        }
        tabell.setSelection(markerad);
    }

    private void flytta(int steg) {
        int fran = tabell.getSelectionIndex();
        int till = fran + steg;
        if (fran < 0 || till < 0 || till >= ordning.size()) {
            return;
        }
        ordning.add(till, ordning.remove(fran));
        fyll(till);
    }

    private void lasValda() {
        synliga.clear();
        for (int i = 0; i < ordning.size(); i++) {
            if (tabell.getItem(i).getChecked()) {
                synliga.add(ordning.get(i));
            }
        }
        getButton(IDialogConstants.OK_ID).setEnabled(!synliga.isEmpty());
    }
}
