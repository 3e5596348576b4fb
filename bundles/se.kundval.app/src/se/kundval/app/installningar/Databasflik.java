package se.kundval.app.installningar;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.app.Messages;
import se.kundval.app.installningar.Databasinstallning.Typ;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;

/**
 * The database settings: an embedded file or a PostgreSQL server, and "Testa anslutning", which
 * opens a connection in the background without touching the one in use.
 */
final class Databasflik {

    static final String PREFIX = "se.kundval.app.installningar.databas."; //$NON-NLS-1$

    private final Databas databas;
    private final UISynchronize ui;
    private final Composite yta;
    private final Button inbaddad;
    private final Button postgresql;
    private final Text fil;
    private final Button bladdra;
    private final Text url;
    private final Text anvandare;
    private final Text losenord;
    private final Label resultat;

    Databasflik(Composite parent, Databas databas, UISynchronize ui) {
        this.databas = databas;
        this.ui = ui;
        yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 12).spacing(8, 6).applyTo(yta);
        inbaddad = radio(Messages.databasInbaddad, "inbaddad"); //$NON-NLS-1$
        fil = falt(Messages.databasFil, "fil", SWT.NONE, 1); //$NON-NLS-1$
        bladdra = new Button(yta, SWT.PUSH);
        bladdra.setText(Messages.bladdra);
        bladdra.addListener(SWT.Selection, e -> valjFil());
        postgresql = radio(Messages.databasPostgresql, "postgresql"); //$NON-NLS-1$
        url = falt(Messages.databasUrl, "url", SWT.NONE, 2); //$NON-NLS-1$
        anvandare = falt(Messages.databasAnvandare, "anvandare", SWT.NONE, 2); //$NON-NLS-1$
        losenord = falt(Messages.databasLosenord, "losenord", SWT.PASSWORD, 2); //$NON-NLS-1$
        Button testa = new Button(yta, SWT.PUSH);
        testa.setText(Messages.testaAnslutning);
        testa.setData(Installningsdialog.DATANYCKEL, PREFIX + "testa"); //$NON-NLS-1$
        testa.addListener(SWT.Selection, e -> testa());
        GridDataFactory.swtDefaults().indent(0, 8).applyTo(testa);
        resultat = new Label(yta, SWT.WRAP);
        resultat.setData(Installningsdialog.DATANYCKEL, PREFIX + "resultat"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).indent(0, 8).applyTo(resultat);
        inbaddad.addListener(SWT.Selection, e -> aktivera());
        postgresql.addListener(SWT.Selection, e -> aktivera());
    }

    Composite kontroll() {
        return yta;
    }

    void visa(Databasinstallning installning) {
        inbaddad.setSelection(installning.typ() == Typ.INBADDAD);
        postgresql.setSelection(installning.typ() == Typ.POSTGRESQL);
        fil.setText(installning.fil());
        url.setText(installning.url());
        anvandare.setText(installning.anvandare());
        losenord.setText(installning.losenord());
        aktivera();
    }

    Databasinstallning installning() {
        return new Databasinstallning(postgresql.getSelection() ? Typ.POSTGRESQL : Typ.INBADDAD, fil.getText().strip(),
                url.getText().strip(), anvandare.getText().strip(), losenord.getText());
    }

    private Button radio(String text, String id) {
        Button knapp = new Button(yta, SWT.RADIO);
        knapp.setText(text);
        knapp.setData(Installningsdialog.DATANYCKEL, PREFIX + id);
        GridDataFactory.swtDefaults().span(3, 1).indent(0, 6).applyTo(knapp);
        return knapp;
    }

    private Text falt(String etikett, String id, int stil, int spann) {
        Label namn = new Label(yta, SWT.NONE);
        namn.setText(etikett);
        GridDataFactory.swtDefaults().indent(18, 0).applyTo(namn);
        Text text = new Text(yta, SWT.BORDER | SWT.SINGLE | stil);
        text.setData(Installningsdialog.DATANYCKEL, PREFIX + id);
        GridDataFactory.fillDefaults().grab(true, false).span(spann, 1).hint(300, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void aktivera() {
        boolean fils = inbaddad.getSelection();
        fil.setEnabled(fils);
        bladdra.setEnabled(fils);
        url.setEnabled(!fils);
        anvandare.setEnabled(!fils);
        losenord.setEnabled(!fils);
        resultat.setText(""); //$NON-NLS-1$
    }

    private void valjFil() {
        FileDialog val = new FileDialog(yta.getShell(), SWT.OPEN);
        val.setFilterExtensions(new String[] {"*.mv.db"}); //$NON-NLS-1$
        String valt = val.open();
        if (valt != null) {
            fil.setText(valt.replaceFirst("\\.mv\\.db$", "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * An embedded file that does not exist would be created by opening it; it is only reported. A
     * server is asked in a job, since an unreachable host takes a while to time out.
     */
    private void testa() {
        Databasinstallning installning = installning();
        if (installning.typ() == Typ.INBADDAD && !Files.exists(Path.of(installning.fil() + ".mv.db"))) { //$NON-NLS-1$
            visaResultat(NLS.bind(Messages.filenFinnsInte, installning.fil()));
            return;
        }
        if (installning.krypterad()) {
            // without its key the file cannot be opened; the login asks for the key (decision 0386)
            visaResultat(NLS.bind(Messages.filenKrypterad, installning.fil()));
            return;
        }
        visaResultat(Messages.testarAnslutning);
        Job.create(Messages.testarAnslutning, (IProgressMonitor monitor) -> {
            String svar;
            try {
                databas.provaAnslutning(installning.anslutning());
                svar = Messages.anslutningenFungerar;
            } catch (KundvalException e) {
                svar = e.getMessage();
            }
            String text = svar;
            ui.asyncExec(() -> visaResultat(text));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visaResultat(String text) {
        if (!resultat.isDisposed()) {
            resultat.setText(text);
            yta.layout(true, true);
        }
    }
}
