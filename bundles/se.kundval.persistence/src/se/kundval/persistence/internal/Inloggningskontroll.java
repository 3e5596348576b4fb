package se.kundval.persistence.internal;

import java.time.Clock;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Inloggningslage;
import se.kundval.core.autentisering.Inloggningsmetoder;

/**
 * The {@link Autentisering} the server calls (DOMAIN §11): every rule of {@link Inloggningsprovning}
 * with the installed methods, the TOTP code included; the user then works from the attempt's client.
 */
@Component(service = Autentisering.class)
public class Inloggningskontroll implements Autentisering {

    private Sessionskalla databas;
    private Inloggningsmetoder metoder;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference
    void setInloggningsmetoder(Inloggningsmetoder inloggningsmetoder) {
        this.metoder = inloggningsmetoder;
    }

    /** Dynamic and greedy: a clock registered later with a higher ranking (a test's fixed day) takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes, and without one the component stops. */
    void unsetClock(Clock clock) {
    }

    @Override
    public Optional<Inloggning> autentisera(Inloggningsforsok forsok) {
        return new Inloggningsprovning(databas, metoder, Losenord::stammer).prova(forsok, Inloggningslage.SERVER, klocka)
                .map(v -> new Inloggning(v.anvandarnamn(), v.namn(), v.roll(), v.orgnr(), forsok.klient(), null));
    }
}
