package se.kundval.persistence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.core.ersattning.ErsattningsfaktaService;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.tid.Insatsperiod;

/**
 * {@link ErsattningsfaktaService} with one streamed SQL query: a payment run or a yearly report
 * touches hundreds of thousands of insatser, and loading their aggregates cost 98 % of the run
 * (docs/benchmarks/ersattning.md, docs/decisions/0320-ersattningens-smala-lasvag.md).
 */
@Component(service = ErsattningsfaktaService.class)
public class ErsattningsfaktaLager implements ErsattningsfaktaService {

    /**
     * Candidates as {@link InsatsLager#aktivaUnder} selects them: started by the end of the period
     * and not closed before it. E' and the exact overlap are computed below as Insatsperiod does.
     * The current bedömning is the one with the highest löpnummer (later ones supersede earlier ones).
     */
    private static final String H2 = """
            select i.insats_id, a.orgnr, a.namn, t.kod, i.startdatum, i.langd_manader, i.slutdatum, %s,
                   av.avslutsdatum, av.avslutsorsak, av.sysselsattning, av.varaktighet_manader,
                   (select ab.bonusgrundande from avslutsbedomning ab where ab.avslut_id = av.id
                     order by ab.lopnummer desc, ab.id desc fetch first 1 rows only),
                   %s
            from insats i
            join insatstyp t on t.id = i.insatstyp_id
            join anordnare a on a.id = i.anordnare_id
            left join avslut av on av.insats_id = i.id
            """.formatted(Insatsfragment.FORLANGT_H2, Insatsfragment.BEKRAFTAD_H2) + Insatsfragment.KANDIDATER; //$NON-NLS-1$

    /** The same rows, set-based for PostgreSQL (docs/decisions/0420-en-lasning-per-databas.md). */
    private static final String POSTGRESQL = """
            select i.insats_id, a.orgnr, a.namn, t.kod, i.startdatum, i.langd_manader, i.slutdatum, %s,
                   av.avslutsdatum, av.avslutsorsak, av.sysselsattning, av.varaktighet_manader, ab.bonusgrundande,
                   %s
            from insats i
            join insatstyp t on t.id = i.insatstyp_id
            join anordnare a on a.id = i.anordnare_id
            """.formatted(Insatsfragment.FORLANGT_PG, Insatsfragment.BEKRAFTAD_PG) + Insatsfragment.FORLANGT_JOIN
            + "left join avslut av on av.insats_id = i.id\n" + Insatsfragment.BEDOMNING_JOIN + Insatsfragment.KANDIDATER; //$NON-NLS-1$

    private static final Periodlasning.Fraga FRAGA = new Periodlasning.Fraga(H2, POSTGRESQL);

    /** An anordnare user's read: the same, of its own organisation only. */
    private static final String EGEN = " and a.orgnr = ?"; //$NON-NLS-1$

    private static final Periodlasning.Fraga EGEN_FRAGA = new Periodlasning.Fraga(H2 + EGEN, POSTGRESQL + EGEN);

    private Sessionskalla databas;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    /**
     * The payment run's right; an anordnare user, who lacks it, reads only its own organisation's
     * insatser (the limit is in the query, so no other organisation's row leaves the database).
     */
    @Override
    public void insatserUnder(Inloggning vem, LocalDate fran, LocalDate till, Consumer<Ersattningsfakta> mottagare) {
        if (vem.begransadTillAnordnare()) {
            vem.kraver(Rattighet.RAPPORTERA_SOM_ANORDNARE);
            Periodlasning.las(databas, EGEN_FRAGA, fran, till, ErsattningsfaktaLager::fakta, Ersattningsfakta::period, mottagare,
                    vem.orgnr());
        } else {
            vem.kraver(Rattighet.KORA_ERSATTNING);
            Periodlasning.las(databas, FRAGA, fran, till, ErsattningsfaktaLager::fakta, Ersattningsfakta::period, mottagare);
        }
    }

    private static Ersattningsfakta fakta(ResultSet rs) throws SQLException {
        Insatsperiod period = Periodlasning.period(rs, 5);
        int varaktighet = rs.getInt(12);
        Integer varaktighetManader = rs.wasNull() ? null : varaktighet;
        boolean bonus = rs.getBoolean(13);
        Boolean bonusgrundande = rs.wasNull() ? null : bonus;
        return new Ersattningsfakta(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), period,
                enumVarde(Avslutsorsak.class, rs.getString(10)), enumVarde(Sysselsattningsform.class, rs.getString(11)),
                varaktighetManader, bonusgrundande, rs.getInt(14) == 1);
    }

    private static <E extends Enum<E>> E enumVarde(Class<E> typ, String namn) {
        return namn == null ? null : Enum.valueOf(typ, namn);
    }
}
