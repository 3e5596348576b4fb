package se.kundval.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * What the login tests of an encrypted local database (decision 0386) start from: an encrypted file
 * holding one user, closed again before the workbench starts, and no saved choice of database left by
 * an earlier test of this bundle.
 */
final class KrypteradLokalDatabas {

    private KrypteradLokalDatabas() {
    }

    static void skapa(Path fil, String nyckel, String anvandarnamn, String namn, Roll roll, String losenord) {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.klient");
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.krypterad(fil, nyckel.toCharArray()));
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(anvandarnamn);
        a.setNamn(namn);
        a.setRoll(roll);
        a.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a, losenord.toCharArray());
        databas.stang();
        IEclipsePreferences val = InstanceScope.INSTANCE.getNode("se.kundval.app");
        val.remove("databas.typ");
        try {
            val.flush();
        } catch (BackingStoreException e) {
            throw new AssertionError(e);
        }
    }
}
