package se.kundval.uppfoljning.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Agarfiler;
import se.kundval.core.Inloggning;
import se.kundval.core.dokument.Dokumentinnehall;
import se.kundval.core.dokument.Dokumenttyp;
import se.kundval.core.dokument.Storlek;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.model.Dokument;
import se.kundval.model.Insats;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Filskrivning;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.Formular;
import se.kundval.ui.Tabell;
import se.kundval.ui.Visning;

/**
 * The documents of the six-month evidence in the Sex månader tab (DOMAIN §14): name, type, size,
 * who uploaded it and when, newest submission first. Opening one fetches its bytes off the UI thread
 * (the service writes the access-log entry), writes them to a file only the user may read in a
 * folder of its own and hands it to the desktop's viewer; Spara som writes it where the user chooses
 * (docs/decisions/0374). Hidden while the insats has no document, so no empty table shows.
 */
final class Dokumentlista {

    static final String TABELL = Sexmanadersflik.PREFIX + "dokument"; //$NON-NLS-1$
    static final String OPPNA = Sexmanadersflik.PREFIX + "oppna"; //$NON-NLS-1$
    static final String SPARA = Sexmanadersflik.PREFIX + "sparaSom"; //$NON-NLS-1$
    private static final String PLATS = "Insats: Sex m\u00e5nader"; //$NON-NLS-1$

    private final Composite yta;
    private final Tabell<Dokument> tabell;
    private final Label besked;
    private final DokumentService dokument;
    private final Supplier<Filvaljare> filvaljare;
    private final Bakgrund bakgrund;
    private Inloggning vem;

    Dokumentlista(Composite parent, Flikstod stod, DokumentService dokument, Supplier<Filvaljare> filvaljare, Bakgrund bakgrund) {
        this.dokument = dokument;
        this.filvaljare = filvaljare;
        this.bakgrund = bakgrund;
        yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(yta);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(yta);
        Formular.rubrik(yta, Messages.dokumentRubrik, stod.stil);
        tabell = new Tabell<>(yta, Dokument.class, TABELL, 4)
                .kolumn(Messages.dokumentFil, 4, Dokument::getFilnamn)
                .kolumn(Messages.dokumentTyp, 1, Dokumentlista::typ)
                .kolumn(Messages.dokumentStorlek, 1, d -> Storlek.text(d.getStorlek()))
                .kolumn(Messages.dokumentUppladdadAv, 2, Dokument::getUppladdadAv)
                .kolumn(Messages.dokumentUppladdad, 2, d -> Visning.tidpunkt(d.getUppladdad()));
        tabell.vidDubbelklick(this::oppna);
        Composite knappar = new Composite(yta, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(8).applyTo(knappar);
        Formular.knapp(knappar, Messages.dokumentOppna, OPPNA, () -> oppna(tabell.vald()));
        Formular.knapp(knappar, Messages.dokumentSparaSom, SPARA, () -> sparaSom(tabell.vald()));
        besked = Formular.upplysning(yta, Sexmanadersflik.PREFIX + "dokumentBesked", stod.stil); //$NON-NLS-1$
    }

    void visa(Insats insats, Inloggning inloggad) {
        vem = inloggad;
        List<Sexmanadersuppfoljning> alla = insats.getSexmanadersuppfoljningar();
        List<Dokument> rader = alla.reversed().stream().flatMap(s -> s.getDokument().stream()).toList();
        tabell.visa(rader);
        if (!rader.isEmpty()) {
            tabell.valj(rader.get(0));
        }
        besked.setText(""); //$NON-NLS-1$
        Formular.dolj(besked, false);
        Formular.dolj(yta, !rader.isEmpty());
    }

    private static String typ(Dokument d) {
        Dokumenttyp typ = Dokumenttyp.avMimetyp(d.getInnehallstyp());
        return typ == null ? d.getInnehallstyp() : typ.name();
    }

    private void oppna(Dokument d) {
        if (d == null) {
            return;
        }
        long id = d.getId();
        Inloggning inloggad = vem.vid(PLATS);
        bakgrund.hamta(Messages.jobbDokument, yta, () -> tillfalligFil(dokument.las(inloggad, id)), fil -> {
            if (!Program.launch(fil.toString())) {
                besked.setText(NLS.bind(Messages.dokumentIngenVisare, fil.getFileName()));
                Formular.dolj(besked, true);
                yta.getParent().layout(true, true);
            }
        });
    }

    private void sparaSom(Dokument d) {
        if (d == null) {
            return;
        }
        Shell skal = yta.getShell();
        String andelse = d.getFilnamn().contains(".") //$NON-NLS-1$
                ? d.getFilnamn().substring(d.getFilnamn().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "pdf"; //$NON-NLS-1$
        Filvaljare valjare = filvaljare.get() != null ? filvaljare.get() : new Filvaljare();
        Path mal = valjare.sparaSom(skal, Messages.dokumentSparaRubrik, d.getFilnamn(), andelse);
        if (mal == null) {
            return;
        }
        long id = d.getId();
        Inloggning inloggad = vem.vid(PLATS);
        bakgrund.gor(Messages.jobbDokument, yta, () -> {
            byte[] innehall = dokument.las(inloggad, id).innehall();
            try {
                Filskrivning.skriv(mal, ut -> ut.write(innehall));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> {
            besked.setText(NLS.bind(Messages.dokumentSparat, mal));
            Formular.dolj(besked, true);
            yta.getParent().layout(true, true);
        });
    }

    /** The document in a folder of its own that only the user may open, under the name it was given. */
    private static Path tillfalligFil(Dokumentinnehall innehall) {
        try {
            Path katalog = Files.createTempDirectory("kundval-dokument"); //$NON-NLS-1$
            Agarfiler.begransa(katalog);
            Path fil = Agarfiler.nyFil(katalog.resolve(Path.of(innehall.filnamn()).getFileName().toString()));
            Files.write(fil, innehall.innehall());
            fil.toFile().deleteOnExit();
            katalog.toFile().deleteOnExit();
            return fil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
