package se.kundval.ui.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Control;

/**
 * A screenshot of every visible part, in the light and in the dark theme, kept as build output
 * ({@code target/skarmbilder}) so a reviewer sees each part in both themes without starting the
 * workbench. The theme in use before is restored.
 */
public final class Delbilder {

    public static final String LJUST = "se.kundval.app.tema.ljust";
    public static final String MORKT = "se.kundval.app.tema.morkt";

    private Delbilder() {
    }

    /** @return the files written: {@code <steg>-<part id>-ljust.png} and {@code …-morkt.png} */
    public static List<Path> spara(WorkbenchExtension wb, String steg) throws IOException {
        IThemeEngine teman = wb.context().get(IThemeEngine.class);
        String fore = teman == null || teman.getActiveTheme() == null ? LJUST : teman.getActiveTheme().getId();
        List<Path> filer = new ArrayList<>();
        try {
            for (String tema : List.of(LJUST, MORKT)) {
                if (teman != null) {
                    teman.setTheme(tema, false);
                    wb.spin();
                }
                String suffix = tema.equals(LJUST) ? "ljust" : "morkt";
                for (MPart del : synligaDelar(wb)) {
                    Control c = (Control) del.getWidget();
                    filer.add(WindowScreenshot.saveControl(c, fil(steg + "-" + kortId(del) + "-" + suffix)));
                }
            }
        } finally {
            if (teman != null) {
                teman.setTheme(fore, false);
                wb.spin();
            }
        }
        return filer;
    }

    private static List<MPart> synligaDelar(WorkbenchExtension wb) {
        return wb.context().get(EModelService.class).findElements(wb.application(), null, MPart.class).stream()
                .filter(d -> d.getWidget() instanceof Control c && !c.isDisposed() && c.isVisible() && c.getSize().x > 0
                        && c.getSize().y > 0)
                .toList();
    }

    private static String kortId(MPart del) {
        String id = del.getElementId();
        return id.substring(id.lastIndexOf('.') + 1) + (del.getTags().stream().filter(t -> t.startsWith("kundval.kund:"))
                .map(t -> "-" + t.substring(t.indexOf(':') + 1)).findFirst().orElse(""));
    }

    private static Path fil(String namn) {
        return Path.of(System.getProperty("kundval.skarmbilder", "target/skarmbilder"), namn + ".png");
    }
}
