package se.kundval.utbyte.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;

/**
 * insatser.csv (its månadsrapporter are read as a stream by {@link Rapportlasning}), mapped as docs/decisions/0010-utbytesformat.md says: the
 * beslutsdatum becomes a beviljande beslut, lyckat/bonusgrundande one avslutsbedömning, and the
 * status follows from the avslut and the start.
 */
final class Insatslasning {

    /** Who the beslut and bedömningar of an import are recorded as made by. */
    static final String IMPORT = "import"; //$NON-NLS-1$

    private static final String INSATS_ID = "insats_id"; //$NON-NLS-1$
    private static final String AVSLUTSDATUM = "avslutsdatum"; //$NON-NLS-1$
    private static final String AVSLUTSORSAK = "avslutsorsak"; //$NON-NLS-1$
    private static final String LYCKAT = "lyckat"; //$NON-NLS-1$
    private static final String BONUSGRUNDANDE = "bonusgrundande"; //$NON-NLS-1$

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private static final Set<Avslutsorsak> EGEN_FORSORJNING = Set.of(Avslutsorsak.ARBETE, Avslutsorsak.STUDIER,
            Avslutsorsak.EGET_FORETAG);
    private static final Set<Avslutsorsak> BONUSGRUNDANDE_ORSAKER = Set.of(Avslutsorsak.ARBETE, Avslutsorsak.STUDIER);

    private final Importkontext k;

    Insatslasning(Importkontext kontext) {
        this.k = kontext;
    }

    /** One row of insatser.csv: checked, and when right kept as a new insats. */
    void lasInsats(Utbytesrad rad) {
        Falt f = k.falt(Karnfil.INSATSER, rad);
        String insatsId = f.krav(INSATS_ID);
        String kundId = f.krav("kund_id"); //$NON-NLS-1$
        Insatstyp typ = k.typ(f, "insatstyp"); //$NON-NLS-1$
        String orgnr = f.krav("orgnr"); //$NON-NLS-1$
        LocalDate beslutsdatum = f.datum("beslutsdatum"); //$NON-NLS-1$
        LocalDate start = f.kravDatum("startdatum"); //$NON-NLS-1$
        Integer langd = f.kravHeltal("langd_manader", 1, 120); //$NON-NLS-1$
        LocalDate slut = f.datum("slutdatum"); //$NON-NLS-1$
        LocalDate avslutsdatum = f.datum(AVSLUTSDATUM);
        Avslutsorsak orsak = f.uppraknat(AVSLUTSORSAK, Literals.AVSLUTSORSAK);
        Boolean lyckat = f.jn(LYCKAT);
        Boolean bonus = f.jn(BONUSGRUNDANDE);
        avslutsfalt(f);
        if (beslutsdatum != null && start != null && beslutsdatum.isAfter(start)) {
            f.fel(NLS.bind(Messages.beslutEfterStart, beslutsdatum, start));
        }
        bedomningMotOrsak(f, orsak, lyckat, bonus);
        Kund kund = kundId == null ? null : k.kund(f, kundId);
        Anordnare anordnare = orgnr == null ? null : k.anordnare(f, orgnr);
        if (insatsId != null) {
            Importkontext.forstaGangen(f, k.insatsIdRad, insatsId, k.befintligt.insatsIds(),
                    () -> Importkontext.nyckel(INSATS_ID, insatsId));
        }
        if (f.ok()) {
            Insats insats = F.createInsats();
            insats.setInsatsId(insatsId);
            insats.setKund(kund);
            insats.setInsatstyp(typ);
            insats.setAnordnare(anordnare);
            insats.setStartdatum(start);
            insats.setLangdManader(langd);
            insats.setSlutdatum(slut);
            if (beslutsdatum != null) {
                insats.getBeslut().add(beviljande(beslutsdatum, langd));
            }
            if (avslutsdatum != null) {
                insats.setAvslut(avslut(avslutsdatum, orsak, lyckat, bonus));
                Sexmanadersuppfoljning bekraftelse = historiskBekraftelse(insats.getAvslut());
                if (bekraftelse != null) {
                    insats.getSexmanadersuppfoljningar().add(bekraftelse);
                }
            }
            insats.setStatus(avslutsdatum != null ? InsatsStatus.AVSLUTAD
                    : start.isAfter(k.idag) ? InsatsStatus.BEVILJAD : InsatsStatus.PAGAENDE);
            k.insatser.put(insatsId, insats);
            k.kalla(insats, Karnfil.INSATSER, rad.rad());
        }
    }

    /**
     * An avslut has its avslutsorsak (the model cannot hold an unknown one); avslutsorsak and a
     * judgement need an avslut; a judgement is both lyckat and bonusgrundande or neither.
     */
    private static void avslutsfalt(Falt f) {
        if (f.text(AVSLUTSDATUM) != null && f.text(AVSLUTSORSAK) == null) {
            f.krav(AVSLUTSORSAK);
        }
        if (f.text(AVSLUTSDATUM) == null) {
            for (String kolumn : List.of(AVSLUTSORSAK, LYCKAT, BONUSGRUNDANDE)) {
                if (f.text(kolumn) != null) {
                    f.fel(NLS.bind(Messages.kraverAvslutsdatum, kolumn, f.text(kolumn)));
                }
            }
        }
        if ((f.text(LYCKAT) == null) != (f.text(BONUSGRUNDANDE) == null)) {
            f.fel(NLS.bind(Messages.halvBedomning, varde(f.text(LYCKAT)), varde(f.text(BONUSGRUNDANDE))));
        }
    }

    /**
     * DOMAIN §6: lyckat means egen försörjning (arbete, studier or eget företag); bonusgrundande
     * also needs arbete or studier. A judgement the reason cannot carry would inflate the andel
     * lyckade of the quality report or pay a bonus the rules do not give.
     */
    private static void bedomningMotOrsak(Falt f, Avslutsorsak orsak, Boolean lyckat, Boolean bonus) {
        if (orsak == null) {
            return;
        }
        if (Boolean.TRUE.equals(lyckat) && !EGEN_FORSORJNING.contains(orsak)) {
            f.fel(NLS.bind(Messages.lyckatMedFelOrsak, orsak.getName()));
        }
        if (Boolean.TRUE.equals(bonus) && !BONUSGRUNDANDE_ORSAKER.contains(orsak)) {
            f.fel(NLS.bind(Messages.bonusMedFelOrsak, orsak.getName()));
        }
    }

    private static String varde(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    private Beslut beviljande(LocalDate datum, int langd) {
        Beslut b = F.createBeslut();
        b.setTyp(BeslutTyp.BEVILJANDE);
        b.setDatum(datum);
        b.setLangdManader(langd);
        b.setHandlaggare(IMPORT);
        b.setTidpunkt(k.nu);
        return b;
    }

    private Avslut avslut(LocalDate datum, Avslutsorsak orsak, Boolean lyckat, Boolean bonus) {
        Avslut a = F.createAvslut();
        a.setAvslutsdatum(datum);
        a.setAvslutsorsak(orsak);
        if (lyckat != null && bonus != null) {
            Avslutsbedomning b = F.createAvslutsbedomning();
            b.setLopnummer(1);
            b.setLyckat(lyckat);
            b.setBonusgrundande(bonus);
            b.setBedomdAv(IMPORT);
            b.setTidpunkt(k.nu);
            a.getBedomningar().add(b);
        }
        return a;
    }

    /**
     * A bonusgrundande judgement from the previous system whose six months have passed included the
     * confirmed sexmånadersuppföljning; it is recreated so the bonus stays payable (decision 0060).
     * A more recent one waits for its follow-up like any new avslut.
     */
    private Sexmanadersuppfoljning historiskBekraftelse(Avslut avslut) {
        LocalDate sexManader = avslut.getAvslutsdatum().plusMonths(6);
        boolean bonus = avslut.getBedomningar().stream().anyMatch(Avslutsbedomning::isBonusgrundande);
        if (!bonus || sexManader.isAfter(k.nu.toLocalDate())) {
            return null;
        }
        Sexmanadersuppfoljning s = F.createSexmanadersuppfoljning();
        s.setInlamnad(sexManader);
        s.setStatus(Uppfoljningsstatus.BEKRAFTAD);
        s.setBedomdAv(IMPORT);
        s.setBedomdDatum(sexManader);
        return s;
    }
}
