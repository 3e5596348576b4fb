package se.kundval.persistence.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.tjanst.AnvandareService;

/** {@link Autentisering} by user name and password, the user then working from the attempt's client. */
@Component(service = Autentisering.class)
public class Losenordsautentisering implements Autentisering {

    private AnvandareService anvandare;

    @Reference
    void setAnvandareService(AnvandareService anvandareService) {
        this.anvandare = anvandareService;
    }

    @Override
    public Optional<Inloggning> autentisera(Inloggningsforsok forsok) {
        return anvandare.loggaIn(forsok.anvandarnamn(), forsok.losenord()).map(v -> new Inloggning(v.anvandarnamn(),
                v.namn(), v.roll(), v.orgnr(), forsok.klient(), null));
    }
}
