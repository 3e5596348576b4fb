package se.kundval.rapport.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Insatstypdata;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Malsattning;

/**
 * Måluppfyllelse of an avslut by its type's own definition ({@code Insatstypmodell.maluppfyllelse}).
 * The type is asked about an insats rebuilt from the report's lean row: its type, dates, avslut with
 * the current bedömning, and its typdata when the type has any; an unjudged avslut is asked about as
 * not lyckat.
 */
final class Malbedomning {

    private final InsatstypRegister register;
    private final Map<String, Insatstyp> typer;
    private final Map<String, Optional<InsatstypBeskrivning>> beskrivningar = new HashMap<>();

    /** @param typer the types in the database by code, including those whose plugin is gone */
    Malbedomning(InsatstypRegister register, Map<String, Insatstyp> typer) {
        this.register = register;
        this.typer = typer;
    }

    /** True when the type judges måluppfyllelse on its own data, which then has to be loaded. */
    boolean behoverTypdata(String kod) {
        return beskrivning(kod).map(b -> b.typdata() != null).orElse(false);
    }

    boolean maluppfyllelse(Insatsfakta fakta, Insatstypdata typdata) {
        boolean lyckat = Boolean.TRUE.equals(fakta.lyckat());
        Optional<InsatstypBeskrivning> typ = beskrivning(fakta.insatstyp());
        if (typ.isEmpty()) {
            // the plugin is no longer installed: only egen försörjning can still be judged, by the bedömning
            Insatstyp iDatabasen = typer.get(fakta.insatstyp());
            return lyckat && iDatabasen != null && iDatabasen.getMalsattning() == Malsattning.EGEN_FORSORJNING;
        }
        return typ.get().modell().maluppfyllelse(insats(fakta, typdata), lyckat);
    }

    private Optional<InsatstypBeskrivning> beskrivning(String kod) {
        return beskrivningar.computeIfAbsent(kod, register::typ);
    }

    private Insats insats(Insatsfakta fakta, Insatstypdata typdata) {
        KundvalFactory f = KundvalFactory.eINSTANCE;
        Insats insats = f.createInsats();
        insats.setId(fakta.insatsId());
        insats.setInsatstyp(typer.get(fakta.insatstyp()));
        insats.setStartdatum(fakta.startdatum());
        insats.setLangdManader(fakta.langdManader());
        insats.setSlutdatum(fakta.slut());
        insats.setStatus(InsatsStatus.AVSLUTAD);
        Avslut avslut = f.createAvslut();
        avslut.setAvslutsdatum(fakta.avslutsdatum());
        avslut.setAvslutsorsak(fakta.avslutsorsak());
        avslut.setSysselsattning(fakta.sysselsattning());
        avslut.setVaraktighetManader(fakta.varaktighetManader());
        if (fakta.lyckat() != null) {
            Avslutsbedomning bedomning = f.createAvslutsbedomning();
            bedomning.setLopnummer(1);
            bedomning.setLyckat(fakta.lyckat());
            bedomning.setBonusgrundande(Boolean.TRUE.equals(fakta.bonusgrundande()));
            avslut.getBedomningar().add(bedomning);
        }
        insats.setAvslut(avslut);
        insats.setTypdata(typdata);
        return insats;
    }
}
