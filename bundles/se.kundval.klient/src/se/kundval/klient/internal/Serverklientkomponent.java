package se.kundval.klient.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.tjanst.Databas;
import se.kundval.klient.Certifikatkontroll;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serverklient;
import se.kundval.klient.Serversession;

/**
 * The workbench's {@link Serverklient}: one session at a time, whose remote services are registered
 * in the OSGi registry ranked above the embedded ones while it lasts. A part that still holds a
 * remote service after a logout is refused by it ("utloggad"), and never reaches the next user's
 * session: each session has its own proxies.
 */
@Component(service = Serverklient.class)
public final class Serverklientkomponent implements Serverklient {

    private final List<ServiceRegistration<?>> registreringar = new ArrayList<>();
    private BundleContext kontext;
    private Serversession session;

    @Activate
    void aktivera(BundleContext bunt) {
        this.kontext = bunt;
    }

    @Deactivate
    void avaktivera() {
        loggaUt();
    }

    @Override
    public synchronized Inloggning loggaIn(URI server, Inloggningsforsok forsok, Certifikatkontroll kontroll) {
        loggaUt();
        Serversession ny = Serversession.oppna(server, forsok, kontroll, Kandaservrar.iAnvandarensMapp());
        session = ny;
        for (Class<?> granssnitt : Fjarrtjanster.granssnitt()) {
            registrera(granssnitt, ny.tjanst(granssnitt));
        }
        registrera(Databas.class, ny.databas());
        return ny.inloggning();
    }

    @Override
    public synchronized void loggaUt() {
        registreringar.forEach(ServiceRegistration::unregister);
        registreringar.clear();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Override
    public synchronized boolean arInloggad() {
        return session != null;
    }

    @Override
    public synchronized Optional<URI> server() {
        return Optional.ofNullable(session).map(Serversession::server);
    }

    private <T> void registrera(Class<T> granssnitt, Object tjanst) {
        Hashtable<String, Object> egenskaper = new Hashtable<>();
        egenskaper.put(Constants.SERVICE_RANKING, RANKNING);
        egenskaper.put(FJARR, Boolean.TRUE);
        registreringar.add(kontext.registerService(granssnitt, granssnitt.cast(tjanst), egenskaper));
    }
}
