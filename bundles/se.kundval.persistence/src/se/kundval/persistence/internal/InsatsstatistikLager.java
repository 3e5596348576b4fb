package se.kundval.persistence.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.core.tjanst.Bakgrund;
import se.kundval.core.tjanst.Effektuppfoljt;
import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.core.tjanst.Insatsuppgift;
import se.kundval.core.tjanst.InsatsstatistikService;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Insatstypdata;
import se.kundval.model.Kon;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Utbildningsniva;
import se.kundval.model.regler.Personnummer;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.persistence.internal.orm.Hamtplan;

/**
 * {@link InsatsstatistikService} with one streamed SQL query: a yearly report touches hundreds of
 * thousands of insatser, and materialising their aggregates through Hibernate would cost many
 * times the reading of the few columns a report needs (see docs/decisions/0041-rapportens-underlag.md).
 */
@Component(service = InsatsstatistikService.class)
public class InsatsstatistikLager implements InsatsstatistikService {

    private static final int BATCH = 1000;

    /** The listed insatser with what a list shows of them; E' and the bedömning as in {@link Statistikfragor#FRAGA}. */
    private static final String UPPGIFTER = """
            select i.id, i.insats_id, k.kund_id, k.namn, t.kod, a.orgnr, a.namn, i.startdatum, i.langd_manader,
                   i.slutdatum,
                   (select sum(b.langd_manader) from beslut b where b.insats_id = i.id and b.typ = 'FORLANGNING'),
                   av.avslutsdatum, av.avslutsorsak,
                   (select ab.lyckat from avslutsbedomning ab where ab.avslut_id = av.id
                     order by ab.lopnummer desc, ab.id desc fetch first 1 rows only)
            from insats i
            join kund k on k.id = i.kund_id
            join insatstyp t on t.id = i.insatstyp_id
            join anordnare a on a.id = i.anordnare_id
            left join avslut av on av.insats_id = i.id
            where i.id in (%s)
            """; //$NON-NLS-1$

    private Sessionskalla databas;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    /** Reports need LASA_RAPPORTER, which anordnare users lack, so no anordnare limit applies here. */
    @Override
    public void insatserUnder(Inloggning vem, LocalDate fran, LocalDate till, Consumer<Insatsfakta> mottagare) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        Periodlasning.las(databas, Statistikfragor.FRAGA, fran, till, InsatsstatistikLager::fakta, Insatsfakta::period, mottagare);
    }

    /**
     * One read for both (docs/decisions/0421-rapporten-i-en-lasning.md): the candidates of the whole
     * calendar months, each row kept for the statistics when it belongs to the exact period and for
     * the engine when it belongs to the months.
     */
    @Override
    public void insatserMedErsattning(Inloggning vem, LocalDate fran, LocalDate till, Consumer<Insatsfakta> statistik,
            Consumer<Ersattningsfakta> ersattning) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        vem.kraver(Rattighet.KORA_ERSATTNING);
        LocalDate forsta = fran.withDayOfMonth(1);
        LocalDate sista = YearMonth.from(till).atEndOfMonth();
        Periodlasning.las(databas, Statistikfragor.MED_ERSATTNING, forsta, sista, rs -> {
            Insatsfakta fakta = fakta(rs);
            Insatsperiod period = fakta.period();
            if (Periodlasning.under(period, fran, till)) {
                statistik.accept(fakta);
            }
            if (Periodlasning.under(period, forsta, sista)) {
                ersattning.accept(new Ersattningsfakta(rs.getString(27), fakta.orgnr(), rs.getString(28), fakta.insatstyp(), period,
                        fakta.avslutsorsak(), fakta.sysselsattning(), fakta.varaktighetManader(), fakta.bonusgrundande(),
                        rs.getInt(29) == 1));
            }
        });
    }

    private static Insatsfakta fakta(ResultSet rs) throws SQLException {
        Insatsperiod period = Periodlasning.period(rs, 8);
        int varaktighet = rs.getInt(15);
        Integer varaktighetManader = rs.wasNull() ? null : varaktighet;
        boolean lyckat = rs.getBoolean(16);
        Boolean bedomtLyckat = rs.wasNull() ? null : lyckat;
        boolean bonus = rs.getBoolean(17);
        Boolean bedomtBonus = rs.wasNull() ? null : bonus;
        return new Insatsfakta(rs.getLong(1), rs.getLong(2), enumVarde(Kon.class, rs.getString(3)),
                enumVarde(Utbildningsniva.class, rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                period.start(), rs.getInt(9), period.slut(), period.avslutsdatum(),
                enumVarde(Avslutsorsak.class, rs.getString(13)), enumVarde(Sysselsattningsform.class, rs.getString(14)),
                varaktighetManader, bedomtLyckat, bedomtBonus, bakgrund(rs, period.start()), new Effektuppfoljt(svar(rs, 23),
                        svar(rs, 24), svar(rs, 25)));
    }

    private static Bakgrund bakgrund(ResultSet rs, LocalDate start) throws SQLException {
        LocalDate fodd = Personnummer.fodelsedatum(rs.getString(18));
        int band = rs.getInt(26);
        Integer alder = fodd != null ? Integer.valueOf((int) ChronoUnit.YEARS.between(fodd, start))
                : rs.wasNull() ? null : Integer.valueOf(band);
        int formaga = rs.getInt(19);
        Integer arbetsformaga = rs.wasNull() ? null : formaga;
        return new Bakgrund(alder, arbetsformaga,
                rs.getBoolean(20), rs.getBoolean(21), rs.getBoolean(22));
    }

    private static Boolean svar(ResultSet rs, int kolumn) throws SQLException {
        boolean varde = rs.getBoolean(kolumn);
        return rs.wasNull() ? null : varde;
    }

    private static <E extends Enum<E>> E enumVarde(Class<E> typ, String namn) {
        return namn == null ? null : Enum.valueOf(typ, namn);
    }

    @Override
    public List<Insats> aktivaUnder(Inloggning vem, LocalDate fran, LocalDate till, Set<String> insatstyper) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        if (insatstyper.isEmpty()) {
            return List.of();
        }
        // the same candidates and plan as InsatsLager.aktivaUnder, limited to the types
        List<Insats> kandidater = databas.lasa(s -> {
            List<Insats> insatser = s.createSelectionQuery("from Insats i join fetch i.kund join fetch i.insatstyp t " //$NON-NLS-1$
                    + "join fetch i.anordnare where t.kod in :typer and i.startdatum <= :till and not exists (select a from Avslut a " //$NON-NLS-1$
                    + "where a.insats = i and a.avslutsdatum < :fran) order by i.startdatum, i.id", Insats.class) //$NON-NLS-1$
                    .setParameter("typer", insatstyper).setParameter("till", till).setParameter("fran", fran).getResultList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            databas.aggregat().fyll(s, insatser, InsatsLager.PERIODPLAN);
            return insatser;
        });
        return kandidater.stream().filter(i -> Insatsperiod.av(i).overlappar(fran, till)).toList();
    }

    @Override
    public List<Insatsuppgift> uppgifter(Inloggning vem, Collection<Long> insatsIds) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        List<Long> ids = new ArrayList<>(insatsIds);
        List<Insatsuppgift> resultat = new ArrayList<>();
        if (ids.isEmpty()) {
            return resultat;
        }
        databas.lasa(s -> s.doReturningWork(c -> {
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<Long> del = ids.subList(i, Math.min(ids.size(), i + BATCH));
                String parametrar = String.join(",", Collections.nCopies(del.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
                try (PreparedStatement ps = c.prepareStatement(UPPGIFTER.formatted(parametrar))) {
                    for (int p = 0; p < del.size(); p++) {
                        ps.setLong(p + 1, del.get(p));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            resultat.add(uppgift(rs));
                        }
                    }
                }
            }
            return null;
        }));
        resultat.sort(Comparator.comparing(Insatsuppgift::insatsId));
        return resultat;
    }

    private static Insatsuppgift uppgift(ResultSet rs) throws SQLException {
        LocalDate start = rs.getDate(8).toLocalDate();
        Date slutdatum = rs.getDate(10);
        LocalDate slut = slutdatum != null ? slutdatum.toLocalDate() : Insatsperiod.slutEfter(start, rs.getInt(9) + rs.getInt(11));
        Date avslutsdatum = rs.getDate(12);
        boolean lyckat = rs.getBoolean(14);
        Boolean bedomning = rs.wasNull() ? null : lyckat;
        return new Insatsuppgift(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), start, slut, avslutsdatum == null ? null : avslutsdatum.toLocalDate(),
                enumVarde(Avslutsorsak.class, rs.getString(13)), bedomning);
    }

    @Override
    public Map<Long, Insatstypdata> typdata(Inloggning vem, Collection<Long> insatsIds) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        List<Long> ids = new ArrayList<>(insatsIds);
        Map<Long, Insatstypdata> resultat = new HashMap<>();
        if (ids.isEmpty()) {
            return resultat;
        }
        databas.lasa(s -> {
            for (EClass klass : databas.aggregat().konkreta(Literals.INSATSTYPDATA)) {
                for (int i = 0; i < ids.size(); i += BATCH) {
                    List<Insatstypdata> data = s.createSelectionQuery("from " + klass.getName() //$NON-NLS-1$
                            + " d where d.insats.id in :ids", Insatstypdata.class) //$NON-NLS-1$
                            .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))).getResultList(); //$NON-NLS-1$
                    databas.aggregat().fyll(s, data, Hamtplan.ALLT);
                    data.forEach(d -> resultat.put(d.getInsats().getId(), d));
                }
            }
            return null;
        });
        return resultat;
    }
}
