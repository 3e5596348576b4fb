package se.kundval.app.inloggning;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.app.Messages;
import se.kundval.app.installningar.Databasinstallning;
import se.kundval.core.KundvalException;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.klient.Certifikatkontroll;
import se.kundval.klient.Serverklient;

/**
 * The login dialog's "where": *Lokal databas* or *Server* with its address, and the engångskod field
 * that only a server login shows (the server decides whether the user needs one). Decides how the
 * login is checked: locally, connecting the database first, or on the server through
 * {@link Serverklient}.
 */
final class Inloggningsplats {

    private final Runnable bytt;
    private final Button server;
    private final Label adressEtikett;
    private final Text adress;
    private Label kodEtikett;
    private Text kod;
    /** Whether the local database to be connected is an encrypted file, which needs its key (decision 0386). */
    private boolean krypterad;
    private Label nyckelEtikett;
    private Text nyckel;

    Inloggningsplats(Composite yta, boolean serverFinns, Senasteinloggning senaste, Runnable bytt) {
        this.bytt = bytt;
        new Label(yta, SWT.NONE).setText(Messages.inloggningVar);
        Composite val = new Composite(yta, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(val);
        Button lokal = new Button(val, SWT.RADIO);
        lokal.setText(Messages.lokalDatabas);
        lokal.setData(Inloggningsdialog.DATANYCKEL, Inloggningsdialog.LOKAL);
        server = new Button(val, SWT.RADIO);
        server.setText(Messages.server);
        server.setData(Inloggningsdialog.DATANYCKEL, Inloggningsdialog.SERVER);
        server.setEnabled(serverFinns);
        boolean paServer = serverFinns && senaste.server();
        server.setSelection(paServer);
        lokal.setSelection(!paServer);
        adressEtikett = new Label(yta, SWT.NONE);
        adressEtikett.setText(Messages.serveradress);
        adress = new Text(yta, SWT.BORDER | SWT.SINGLE);
        adress.setData(Inloggningsdialog.DATANYCKEL, Inloggningsdialog.ADRESS);
        adress.setMessage(Messages.serveradressExempel);
        adress.setText(senaste.adress());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(adress);
        server.addListener(SWT.Selection, h -> visa());
        krypterad = Databasinstallning.vidStart().krypterad();
    }

    /** After another local database was chosen: its key row shows when it is encrypted. */
    void uppdatera() {
        krypterad = Databasinstallning.vidStart().krypterad();
        visa();
    }

    /** The key row of an encrypted local database, placed by the dialog above the user name. */
    void databasnyckel(Composite yta) {
        nyckelEtikett = new Label(yta, SWT.NONE);
        nyckelEtikett.setText(Messages.databasnyckel);
        nyckel = new Text(yta, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        nyckel.setData(Inloggningsdialog.DATANYCKEL, Inloggningsdialog.DATABASNYCKEL);
        nyckel.setMessage(Messages.databasnyckelUpplysning);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nyckel);
        GridDataFactory.swtDefaults().applyTo(nyckelEtikett);
    }

    /** The key is asked for until the encrypted local database is connected. */
    boolean behoverNyckel(Databas databas) {
        return krypterad && !server() && !databas.arAnsluten();
    }

    /** The engångskod row, placed by the dialog under the password. */
    void engangskod(Composite yta) {
        kodEtikett = new Label(yta, SWT.NONE);
        kodEtikett.setText(Messages.engangskod);
        kod = new Text(yta, SWT.BORDER | SWT.SINGLE);
        kod.setData(Inloggningsdialog.DATANYCKEL, Inloggningsdialog.ENGANGSKOD);
        kod.setMessage(Messages.engangskodUpplysning);
        kod.setTextLimit(8);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kod);
        // centred beside their fields, as the labels without layout data of the other rows are
        GridDataFactory.swtDefaults().applyTo(kodEtikett);
        GridDataFactory.swtDefaults().applyTo(adressEtikett);
        visa();
    }

    /** Runs {@code andrad} whenever the user changes the address. */
    void vidAndradAdress(Runnable andrad) {
        adress.addModifyListener(h -> andrad.run());
    }

    boolean server() {
        return server.getSelection();
    }

    String adress() {
        return adress.getText().strip();
    }

    /** How the login is to be checked; a server address that is none is said at once. */
    Inloggningsforsokare forsok(IEclipseContext kontext, Certifikatkontroll kontroll) {
        if (!server()) {
            Databas databas = kontext.get(Databas.class);
            AnvandareService anvandare = kontext.get(AnvandareService.class);
            char[] databasnyckel = behoverNyckel(databas) ? nyckel.getText().toCharArray() : null;
            if (databasnyckel != null && databasnyckel.length == 0) {
                throw new KundvalException(Messages.fyllInNyckel);
            }
            return (namn, losenord) -> {
                if (!databas.arAnsluten()) {
                    databas.anslut(Databasinstallning.vidStart().anslutning(databasnyckel));
                }
                return anvandare.loggaIn(namn, losenord);
            };
        }
        URI uri = uri(adress());
        String engangskod = kod.getText().strip().isEmpty() ? null : kod.getText().strip();
        Serverklient klient = kontext.get(Serverklient.class);
        return (namn, losenord) -> Optional.of(klient.loggaIn(uri,
                new Inloggningsforsok(namn, losenord, engangskod, Klient.lokal(Klient.Typ.ARBETSBANK)), kontroll));
    }

    /** {@code kundval.kommun.se:8443} is taken as https://kundval.kommun.se:8443: a server speaks nothing else. */
    private static URI uri(String text) {
        try {
            URI uri = new URI(text.contains("://") ? text : "https://" + text); //$NON-NLS-1$ //$NON-NLS-2$
            if (uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below, as for an address without a host
        }
        throw new KundvalException(NLS.bind(Messages.felServeradress, text));
    }

    private void visa() {
        boolean ja = server();
        for (Control c : new Control[] {adressEtikett, adress, kodEtikett, kod}) {
            if (c != null) {
                c.setVisible(ja);
                ((GridData) c.getLayoutData()).exclude = !ja;
            }
        }
        boolean nyckelrad = krypterad && !ja;
        for (Control c : new Control[] {nyckelEtikett, nyckel}) {
            if (c != null) {
                c.setVisible(nyckelrad);
                ((GridData) c.getLayoutData()).exclude = !nyckelrad;
            }
        }
        if (kod != null) {
            bytt.run();
        }
    }
}
