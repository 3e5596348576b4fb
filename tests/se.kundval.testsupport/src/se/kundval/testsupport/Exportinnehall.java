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
        Exportlager.Register register = lager.lasRegister(vem);
        List<Kund> kunder = new ArrayList<>();
        lager.lasKunder(vem, kunder::addAll);
        List<Insats> insatser = new ArrayList<>();
        lager.lasInsatser(vem, insatser::addAll);
        return new Exportinnehall(register.anordnare(), kunder, insatser, register.enkatsvar(), register.enkatutskick(),
                register.priser());
    }
}
