package se.kundval.ui.testsupport;

import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The user a UI test logs in as when it names none: a handläggare (who sees every kund and full
 * personnummer), saved through AnvandareService in the test's database with a password made for
 * this run only.
 */
final class StandardUser {

    static final String USER_NAME = "uitest";

    private StandardUser() {
    }

    /** Creates (or resets) the user and returns the login dialog's answer. */
    static Consumer<Shell> create() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        if (!Tjanster.hamta(Databas.class).arAnsluten()) {
            return dialog -> {
                throw new AssertionError("no database connected before the workbench started: connect the test's "
                        + "database in beforeStart, or log in with loggaIn(user, password)");
            };
        }
        AnvandareService users = Tjanster.hamta(AnvandareService.class);
        Anvandare user = users.alla(Testfall.ADMIN).stream().filter(a -> USER_NAME.equals(a.getAnvandarnamn())).findFirst()
                .orElseGet(KundvalFactory.eINSTANCE::createAnvandare);
        user.setAnvandarnamn(USER_NAME);
        user.setNamn("UI-test Handläggare");
        user.setRoll(Roll.HANDLAGGARE);
        user.setAktiv(true);
        String password = UUID.randomUUID().toString();
        users.spara(Testfall.ADMIN, user, password.toCharArray());
        return dialog -> WorkbenchExtension.typeLogin(dialog, USER_NAME, password);
    }
}
