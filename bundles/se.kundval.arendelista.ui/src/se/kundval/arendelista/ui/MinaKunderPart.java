package se.kundval.arendelista.ui;

import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.BevakningsgransService;

/**
 * Mina kunder, the caseload: the kunder the logged-in user follows (a karriärvägledare her own, an
 * anordnare those with its insatser, a handläggare all with an insats), with the insats that matters
 * now, days left and the next deadline, overdue rows marked. Read in the background; read again when
 * the user, the deadline limits (Inställningar) or the data change: after every save in this workbench
 * ({@link Andringshandelser}) and every few minutes for what others saved ({@link Arendeladdare}). Double-click or Enter opens the
 * kund: its database id ({@code Long}) is published as the selection, which the Kund parts follow.
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
    /** The Kund UI's "Öppna kund": opens the kund selected in the active part in its editor. */
    private static final String OPPNA_KUND = "se.kundval.kund.ui.command.oppnaKund"; //$NON-NLS-1$

    @Inject
    private ArendelistaService arenden;

    @Inject
    private UISynchronize ui;

    @Inject
    private ESelectionService selektion;

    @Inject
    private ECommandService kommandon;

    @Inject
    private EHandlerService hanterare;

    @Inject
    private IEventBroker handelser;

    @Inject
    private BevakningsgransService granser;

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
        layout = new Tabellayout(tabell);
        layout.las(vem.anvandarnamn());
        laddare = new Arendeladdare(arenden, granser, ui, this::visa, this::visaFel);
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
    private void lasOm() {
        if (laddare != null && vem != null) {
            laddare.las(vem);
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
        antal.getParent().layout();
    }

    private void visaFel(RuntimeException fel) {
        if (!antal.isDisposed()) {
            antal.setText(Messages.kundeInteHamta);
            Felvisning.visa(antal.getShell(), fel);
        }
    }

    /**
     * Publishes the kund's id, never the row. The same kund opened twice must reach the listeners
     * again, so an equal selection is first cleared. Then, as the Kunder list does, runs the Kund UI's
     * command that opens the selected kund in its editor, when that command is installed: the
     * command reads the selection, so the selection stays the only thing the two parts share.
     */
    private void oppna(Arenderad rad) {
        Long kundId = rad.kundId();
        if (kundId.equals(selektion.getSelection())) {
            selektion.setSelection(null);
        }
        selektion.setSelection(kundId);
        ParameterizedCommand oppnaKund = kommandon.createCommand(OPPNA_KUND, Map.of());
        if (oppnaKund != null && oppnaKund.getCommand().isDefined() && hanterare.canExecute(oppnaKund)) {
            hanterare.executeHandler(oppnaKund);
        }
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
