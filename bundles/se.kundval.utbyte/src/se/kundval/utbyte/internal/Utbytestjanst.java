package se.kundval.utbyte.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.Importlager;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesfilregister;

/** {@link UtbytesService}: the interchange files of DOMAIN §9 through the core's data services. */
@Component(service = UtbytesService.class)
public class Utbytestjanst implements UtbytesService {

    private Importlager importlager;
    private Exportlager exportlager;
    private ReferensdataService referensdata;
    private Utbytesfilregister filregister;
    /** "Today" for an insats's status is the municipality's day: the Clock service is in Stockholm. */
    private volatile Clock klocka;

    @Reference
    void setImportlager(Importlager lager) {
        this.importlager = lager;
    }

    @Reference
    void setExportlager(Exportlager lager) {
        this.exportlager = lager;
    }

    @Reference
    void setReferensdataService(ReferensdataService service) {
        this.referensdata = service;
    }

    @Reference
    void setUtbytesfilregister(Utbytesfilregister register) {
        this.filregister = register;
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
    public List<Filrader> importera(Inloggning vem, Path katalog) {
        return new Importering(importlager, referensdata, pluginfiler(), klocka).importera(vem, katalog);
    }

    @Override
    public List<Filrader> importeraKundundersokning(Inloggning vem, Path katalog) {
        return new Importering(importlager, referensdata, filregister.filer(), klocka)
                .importeraKundundersokning(vem, katalog);
    }

    @Override
    public List<Filrader> exportera(Inloggning vem, Path katalog) {
        return new Exportering(exportlager, pluginfiler()).exportera(vem, katalog);
    }

    /** In file name order, so that messages and exports do not depend on the order plugins were installed in. */
    private List<Utbytesfil> pluginfiler() {
        return filregister.filer().stream().sorted(Comparator.comparing(Utbytesfil::filnamn)).toList();
    }
}
