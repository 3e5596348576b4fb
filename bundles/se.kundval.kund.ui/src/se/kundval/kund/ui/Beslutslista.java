package se.kundval.kund.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

import se.kundval.core.typ.Regelnamn;
import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Undantag;
import se.kundval.model.regler.Bedomningar;

/**
 * The kund's decisions, newest first: every beslut with its overridden rules and their motivering,
 * every avslut and every bedömning (a superseded one marked as such), read from the insats
 * aggregates; below them the audit trail the services wrote for each insats (who recorded what,
 * when). Tables {@code se.kundval.kund.ui.editor.beslut} and {@code se.kundval.kund.ui.editor.granskning}.
 */
final class Beslutslista {

    static final String BESLUT = "se.kundval.kund.ui.editor.beslut"; //$NON-NLS-1$
    static final String GRANSKNING = "se.kundval.kund.ui.editor.granskning"; //$NON-NLS-1$
    private static final DateTimeFormatter TIDPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    /** One row: day, insats-id, what happened, by whom, the written text. */
    record Rad(String datum, String insats, String vad, String av, String text) {
    }

    private final SashForm ram;
    private final TableViewer beslut;
    private final TableViewer granskning;

    Beslutslista(Composite parent) {
        ram = new SashForm(parent, SWT.VERTICAL);
        beslut = tabell(BESLUT, Messages.kolumnHandelse);
        granskning = tabell(GRANSKNING, Messages.kolumnGranskning);
        ram.setWeights(60, 40);
    }

    Composite kontroll() {
        return ram;
    }

    void visa(List<Insats> insatser, Map<Long, List<Granskningshandelse>> historik) {
        List<Rad> rader = new ArrayList<>();
        for (Insats i : insatser) {
            for (Beslut b : i.getBeslut()) {
                String vad = NLS.bind(b.getTyp() == BeslutTyp.FORLANGNING ? Messages.handelseForlangning : Messages.handelseBeviljande,
                        b.getLangdManader());
                rader.add(new Rad(Kunduppgifter.datum(b.getDatum()), i.getInsatsId(), vad, b.getHandlaggare(), b.getMotivering()));
                for (Undantag u : b.getUndantag()) {
                    rader.add(new Rad(Kunduppgifter.datum(b.getDatum()), i.getInsatsId(), NLS.bind(Messages.handelseUndantag, Regelnamn.av(u)),
                            b.getHandlaggare(), NLS.bind(Messages.undantagText, u.getMotivering(), u.getSkal())));
                }
            }
            if (i.getAvslut() != null) {
                rader.add(new Rad(Kunduppgifter.datum(i.getAvslut().getAvslutsdatum()), i.getInsatsId(),
                        NLS.bind(Messages.handelseAvslut, Etiketter.av(i.getAvslut().getAvslutsorsak())), i.getAvslut().getRapporteradAv(), "")); //$NON-NLS-1$
                Avslutsbedomning aktuell = Bedomningar.aktuell(i.getAvslut()).orElse(null);
                for (Avslutsbedomning b : i.getAvslut().getBedomningar()) {
                    String vad = NLS.bind(Messages.handelseBedomning, b.isLyckat() ? Messages.lyckat : Messages.ejLyckat,
                            b.isBonusgrundande() ? Messages.bonusgrundande : Messages.ejBonusgrundande);
                    rader.add(new Rad(b.getTidpunkt() == null ? "" : Kunduppgifter.datum(b.getTidpunkt().toLocalDate()), i.getInsatsId(), //$NON-NLS-1$
                            b == aktuell ? vad : vad + ' ' + Messages.ersatt, b.getBedomdAv(), b.getMotivering()));
                }
            }
        }
        rader.sort(Comparator.comparing(Rad::datum, Comparator.reverseOrder()));
        beslut.setInput(rader);
        List<Rad> logg = new ArrayList<>();
        for (Insats i : insatser) {
            for (Granskningshandelse h : historik.getOrDefault(i.getId(), List.of())) {
                logg.add(new Rad(h.getTidpunkt() == null ? "" : TIDPUNKT.format(h.getTidpunkt()), i.getInsatsId(), //$NON-NLS-1$
                        Granskningstexter.handelse(h.getHandelse()), h.getAnvandare(), text(h)));
            }
        }
        logg.sort(Comparator.comparing(Rad::datum, Comparator.reverseOrder()));
        granskning.setInput(logg);
    }

    /**
     * What a reviewer reads of an entry: its details when the service wrote some, else the fields it
     * changed in words ("Månadsrapport: Status: Inlämnad → Godkänd").
     */
    private static String text(Granskningshandelse h) {
        if (h.getDetaljer() != null && !h.getDetaljer().isBlank()) {
            return h.getDetaljer();
        }
        return h.getAndringar().stream().filter(a -> a.getFore() != null)
                .map(a -> NLS.bind(Messages.faltAndrat, new Object[] {Granskningstexter.falt(h.getObjekttyp(), a.getObjekttyp(), a.getFalt()),
                        Granskningstexter.varde(a.getFore()), Granskningstexter.varde(a.getEfter())}))
                .collect(Collectors.joining("; ")); //$NON-NLS-1$
    }

    void tom() {
        beslut.setInput(List.of());
        granskning.setInput(List.of());
    }

    private TableViewer tabell(String nyckel, String handelserubrik) {
        Composite yta = new Composite(ram, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        yta.setLayout(kolumner);
        TableViewer t = new TableViewer(yta, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        t.getTable().setHeaderVisible(true);
        t.getTable().setLinesVisible(true);
        t.getTable().setData(KunderPart.DATANYCKEL, nyckel);
        t.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(t, kolumner, Messages.kolumnDatum, 14, 118, Rad::datum);
        kolumn(t, kolumner, Messages.kolumnInsatsId, 12, 104, Rad::insats);
        kolumn(t, kolumner, handelserubrik, 24, 170, Rad::vad);
        kolumn(t, kolumner, Messages.kolumnAv, 10, 70, Rad::av);
        kolumn(t, kolumner, Messages.kolumnMotivering, 46, 200, Rad::text);
        return t;
    }

    private static void kolumn(TableViewer t, TableColumnLayout kolumner, String rubrik, int vikt, int minsta, Function<Rad, String> text) {
        TableViewerColumn k = new TableViewerColumn(t, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Rad) element);
                return s == null ? "" : s; //$NON-NLS-1$
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
        kolumner.setColumnData(k.getColumn(), new ColumnWeightData(vikt, minsta));
    }
}
