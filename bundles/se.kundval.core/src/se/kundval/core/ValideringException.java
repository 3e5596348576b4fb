package se.kundval.core;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/** The object broke domain rules; nothing was written. Carries the validator's diagnostics. */
public class ValideringException extends KundvalException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public ValideringException(Diagnostic diagnostic) {
        super(String.join("\n", meddelanden(diagnostic))); //$NON-NLS-1$
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    public static List<String> meddelanden(Diagnostic diagnostic) {
        if (diagnostic.getChildren().isEmpty()) {
            return List.of(diagnostic.getMessage());
        }
        return diagnostic.getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
    }
}
