package se.kundval.anordnare.ui;

import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.model.Anordnare;
import se.kundval.ui.Felvisning;

/**
 * One save of the Anordnare part through the service, and what the user is told when it is refused:
 * validation errors at their fields, a taken organisationsnummer at its field, a save that someone
 * else's overtook in a dialog that lets the user choose, anything else in an error dialog.
 */
final class Anordnarsparning {

    /** Data key of the dialog that says someone else saved first. */
    static final String KONFLIKT = "se.kundval.anordnare.ui.konflikt"; //$NON-NLS-1$

    enum Utfall {
        /** Saved; the copy has its new id and version. */
        SPARAD,
        /** Not saved; the reason is shown and the user's changes are kept. */
        VAGRAD,
        /** Not saved; the user chose to read the other save instead. */
        LAS_IGEN
    }

    private final AnordnareService register;
    private final Anordnarformular formular;
    private final Shell skal;

    Anordnarsparning(AnordnareService register, Anordnarformular formular, Shell skal) {
        this.register = register;
        this.formular = formular;
        this.skal = skal;
    }

    Utfall spara(Inloggning vem, Anordnare kopia) {
        try {
            if (orgnrUpptaget(vem, kopia)) {
                return Utfall.VAGRAD;
            }
            register.spara(vem, kopia);
            return Utfall.SPARAD;
        } catch (ValideringException e) {
            formular.visaFel(kopia, e.diagnostic());
        } catch (KonfliktException e) {
            if (konflikt(e) == 0) {
                return Utfall.LAS_IGEN;
            }
        } catch (KundvalException e) {
            Felvisning.visa(skal, e);
        }
        return Utfall.VAGRAD;
    }

    /** The register's key is the orgnr: a second anordnare with the same number is refused at the field. */
    private boolean orgnrUpptaget(Inloggning vem, Anordnare kopia) {
        Optional<Anordnare> annan = register.hamtaMedOrgnr(vem, kopia.getOrgnr()).filter(a -> !a.getId().equals(kopia.getId()));
        annan.ifPresent(a -> formular.visaFel("", NLS.bind(Messages.orgnrUpptaget, a.getNamn()), "")); //$NON-NLS-1$ //$NON-NLS-2$
        return annan.isPresent();
    }

    /** Someone saved the anordnare after it was read: 0 to read it again, 1 to go on editing. */
    private int konflikt(KonfliktException fel) {
        return new MessageDialog(skal, Messages.konfliktRubrik, null, fel.getMessage() + "\n\n" + Messages.lasIgen, //$NON-NLS-1$
                MessageDialog.WARNING, 1, Messages.lasIgenKnapp, Messages.fortsattRedigera) {
            @Override
            protected void configureShell(Shell dialogskal) {
                super.configureShell(dialogskal);
                dialogskal.setData(AnordnarregisterPart.DATANYCKEL, KONFLIKT);
            }
        }.open();
    }
}
