package se.kundval.core.typ;

import java.util.List;
import java.util.Optional;

/** The insats types, kundval, shipped prices and schema additions of the installed plugins. */
public interface InsatstypRegister {

    List<InsatstypBeskrivning> typer();

    Optional<InsatstypBeskrivning> typ(String kod);

    List<KundvalBeskrivning> kundval();

    List<Prisforslag> prisforslag();

    List<Schemabidrag> schemabidrag();
}
