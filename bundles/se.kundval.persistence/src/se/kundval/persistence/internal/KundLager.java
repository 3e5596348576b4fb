package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.hibernate.query.SelectionQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundakt;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.core.tjanst.Kundkolumn;
import se.kundval.core.tjanst.Kundsida;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.model.regler.Personnummer;
import se.kundval.persistence.internal.orm.Aggregatlager;
import se.kundval.persistence.internal.orm.Revision;

/** {@link KundService} on Hibernate: paged, filtered queries and in-place saves. */
@Component(service = KundService.class)
public class KundLager implements KundService {

    private static final Map<Kundkolumn, String> KOLUMNER = Map.of(
            Kundkolumn.KUND_ID, "k.kundId", Kundkolumn.PERSONNUMMER, "k.personnummer", //$NON-NLS-1$ //$NON-NLS-2$
            Kundkolumn.NAMN, "k.namn", Kundkolumn.KON, "cast(k.kon as String)", //$NON-NLS-1$ //$NON-NLS-2$
            Kundkolumn.KOMMUN, "k.kommun", Kundkolumn.SPRAK, "k.sprak", //$NON-NLS-1$ //$NON-NLS-2$
            Kundkolumn.UTBILDNINGSNIVA, "cast(k.utbildningsniva as String)", //$NON-NLS-1$
            Kundkolumn.ANSVARIG, "k.ansvarigKarriarvagledare"); //$NON-NLS-1$

    private static final String PLATS = "Kunder"; //$NON-NLS-1$

    private Sessionskalla databas;
    private Atkomstskrivning atkomst;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference
    void setAtkomstskrivning(Atkomstskrivning atkomstskrivning) {
        this.atkomst = atkomstskrivning;
    }

    /** Dynamic and greedy: a clock registered later with a higher ranking (a test's fixed day) takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes, and without one the component stops. */
    void unsetClock(Clock clock) {
    }

    @Override
    public Kundsida sok(Inloggning vem, Kundfraga fraga) {
        vem.kraver(Rattighet.LASA_KUNDER);
        List<String> villkor = new ArrayList<>();
        Map<String, Object> parametrar = new HashMap<>();
        Atkomst.begransaKunder(vem, "k", villkor, parametrar); //$NON-NLS-1$
        // a gallrad akt is anonymous statistics, no kund anyone looks up (docs/decisions/0210-gallring.md)
        villkor.add("k.personnummer is not null"); //$NON-NLS-1$
        fraga.filter().forEach((kolumn, text) -> {
            if (text != null && !text.isBlank()) {
                String uttryck = KOLUMNER.get(kolumn);
                String sokt = text.strip();
                if (kolumn == Kundkolumn.PERSONNUMMER) {
                    sokt = sokt.replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
                    if (!vem.har(Rattighet.SE_FULLSTANDIGT_PERSONNUMMER)) {
                        uttryck = "substring(k.personnummer, 1, 8)"; // only the part the user can see //$NON-NLS-1$
                    }
                }
                String namn = "f" + parametrar.size(); //$NON-NLS-1$
                villkor.add("lower(" + uttryck + ") like :" + namn + " escape '!'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                parametrar.put(namn, "%" + likeText(sokt) + "%"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        String dar = villkor.isEmpty() ? "" : " where " + String.join(" and ", villkor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String ordning = " order by " + KOLUMNER.get(fraga.sortering() == null ? Kundkolumn.KUND_ID : fraga.sortering()) //$NON-NLS-1$
                + (fraga.fallande() ? " desc" : "") + ", k.id"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Kundsida traff = databas.lasa(s -> {
            SelectionQuery<Long> antal = s.createSelectionQuery("select count(k) from Kund k" + dar, Long.class); //$NON-NLS-1$
            SelectionQuery<Kund> sida = s.createSelectionQuery("from Kund k" + dar + ordning, Kund.class); //$NON-NLS-1$
            parametrar.forEach((n, v) -> {
                antal.setParameter(n, v);
                sida.setParameter(n, v);
            });
            List<Kund> kunder = sida.setFirstResult(fraga.forsta()).setMaxResults(fraga.antal()).getResultList();
            return new Kundsida(kunder, Math.toIntExact(antal.getSingleResult()));
        });
        return new Kundsida(lastaAv(vem, Atkomsthandling.LASA, traff.kunder()), traff.totalt());
    }

    /** Logs the access to each kund (DOMAIN §12), then hands them out as the user may see them. */
    private List<Kund> lastaAv(Inloggning vem, Atkomsthandling handling, List<Kund> kunder) {
        atkomst.skriv(vem, handling, PLATS, kunder);
        Skyddsmask.maskera(vem, kunder, databas);
        return kunder;
    }

    private static String likeText(String text) {
        return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    @Override
    public Kund hamta(Inloggning vem, long id) {
        return lastaAv(vem, Atkomsthandling.LASA, List.of(las(vem, id))).get(0);
    }

    /** The kund as stored, once the user may reach it; neither logged nor masked yet. */
    private Kund las(Inloggning vem, long id) {
        vem.kraver(Rattighet.LASA_KUNDER);
        Kund kund = databas.lasa(s -> Aggregatlager.medId(s, Kund.class, id));
        if (kund == null) {
            throw new KundvalException(NLS.bind(Messages.finnsInte, "Kund", id)); //$NON-NLS-1$
        }
        Atkomst.kontrolleraKund(vem, databas, id);
        return kund;
    }

    @Override
    public Optional<Kund> hamtaMedKundId(Inloggning vem, String kundId) {
        vem.kraver(Rattighet.LASA_KUNDER);
        Kund kund = databas.lasa(s -> s.createSelectionQuery("from Kund k where k.kundId = :id", Kund.class) //$NON-NLS-1$
                .setParameter("id", kundId).getSingleResultOrNull()); //$NON-NLS-1$
        if (kund == null) {
            return Optional.empty();
        }
        Atkomst.kontrolleraKund(vem, databas, kund.getId());
        return Optional.of(lastaAv(vem, Atkomsthandling.LASA, List.of(kund)).get(0));
    }

    @Override
    public String nyttKundId() {
        return Arendenummer.nytt(databas, 'K', LocalDate.now(klocka));
    }

    @Override
    public Kund spara(Inloggning vem, Kund kund) {
        vem.kraver(Rattighet.REDIGERA_KUNDER);
        // before validation: a masked copy would otherwise be refused for its "Skyddad" personnummer
        Skyddsmask.kontrolleraSparad(vem, kund, databas);
        Diagnostic d = new KundvalDiagnostician().validate(kund);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new ValideringException(d);
        }
        Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), null, null);
        databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, kund, revision));
        atkomst.skriv(vem, Atkomsthandling.ANDRA, PLATS, List.of(kund));
        return kund;
    }

    @Override
    public List<Granskningshandelse> historik(Inloggning vem, long id) {
        Kund kund = hamta(vem, id);
        return somKunden(kund, Granskningslasning.historik(databas, Literals.KUND.getName(), id));
    }

    @Override
    public Kundakt akt(Inloggning vem, long id) {
        Kund kund = las(vem, id);
        List<Insats> insatser = Insatslasning.forKund(databas, vem, id);
        Map<Long, List<Granskningshandelse>> insatshistorik = new HashMap<>();
        insatser.forEach(i -> insatshistorik.put(i.getId(), Granskningslasning.historik(databas, Literals.INSATS.getName(), i.getId())));
        // the insatser hold their own copy of the kund, hidden as the kund is
        List<Kund> kopior = new ArrayList<>(List.of(kund));
        kopior.addAll(Insatslasning.kunder(insatser));
        atkomst.skriv(vem, Atkomsthandling.LASA, PLATS, List.of(kund));
        Skyddsmask.maskera(vem, kopior, databas);
        return new Kundakt(kund, somKunden(kund, Granskningslasning.historik(databas, Literals.KUND.getName(), id)), insatser,
                insatshistorik);
    }

    /** The history must not show what the kund as read hides: a protected identity, a masked personnummer. */
    private static List<Granskningshandelse> somKunden(Kund kund, List<Granskningshandelse> historik) {
        boolean dold = Messages.skyddad.equals(kund.getPersonnummer());
        Set<String> identitet = Set.of(Literals.KUND__NAMN.getName(), Literals.KUND__PERSONNUMMER.getName(), Literals.KUND__KOMMUN.getName());
        historik.forEach(h -> h.getAndringar().forEach(a -> {
            if (dold && identitet.contains(a.getFalt())) {
                a.setFore(a.getFore() == null ? null : Messages.skyddad);
                a.setEfter(a.getEfter() == null ? null : Messages.skyddad);
            } else if (kund.getPersonnummer() != null && kund.getPersonnummer().contains("*") //$NON-NLS-1$
                    && Literals.KUND__PERSONNUMMER.getName().equals(a.getFalt())) {
                a.setFore(a.getFore() == null ? null : Personnummer.maskerat(a.getFore()));
                a.setEfter(a.getEfter() == null ? null : Personnummer.maskerat(a.getEfter()));
            }
        }));
        return historik;
    }

    @Override
    public Kund markeraSkyddad(Inloggning vem, long id, boolean skyddad) {
        vem.kraver(Rattighet.MARKERA_SKYDDAD);
        Kund kund = databas.lasa(s -> Aggregatlager.medId(s, Kund.class, id));
        if (kund == null) {
            throw new KundvalException(NLS.bind(Messages.finnsInte, "Kund", id)); //$NON-NLS-1$
        }
        if (!Ansvar.egna(vem, List.of(kund), databas).contains(kund.getKundId())) {
            throw new AtkomstNekadException(NLS.bind(Messages.skyddadKanInteSparas, kund.getKundId()));
        }
        if (kund.isSkyddad() != skyddad) {
            kund.setSkyddad(skyddad);
            Revision revision = new Revision(vem.anvandarnamn(), LocalDateTime.now(klocka), Skyddsmask.HANDELSE_SKYDDAD,
                    skyddad ? "markerad" : "avmarkerad"); //$NON-NLS-1$ //$NON-NLS-2$
            databas.iTillstandslosTransaktion(ss -> databas.aggregat().spara(ss, kund, revision));
            atkomst.skriv(vem, Atkomsthandling.ANDRA, PLATS, List.of(kund));
        }
        return kund;
    }
}
