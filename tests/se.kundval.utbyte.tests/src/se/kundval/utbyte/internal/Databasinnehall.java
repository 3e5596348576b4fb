package se.kundval.utbyte.internal;

import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.model.Pris;
import se.kundval.model.Roll;
import se.kundval.testsupport.Exportinnehall;

/** The number of rows of each kind in the database, and the prislista, to show that a refused import wrote nothing. */
record Databasinnehall(int anordnare, int auktorisationer, int kunder, int insatser, int manadsrapporter, int enkatsvar,
        int enkatutskick, List<String> priser) {

    static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);

    static Databasinnehall av(Exportlager lager) {
        Exportinnehall i = Exportinnehall.av(lager, ADMIN);
        return new Databasinnehall(i.anordnare().size(),
                i.anordnare().stream().mapToInt(a -> a.getAuktorisationer().size()).sum(), i.kunder().size(),
                i.insatser().size(), i.insatser().stream().mapToInt(x -> x.getManadsrapporter().size()).sum(),
                i.enkatsvar().size(), i.enkatutskick().size(), i.priser().stream().map(Databasinnehall::text).sorted().toList());
    }

    private static String text(Pris p) {
        return p.getInsatstyp().getKod() + " " + p.getGiltigFran() + " " + p.getCheckbelopp() + " " + p.getBonus();
    }
}
