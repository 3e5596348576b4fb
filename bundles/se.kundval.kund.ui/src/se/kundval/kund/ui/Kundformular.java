package se.kundval.kund.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Utbildningsniva;
import se.kundval.model.regler.Meddelanden;
import se.kundval.model.regler.Personnummer;

/**
 * The editable fields of the Kund editor, bound with EMF databinding through the editing domain:
 * every confirmed change is a SetCommand on the editor's command stack. A text field is confirmed
 * with Enter or when it loses focus (one command per field edit, as in EMF's property sheets).
 * Each control carries the data key {@code se.kundval.kund.ui.editor.<attribute>}.
 */
final class Kundformular {

    static final String PREFIX = "se.kundval.kund.ui.editor."; //$NON-NLS-1$

    private final Composite ram;
    private final Label kundId;
    private final Label fodelsedatum;
    private final Map<EAttribute, Control> kontroller = new LinkedHashMap<>();
    private final List<Binding> bindningar = new ArrayList<>();
    private final Runnable vidInmatning;
    /** For each bound text field: the model's value as the field shows it. */
    private final Map<Text, Supplier<String>> modellvarden = new HashMap<>();
    private DataBindingContext kontext;

    /** @param vidInmatning told when a field's text changes, so the dirty marker can follow */
    Kundformular(Composite parent, IStylingEngine styling, Runnable vidInmatning) {
        this.vidInmatning = vidInmatning;
        ram = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(10, 6).applyTo(ram);
        kundId = etikett(styling, Meddelanden.falt(Literals.KUND__KUND_ID), Literals.KUND__KUND_ID);
        fodelsedatum = etikett(styling, Messages.fodelsedatum, Literals.KUND__FODELSEDATUM);
        text(styling, Literals.KUND__NAMN);
        text(styling, Literals.KUND__PERSONNUMMER);
        val(styling, Literals.KUND__KON, Etiketter.alla(Kon.VALUES, true));
        text(styling, Literals.KUND__KOMMUN);
        text(styling, Literals.KUND__SPRAK);
        val(styling, Literals.KUND__UTBILDNINGSNIVA, Etiketter.alla(Utbildningsniva.VALUES, false));
        text(styling, Literals.KUND__ARBETSFORMAGA);
        kryss(styling, Literals.KUND__ARBETSFORMAGA_OKLAR);
        text(styling, Literals.KUND__ANSVARIG_KARRIARVAGLEDARE);
        kryss(styling, Literals.KUND__EKONOMISKT_BISTAND);
        kryss(styling, Literals.KUND__TOLKBEHOV);
        kryss(styling, Literals.KUND__ETABLERINGSPROGRAM);
        kryss(styling, Literals.KUND__ETABLERINGSERSATTNING);
    }

    Composite kontroll() {
        return ram;
    }

    /** The control editing the attribute, or null for one the form does not edit. */
    Control kontroll(EAttribute attribut) {
        return kontroller.get(attribut);
    }

    List<Binding> bindningar() {
        return bindningar;
    }

    /**
     * Binds every field to the kund through the editing domain, replacing earlier bindings. A kund
     * whose personnummer the user may not see in full is shown, never edited: its masked number
     * must not be written back.
     */
    void bind(Kund kund, EditingDomain doman, boolean redigerbar) {
        losgor();
        Realm realm = DisplayRealm.getRealm(ram.getDisplay());
        kontext = new DataBindingContext(realm);
        bindText(realm, kund, doman, Literals.KUND__NAMN, Kundformular::textEllerNull, Kundformular::somText);
        bindText(realm, kund, doman, Literals.KUND__PERSONNUMMER, s -> textEllerNull(s.replace("-", "")), //$NON-NLS-1$ //$NON-NLS-2$
                s -> s == null ? "" : Personnummer.formaterat((String) s)); //$NON-NLS-1$
        bindText(realm, kund, doman, Literals.KUND__KOMMUN, Kundformular::textEllerNull, Kundformular::somText);
        bindText(realm, kund, doman, Literals.KUND__SPRAK, Kundformular::textEllerNull, Kundformular::somText);
        bindText(realm, kund, doman, Literals.KUND__ANSVARIG_KARRIARVAGLEDARE, Kundformular::textEllerNull, Kundformular::somText);
        bindText(realm, kund, doman, Literals.KUND__ARBETSFORMAGA, s -> s.isBlank() ? null : Integer.valueOf(s.strip()),
                v -> v == null ? "" : v.toString()); //$NON-NLS-1$
        bindVal(realm, kund, doman, Literals.KUND__KON, i -> i <= 0 ? null : Kon.get(i - 1),
                v -> v == null ? 0 : ((Kon) v).getValue() + 1);
        bindVal(realm, kund, doman, Literals.KUND__UTBILDNINGSNIVA, i -> Utbildningsniva.get(Math.max(i, 0)),
                v -> v == null ? Utbildningsniva.EJ_ANGIVET_VALUE : ((Utbildningsniva) v).getValue());
        for (EAttribute a : kontroller.keySet()) {
            if (kontroller.get(a) instanceof Button kryss) {
                IObservableValue<Boolean> mal = WidgetProperties.buttonSelection().observe(kryss);
                bindningar.add(kontext.bindValue(mal, modell(realm, kund, doman, a)));
            }
        }
        boolean personnummerSynligt = !String.valueOf(kund.getPersonnummer()).contains("*"); //$NON-NLS-1$
        for (Map.Entry<EAttribute, Control> k : kontroller.entrySet()) {
            boolean andras = redigerbar && (k.getKey() != Literals.KUND__PERSONNUMMER || personnummerSynligt);
            if (k.getValue() instanceof Text t) {
                t.setEditable(andras);
            } else {
                k.getValue().setEnabled(andras);
            }
        }
        visaHarlett(kund);
    }

    /** The derived values, which no binding follows: kund-id and the birth date the personnummer gives. */
    void visaHarlett(Kund kund) {
        kundId.setText(kund.getKundId() == null ? "" : kund.getKundId()); //$NON-NLS-1$
        fodelsedatum.setText(Kunduppgifter.datum(Personnummer.fodelsedatum(kund.getPersonnummer())));
        // both were laid out empty for a new kund: without this they keep a width of nothing
        kundId.requestLayout();
        fodelsedatum.requestLayout();
    }

    /**
     * True when the focused field holds text the user typed but has not confirmed (no command yet):
     * the editor counts it as a change. Compared with the model rather than tracked by events, since
     * the binding's own updates of the field look like typing.
     */
    boolean okvitterad() {
        Control fokus = ram.isDisposed() ? null : ram.getDisplay().getFocusControl();
        return fokus instanceof Text t && t.getEditable() && modellvarden.containsKey(t) && !t.getText().equals(modellvarden.get(t).get());
    }

    /** Confirms what the user typed in the focused field, as Enter would. */
    void verkstall() {
        Control fokus = ram.getDisplay().getFocusControl();
        if (fokus instanceof Text t && kontroller.containsValue(t) && t.getEditable()) {
            t.notifyListeners(SWT.DefaultSelection, new Event());
        }
    }

    void fokus() {
        kontroller.get(Literals.KUND__NAMN).setFocus();
    }

    void losgor() {
        if (kontext != null) {
            kontext.dispose();
            kontext = null;
        }
        bindningar.clear();
        modellvarden.clear();
    }

    @SuppressWarnings("unchecked")
    private static <T> IObservableValue<T> modell(Realm realm, Kund kund, EditingDomain doman, EAttribute a) {
        return EMFEditProperties.value(doman, a).observe(realm, kund);
    }

    private void bindText(Realm realm, Kund kund, EditingDomain doman, EAttribute a, Function<String, Object> tillModell,
            Function<Object, String> tillText) {
        IValidator<String> kontroll = a != Literals.KUND__ARBETSFORMAGA ? null
                : s -> s.isBlank() || s.strip().matches("\\d{1,3}") ? ValidationStatus.ok() //$NON-NLS-1$
                        : ValidationStatus.error(Messages.arbetsformagaHeltal);
        Text text = (Text) kontroller.get(a);
        Textbindning t = Textbindning.binda(kontext, text, modell(realm, kund, doman, a), tillModell, tillText, kontroll);
        modellvarden.put(text, t.visas());
        bindningar.add(t.bindning());
    }

    private void bindVal(Realm realm, Kund kund, EditingDomain doman, EAttribute a, Function<Integer, Object> tillModell,
            Function<Object, Integer> tillIndex) {
        IObservableValue<Integer> mal = WidgetProperties.singleSelectionIndex().observe((Combo) kontroller.get(a));
        bindningar.add(kontext.bindValue(mal, modell(realm, kund, doman, a),
                UpdateValueStrategy.create(IConverter.create(Integer.class, Object.class, tillModell)),
                UpdateValueStrategy.create(IConverter.create(Object.class, Integer.class, tillIndex))));
    }

    private static String somText(Object s) {
        return s == null ? "" : (String) s; //$NON-NLS-1$
    }

    private static Object textEllerNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Label etikett(IStylingEngine styling, String namn, EAttribute a) {
        namnetikett(styling, namn);
        Label varde = new Label(ram, SWT.NONE);
        varde.setData(KunderPart.DATANYCKEL, PREFIX + a.getName());
        GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(varde);
        return varde;
    }

    private void text(IStylingEngine styling, EAttribute a) {
        namnetikett(styling, Meddelanden.falt(a));
        Text t = new Text(ram, SWT.BORDER | SWT.SINGLE);
        t.addListener(SWT.Modify, e -> vidInmatning.run());
        lagg(a, t);
    }

    private void val(IStylingEngine styling, EAttribute a, String[] etiketter) {
        namnetikett(styling, Meddelanden.falt(a));
        Combo c = new Combo(ram, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setItems(etiketter);
        lagg(a, c);
    }

    private void kryss(IStylingEngine styling, EAttribute a) {
        new Label(ram, SWT.NONE);
        Button b = new Button(ram, SWT.CHECK);
        b.setText(Meddelanden.falt(a));
        lagg(a, b);
    }

    private void lagg(EAttribute a, Control c) {
        c.setData(KunderPart.DATANYCKEL, PREFIX + a.getName());
        GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).minSize(140, SWT.DEFAULT).applyTo(c);
        kontroller.put(a, c);
    }

    private void namnetikett(IStylingEngine styling, String namn) {
        Label l = new Label(ram, SWT.NONE);
        l.setText(namn);
        styling.setClassname(l, "faltnamn"); //$NON-NLS-1$
    }
}
