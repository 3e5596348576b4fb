package se.kundval.kund.ui;

import java.text.MessageFormat;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Kund;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Kundurval;

/**
 * The Kunder part: every kund the user may see, filtered and sorted by the service and read page by
 * page as the user scrolls. The selected kund's database id is published as the selection.
 */
public class KunderPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.kund.ui.part.kunder"; //$NON-NLS-1$
    /** Data key under which widgets carry their stable id for tests. */
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.kund.ui.kunder"; //$NON-NLS-1$
    public static final String ANTAL = "se.kundval.kund.ui.kunder.antal"; //$NON-NLS-1$
    /** The command that opens the selected kund in its editor. */
    public static final String OPPNA_KUND = Kundurval.OPPNA_KUND;

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$

    /** Read by the background job; replaced when another user logs in. */
    private volatile Inloggning vem;

    /** Injected again when the workbench switches between a server and the local database; read by the background job. */
    @Inject
    private volatile KundService kunder;

    @Inject
    private UISynchronize ui;

    @Inject
    private Kundurval kundurval;

    private Kundlista lista;
    private Sidladdare laddare;
    private Kundtabell tabell;
    private Label antal;
    private RowSelectionProvider<Kund> urval;
    private Long publicerad;

    @PostConstruct
    void skapa(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(0, 4).applyTo(parent);
        antal = new Label(parent, SWT.NONE);
        antal.setData(DATANYCKEL, ANTAL);
        antal.setText(Messages.raknarKunder);
        antal.setToolTipText(Messages.filtertips);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).applyTo(antal);

        lista = new Kundlista();
        laddare = new Sidladdare(() -> kunder, () -> vem, ui, lista);
        tabell = new Kundtabell(parent, lista);
        lista.koppla(laddare, new Kundlista.Lyssnare() {
            @Override
            public void nyttUrval() {
                tabell.tillBorjan();
            }

            @Override
            public void antaletAndrat(int totalt) {
                visaAntal(totalt);
                natTable().refresh();
            }

            @Override
            public void raderLasta() {
                natTable().redraw();
                publicera((IStructuredSelection) urval.getSelection());
            }

            @Override
            public void fel(RuntimeException fel) {
                Felvisning.visa(parent.getShell(), fel);
            }
        });
        NatTable natTable = natTable();
        natTable.setData(DATANYCKEL, TABELL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(natTable);
        urval = new RowSelectionProvider<>(tabell.markering(), lista, false);
        urval.addSelectionChangedListener(h -> publicera((IStructuredSelection) h.getSelection()));
        natTable.addListener(SWT.MouseDoubleClick, h -> {
            // not from the column headers or the filter row, where a double-click edits or sorts
            LabelStack region = natTable.getRegionLabelsByXY(h.x, h.y);
            if (region != null && region.hasLabel(GridRegion.BODY)) {
                oppna();
            }
        });
        natTable.addListener(SWT.KeyDown, h -> {
            if (h.keyCode == SWT.CR || h.keyCode == SWT.KEYPAD_CR) {
                oppna();
            }
        });
        lista.lasOm();
    }

    /** Double-click or Enter: the selected kund in its editor, by the workbench's one selection contract. */
    private void oppna() {
        if (((IStructuredSelection) urval.getSelection()).getFirstElement() instanceof Kund kund) {
            kundurval.oppna(kund.getId());
        }
    }

    /**
     * Publishes the id, never the Kund: other parts read their own copy through the service. A row
     * selected before its page was read (e.g. Ctrl+End) is published when the page arrives.
     */
    private void publicera(IStructuredSelection markerat) {
        if (markerat.getFirstElement() instanceof Kund kund && !kund.getId().equals(publicerad)) {
            publicerad = kund.getId();
            kundurval.valj(publicerad);
        }
    }

    private void visaAntal(int totalt) {
        antal.setText(new MessageFormat(Messages.antalKunder, SVENSKA).format(new Object[] {totalt}));
    }

    private NatTable natTable() {
        return tabell.natTable();
    }

    /** Another user sees other kunder (an anordnare only its own) and other personnummer (masked or not). */
    @Inject
    void inloggning(Inloggning inloggad) {
        if (vem != null && !vem.equals(inloggad) && kundurval != null) {
            publicerad = null;
            kundurval.ingen();
        }
        vem = inloggad;
        // a role without kunder (the loggranskare) keeps an earlier user's part in the window: no read it would be refused
        if (lista != null && !natTable().isDisposed() && inloggad.har(Rattighet.LASA_KUNDER)) {
            lista.lasOm();
        }
    }

    @Inject
    @Optional
    void uppdatera(@UIEventTopic(UppdateraKunderHandler.AMNE) Boolean lasOm) {
        if (lista != null && !natTable().isDisposed()) {
            lista.lasOm();
        }
    }

    @Focus
    void fokus() {
        natTable().setFocus();
    }

    @PreDestroy
    void stang() {
        laddare.avbryt();
    }
}
