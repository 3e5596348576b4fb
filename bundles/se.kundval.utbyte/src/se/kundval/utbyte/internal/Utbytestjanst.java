package se.kundval.utbyte.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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

    /** "Today" for an insats's status is the municipality's day. */
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm"); //$NON-NLS-1$

    private Importlager importlager;
    private Exportlager exportlager;
    private ReferensdataService referensdata;
    private Utbytesfilregister filregister;

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

    @Override
    public List<Filrader> importera(Inloggning vem, Path katalog) {
        return new Importering(importlager, referensdata, pluginfiler(), Clock.system(STOCKHOLM)).importera(vem, katalog);
    }

    @Override
    public List<Filrader> importeraKundundersokning(Inloggning vem, Path katalog) {
        return new Importering(importlager, referensdata, filregister.filer(), Clock.system(STOCKHOLM))
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
