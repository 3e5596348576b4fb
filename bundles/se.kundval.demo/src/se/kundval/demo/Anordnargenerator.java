package se.kundval.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.kundval.model.Insatstyp;

/**
 * The anordnare of the kundval and their auktorisationer, which follow the types' validity: two
 * left with the jobbpeng kundval in mid-2024, two came with the 2024 redesign, the others have
 * been there throughout. Every type gets at least two authorised anordnare.
 */
final class Anordnargenerator {

    private static final LocalDate KUNDVALETS_START = LocalDate.of(2016, 1, 1);
    private static final LocalDate OMGORNING = LocalDate.of(2024, 1, 1);
    private static final LocalDate JOBBPENG_SLUT = LocalDate.of(2024, 6, 30);

    private final Identiteter identiteter;

    Anordnargenerator(Identiteter identiteter) {
        this.identiteter = identiteter;
    }

    List<Demoanordnare> anordnare(List<Insatstyp> typer) {
        List<Demoanordnare> alla = new ArrayList<>();
        int antal = Namnlistor.ANORDNARE.size();
        for (int i = 0; i < antal; i++) {
            LocalDate fran = i >= antal - 2 ? OMGORNING : KUNDVALETS_START.plusMonths(4L * i);
            LocalDate till = i < 2 ? JOBBPENG_SLUT : null;
            alla.add(new Demoanordnare(identiteter.organisationsnummer(), Namnlistor.ANORDNARE.get(i), fran, till));
        }
        for (int j = 0; j < typer.size(); j++) {
            Insatstyp typ = typer.get(j);
            List<Demoanordnare> auktoriserade = new ArrayList<>();
            for (int i = 0; i < alla.size(); i++) {
                if ((i + j) % 3 != 0 && auktorisera(alla.get(i), typ)) {
                    auktoriserade.add(alla.get(i));
                }
            }
            if (auktoriserade.size() < 2) {
                alla.stream().filter(a -> !auktoriserade.contains(a)).forEach(a -> auktorisera(a, typ));
            }
        }
        return alla;
    }

    /** Authorises the anordnare for the part of its own time that the type is offered; false when they do not overlap. */
    static boolean auktorisera(Demoanordnare a, Insatstyp typ) {
        LocalDate fran = typ.getGiltigFran() == null || typ.getGiltigFran().isBefore(a.fran()) ? a.fran() : typ.getGiltigFran();
        LocalDate till = tidigast(typ.getGiltigTill(), a.till());
        if (till != null && till.isBefore(fran)) {
            return false;
        }
        a.auktorisationer().add(new Demoanordnare.Auktorisation(typ, fran, till));
        return true;
    }

    private static LocalDate tidigast(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
