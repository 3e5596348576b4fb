package se.kundval.kund.ui;

import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * The editing of one kund in one editor: an EMF editing domain whose command stack records every
 * change the user makes through the bound fields, so that undo, redo and the dirty marker all
 * follow the same stack. The editor puts it into its part context, where the Ångra, Gör om and
 * Spara handlers find the active editor's instance by injection.
 * <p>
 * The model has no generated item providers, so the reflective ones create the SetCommands.
 */
public final class Kundredigering {

    private final ComposedAdapterFactory fabrik = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    private final BasicCommandStack stack = new Andringsstack();
    private final AdapterFactoryEditingDomain doman = new AdapterFactoryEditingDomain(fabrik, stack);
    private final Runnable verkstall;

    /**
     * @param verkstall commits what the user has typed in the focused field but not yet confirmed,
     *                  so that an undo or a save acts on what is on the screen
     */
    Kundredigering(Runnable verkstall) {
        this.verkstall = verkstall;
    }

    EditingDomain doman() {
        return doman;
    }

    void lyssna(CommandStackListener lyssnare) {
        stack.addCommandStackListener(lyssnare);
    }

    public boolean kanAngra() {
        return stack.canUndo();
    }

    public boolean kanGoraOm() {
        return stack.canRedo();
    }

    public void angra() {
        verkstall.run();
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    public void gorOm() {
        verkstall.run();
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    /** True when the kund differs from what was last read or saved (undoing back to it clears it). */
    boolean osparad() {
        return stack.isSaveNeeded();
    }

    void verkstall() {
        verkstall.run();
    }

    /** The current state is what the database holds. */
    void sparad() {
        stack.saveIsDone();
    }

    /** Another kund object is being edited: the old commands refer to the old object. */
    void borjaOm() {
        stack.flush();
    }

    void stang() {
        stack.flush();
        fabrik.dispose();
    }

    /**
     * A command stack that records only changes: a binding sets the model whenever a field is
     * confirmed, also to the value it already has (a cleared field that was empty), and such a
     * command would be an undo step that visibly does nothing.
     */
    private static final class Andringsstack extends BasicCommandStack {

        @Override
        public void execute(Command command) {
            if (command instanceof SetCommand satt && satt.getOwner() != null && satt.getFeature() != null
                    && Objects.equals(satt.getOwner().eGet(satt.getFeature()), satt.getValue())) {
                command.dispose();
                return;
            }
            super.execute(command);
        }
    }
}
