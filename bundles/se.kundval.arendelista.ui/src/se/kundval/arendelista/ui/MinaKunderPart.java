package se.kundval.arendelista.ui;

import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Kundurval;
import se.kundval.ui.Bakgrund;

/**
 * Mina kunder, the caseload: the kunder the logged-in user follows (a karriärvägledare her own, an
 * anordnare those with its insatser, a handläggare all with an insats), with the insats that matters
 * now, days left and the next deadline, overdue rows marked. Read in the background; read again when
 * the user, the deadline limits or the data change: after every save in this workbench
 * ({@link Andringshandelser}) and every few minutes for what others saved ({@link Arendeladdare}). A click
 * chooses the kund (its database id is the selection, which the Insats and Kund parts follow); double-click
 * or Enter opens it.
 */
public class MinaKunderPart {

    /** Element id of the part (a shared part, placed in several perspectives). */
    public static final String ID = "se.kundval.arendelista.ui.part.minaKunder"; //$NON-NLS-1$
    /** Data key under which widgets carry their stable id for tests. */
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.arendelista.ui.tabell"; //$NON-NLS-1$
    public static final String ANTAL = "se.kundval.arendelista.ui.antal"; //$NON-NLS-1$
    public static final String UPPDATERA = "se.kundval.arendelista.ui.uppdatera"; //$NON-NLS-1$
    public static final String KOLUMNER = "se.kundval.arendelista.ui.kolumner"; //$NON-NLS-1$
    public static final String AVSLUTADE = "se.kundval.arendelista.ui.avslutade"; //$NON-NLS-1$

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$

    @Inject
    private volatile ArendelistaService arenden;

    @Inject
    private UISynchronize ui;

    @Inject
    private Kundurval kundurval;

    @Inject
    private IEventBroker handelser;

    @Inject
    private volatile BevakningsgransService granser;

    private final EventHandler sparat = h -> lasOm();
    private Inloggning vem;
    private Arendelista lista;
    private Arendetabell tabell;
    private Tabellayout layout;
    private Arendeladdare laddare;
    private Label antal;
    private Tabelltema tema;
    /** False until the first caseload has arrived: the count is not known before. */
    private boolean lasta;

    @PostConstruct
    void skapa(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(0, 4).applyTo(parent);
        Composite rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 0).applyTo(rad);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rad);
        antal = new Label(rad, SWT.NONE);
        antal.setData(DATANYCKEL, ANTAL);
        antal.setText(Messages.hamtar);
        antal.setToolTipText(Messages.filtertips);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(antal);
        Button avslutade = new Button(rad, SWT.CHECK);
        avslutade.setText(Messages.visaAvslutade);
        avslutade.setToolTipText(Messages.visaAvslutadeTips);
        avslutade.setSelection(true);
        avslutade.setData(DATANYCKEL, AVSLUTADE);
        avslutade.addListener(SWT.Selection, e -> {
            lista.visaAvslutade(avslutade.getSelection());
            tabell.nyaRader();
        });
        knapp(rad, Messages.kolumnerKnapp, KOLUMNER).addListener(SWT.Selection, e -> valjKolumner());
        knapp(rad, Messages.uppdatera, UPPDATERA).addListener(SWT.Selection, e -> lasOm());

        lista = new Arendelista();
        lista.efterAndring(this::visaAntal);
        tabell = new Arendetabell(parent, lista, this::oppna, this::valjKolumner);
        NatTable natTable = tabell.natTable();
        natTable.setData(DATANYCKEL, TABELL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(natTable);
        new RowSelectionProvider<>(tabell.markering(), lista, false).addSelectionChangedListener(h -> {
            if (((IStructuredSelection) h.getSelection()).getFirstElement() instanceof Arenderad vald) {
                kundurval.valj(vald.kundId());
            }
        });
        layout = new Tabellayout(tabell);
        layout.las(vem.anvandarnamn());
        laddare = new Arendeladdare(() -> arenden, () -> granser, ui, this::visa, this::visaFel);
        Andringshandelser.AMNEN.forEach(amne -> handelser.subscribe(amne, sparat));
        tema = new Tabelltema(tabell, ui);
        lasOm();
    }

    private static Button knapp(Composite rad, String text, String id) {
        Button b = new Button(rad, SWT.PUSH);
        b.setText(text);
        b.setData(DATANYCKEL, id);
        return b;
    }

    /** Reads the caseload again with the current user and limits. */
    /**
     * Reads the caseload of the user logged in. A role without kunder (the loggranskare) still has
     * this part of an earlier user in the window: it shows nothing rather than asking for what the
     * service refuses, which put a refusal in front of the loggranskare at every login.
     */
    private void lasOm() {
        if (laddare == null || vem == null) {
            return;
        }
        if (vem.har(Rattighet.LASA_KUNDER)) {
            laddare.las(vem);
        } else {
            lista.satt(List.of());
            tabell.nyaRader();
        }
    }

    private void visa(Inloggning avser, List<Arenderad> rader) {
        if (tabell.natTable().isDisposed() || avser != vem) {
            return; // read for a user who has logged out since
        }
        lasta = true;
        lista.satt(rader);
        tabell.nyaRader();
    }

    private void visaAntal() {
        if (!lasta || antal.isDisposed()) {
            return;
        }
        List<Arenderad> visade = lista.synliga();
        long forsenade = visade.stream().filter(Arendekolumn::forsenad).count();
        String text = visade.size() == lista.antalAlla() ? Messages.antalKunder : Messages.antalVisade;
        antal.setText(new MessageFormat(text, SVENSKA).format(new Object[] {lista.antalAlla(), forsenade, visade.size()}));
        Bakgrund.layoutaOm(antal);
    }

    private void visaFel(RuntimeException fel) {
        if (!antal.isDisposed()) {
            antal.setText(Messages.kundeInteHamta);
            Felvisning.visa(antal.getShell(), fel);
        }
    }

    /** Double-click or Enter: the kund in its editor, by the workbench's one selection contract. */
    private void oppna(Arenderad rad) {
        kundurval.oppna(rad.kundId());
    }

    private void valjKolumner() {
        Set<Arendekolumn> synliga = EnumSet.noneOf(Arendekolumn.class);
        tabell.kolumnordning().stream().filter(tabell::arSynlig).forEach(synliga::add);
        Kolumnvaljare val = new Kolumnvaljare(tabell.natTable().getShell(), tabell.kolumnordning(), synliga);
        if (val.open() == Dialog.OK) {
            tabell.visaKolumner(val.ordning(), val.synliga());
        }
    }

    /** Another user sees other kunder and has a layout of her own. */
    @Inject
    void inloggning(@Optional Inloggning ny) {
        if (tabell != null && vem != null && ny != null && !ny.equals(vem)) {
            layout.spara(vem.anvandarnamn());
            layout.las(ny.anvandarnamn());
            kundurval.ingen();
        }
        vem = ny;
        lasOm();
    }

    /** The rows follow the theme: NatTable paints its cells itself, the CSS theme does not reach them. */
    @Inject
    @Optional
    void temaBytt(@UIEventTopic(IThemeEngine.Events.THEME_CHANGED) Event handelse) {
        if (tema != null) {
            tema.temaBytt();
        }
    }

    @Focus
    void fokus() {
        tabell.natTable().setFocus();
    }

    @PersistState
    void sparaLayout() {
        if (vem != null) {
            layout.spara(vem.anvandarnamn());
        }
    }

    @PreDestroy
    void stang() {
        sparaLayout();
        handelser.unsubscribe(sparat);
        laddare.avbryt();
    }
}
