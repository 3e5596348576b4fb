package se.kundval.kund.ui;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * One text field bound to a model value: confirmed with Enter or when focus leaves (one command per
 * edit), converted both ways, optionally checked before conversion, and shown in the model's form
 * once confirmed.
 *
 * @param bindning the binding, whose validation status tells a value that could not be converted
 * @param visas    the model's current value as the field shows it
 */
record Textbindning(Binding bindning, Supplier<String> visas) {

    static Textbindning binda(DataBindingContext kontext, Text text, IObservableValue<Object> modell, Function<String, Object> tillModell,
            Function<Object, String> tillText, IValidator<String> kontroll) {
        IObservableValue<String> mal = WidgetProperties.text(SWT.FocusOut, SWT.DefaultSelection).observe(text);
        UpdateValueStrategy<String, Object> inat = UpdateValueStrategy.create(IConverter.create(String.class, Object.class, tillModell));
        if (kontroll != null) {
            inat.setAfterGetValidator(kontroll);
        }
        UpdateValueStrategy<Object, String> utat = UpdateValueStrategy.create(IConverter.create(Object.class, String.class, tillText));
        Binding bindning = kontext.bindValue(mal, modell, inat, utat);
        Supplier<String> visas = () -> tillText.apply(modell.getValue());
        // 198503121234 is shown as 19850312-1234 once confirmed; the binding does not update the
        // field it has just read from, so it is asked to afterwards
        modell.addValueChangeListener(h -> text.getDisplay().asyncExec(() -> {
            if (!text.isDisposed() && !bindning.isDisposed() && !text.getText().equals(visas.get())) {
                bindning.updateModelToTarget();
            }
        }));
        return new Textbindning(bindning, visas);
    }
}
