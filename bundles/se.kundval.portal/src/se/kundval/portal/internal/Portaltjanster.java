package se.kundval.portal.internal;

import java.time.Clock;
import java.util.function.Supplier;

import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Portalkonton;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;

/**
 * The core services the portal calls: the same as the workbench's, so every rule and EValidator
 * check is the one the workbench applies. Suppliers, because OSGi services come and go.
 */
record Portaltjanster(Supplier<Autentisering> autentisering, Supplier<InsatsService> insatser,
        Supplier<UppfoljningService> uppfoljning, Supplier<AvslutService> avslut, Supplier<Clock> klocka,
        Supplier<DokumentService> dokument,
        Supplier<ErsattningService> ersattning,
        Supplier<JamforelseService> jamforelser,
        Supplier<Portalkonton> konton,
        Supplier<AnordnareService> anordnare) {
}
