package se.kundval.app;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

/**
 * Model add-on: what GTK draws itself — the menu bar and its menus, scroll bars, the date fields'
 * pop-ups — follows the workbench's theme. The CSS theme cannot reach them, so with the dark theme
 * GTK is told to prefer the dark variant of its own theme, and the light one again with the light
 * theme (docs/decisions/0334-morkt-tema-i-varje-del.md). SWT offers this only as its internal
 * {@code OS.setTheme}, the call the Eclipse IDE makes for its own dark theme; it is looked up by name
 * so that nothing else of SWT's internals is used, and on another windowing system nothing is done.
 */
public class Gtktema {

    private static final String MORKT = "se.kundval.app.tema.morkt"; //$NON-NLS-1$

    /** Sent by the theme engine for the remembered theme at start and for every switch. */
    @Inject
    @Optional
    void temaBytt(@UIEventTopic(IThemeEngine.Events.THEME_CHANGED) Event handelse) {
        if (handelse.getProperty(IThemeEngine.Events.THEME) instanceof ITheme tema) {
            foredra(MORKT.equals(tema.getId()));
        }
    }

    static void foredra(boolean mork) {
        if (!"gtk".equals(SWT.getPlatform())) { //$NON-NLS-1$
            return;
        }
        try {
            Display.class.getClassLoader().loadClass("org.eclipse.swt.internal.gtk.OS") //$NON-NLS-1$
                    .getMethod("setTheme", boolean.class).invoke(null, mork); //$NON-NLS-1$
        } catch (ReflectiveOperationException | LinkageError e) {
            // a later SWT without the call: the menu bar then keeps the desktop's theme, as before
            ILog.of(Gtktema.class).warn("could not tell GTK which variant of its theme to prefer", e); //$NON-NLS-1$
        }
    }
}
