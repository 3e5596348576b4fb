package se.kundval.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.ui.advanced.MAdvancedFactory;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.junit.jupiter.api.Test;

/**
 * A handläggare who quit with Avslutsbedömning on top could not start the workbench again: the
 * layout is saved without naming a fragment's own part as a stack's chosen tab, while a shared
 * part's placeholder keeps its place.
 */
class StackvalTest {

    @Test
    void enDelSomFragmentetLaggerIStackenSparasInteSomVald() {
        MApplication app = MApplicationFactory.INSTANCE.createApplication();
        MTrimmedWindow fonster = MBasicFactory.INSTANCE.createTrimmedWindow();
        app.getChildren().add(fonster);
        MPartStack huvud = MBasicFactory.INSTANCE.createPartStack();
        MPart ko = MBasicFactory.INSTANCE.createPart();
        ko.setElementId("se.kundval.avslut.ui.part.ko");
        huvud.getChildren().add(ko);
        huvud.setSelectedElement(ko);
        MPartStack detalj = MBasicFactory.INSTANCE.createPartStack();
        MPlaceholder insats = MAdvancedFactory.INSTANCE.createPlaceholder();
        detalj.getChildren().add(insats);
        detalj.setSelectedElement(insats);
        fonster.getChildren().add(huvud);
        fonster.getChildren().add(detalj);

        new Livscykel().forSparning(app);

        assertNull(huvud.getSelectedElement(), "the next start shows the stack's first tab");
        assertSame(insats, detalj.getSelectedElement(), "a placeholder is never replaced by a fragment");
    }
}
