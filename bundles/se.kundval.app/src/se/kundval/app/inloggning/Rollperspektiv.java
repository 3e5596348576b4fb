package se.kundval.app.inloggning;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import se.kundval.model.Roll;

/**
 * Each role works in its own perspective of Application.e4xmi. The perspectives and their part
 * stacks have fixed element ids that the UI bundles' model fragments target (see
 * docs/decisions/0080-inloggning-och-rollperspektiv.md).
 */
public final class Rollperspektiv {

    public static final String PERSPEKTIVSTACK = "se.kundval.app.perspektivstack"; //$NON-NLS-1$
    public static final String KARRIARVAGLEDNING = "se.kundval.app.perspektiv.karriarvagledning"; //$NON-NLS-1$
    public static final String HANDLAGGNING = "se.kundval.app.perspektiv.handlaggning"; //$NON-NLS-1$
    public static final String ANORDNARE = "se.kundval.app.perspektiv.anordnare"; //$NON-NLS-1$
    public static final String KVALITET = "se.kundval.app.perspektiv.kvalitet"; //$NON-NLS-1$
    public static final String ADMINISTRATION = "se.kundval.app.perspektiv.administration"; //$NON-NLS-1$
    public static final String LOGGKONTROLL = "se.kundval.app.perspektiv.loggkontroll"; //$NON-NLS-1$

    private static final Map<Roll, String> PERSPEKTIV = new EnumMap<>(Roll.class);

    static {
        PERSPEKTIV.put(Roll.KARRIARVAGLEDARE, KARRIARVAGLEDNING);
        PERSPEKTIV.put(Roll.HANDLAGGARE, HANDLAGGNING);
        PERSPEKTIV.put(Roll.ANORDNARE, ANORDNARE);
        PERSPEKTIV.put(Roll.KVALITETSUTVECKLARE, KVALITET);
        PERSPEKTIV.put(Roll.ADMINISTRATOR, ADMINISTRATION);
        PERSPEKTIV.put(Roll.LOGGRANSKARE, LOGGKONTROLL);
    }

    private Rollperspektiv() {
    }

    /** The element id of the role's perspective. */
    public static String forRoll(Roll roll) {
        return PERSPEKTIV.get(roll);
    }

    /**
     * Before the window is rendered: makes the role's perspective the selected one, whatever the
     * saved layout had selected. Only the selected perspective is rendered, so the others cost nothing.
     */
    public static void valj(MApplication app, EModelService modell, Roll roll) {
        MPerspectiveStack stack = (MPerspectiveStack) modell.find(PERSPEKTIVSTACK, app);
        MPerspective perspektiv = (MPerspective) modell.find(forRoll(roll), app);
        if (stack != null && perspektiv != null) {
            stack.setSelectedElement(perspektiv);
        }
    }

    /** In the running workbench, after a new login: shows the role's perspective. */
    static void byt(MApplication app, EModelService modell, EPartService delar, Roll roll) {
        MPerspective perspektiv = (MPerspective) modell.find(forRoll(roll), app);
        if (perspektiv != null) {
            delar.switchPerspective(perspektiv);
        }
    }
}
