package se.kundval.testsupport;

import java.util.ArrayList;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.Pris;

/**
 * Everything the export reads of a test's small database, its pages gathered into lists to compare
 * with: the product never gathers them (decision 0481).
 */
public record Exportinnehall(List<Anordnare> anordnare, List<Kund> kunder, List<Insats> insatser, List<Enkatsvar> enkatsvar,
        List<Enkatutskick> enkatutskick, List<Pris> priser) {

    public static Exportinnehall av(Exportlager lager, Inloggning vem) {
        List<Exportlager.Register> register = new ArrayList<>();
        List<Kund> kunder = new ArrayList<>();
        List<Insats> insatser = new ArrayList<>();
        lager.lasAllt(vem, new Exportlager.Mottagare() {
            @Override
            public void register(Exportlager.Register r) {
                register.add(r);
            }

            @Override
            public void kunder(List<Kund> sida) {
                kunder.addAll(sida);
            }

            @Override
            public void insatser(List<Insats> sida) {
                insatser.addAll(sida);
            }
        });
        Exportlager.Register r = register.get(0);
        return new Exportinnehall(r.anordnare(), kunder, insatser, r.enkatsvar(), r.enkatutskick(), r.priser());
    }
}
