package se.kundval.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;

/**
 * The users for trying the workbench on the demo database, every role, all with the password
 * {@value #LOSENORD} (hashed once by AnvandareService, the hash shared): karriärvägledare kv1–kv4, who own the demo
 * kunder (their kv column), handläggare hl1 and hl2, kvalitetsutvecklare kvalitet, loggranskare granskare,
 * administratörer admin and admin2 (a price needs a second administratör's approval, DOMAIN §12), and users of two anordnare that are in the kundval today: anordnare1 of the last generated
 * anordnare (authorised since 2024) and anordnare2 of the third (authorised since 2016). The README
 * lists them.
 */
public final class Demoanvandare {

    public static final String LOSENORD = "demo"; //$NON-NLS-1$

    private record Ny(String anvandarnamn, String namn, Roll roll, String orgnr) {
    }

    private Demoanvandare() {
    }

    /**
     * Adds the demo users that do not exist yet.
     *
     * @param anordnare the generated anordnare's orgnr, in order; the last and the third get a user
     * @return the user names added
     */
    public static List<String> skapa(AnvandareService tjanst, Inloggning vem, List<String> anordnare) {
        List<Ny> nya = new ArrayList<>(List.of(new Ny("admin", "Alva Administratör", Roll.ADMINISTRATOR, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("admin2", "Adam Ekström", Roll.ADMINISTRATOR, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("kv1", "Karin Lind", Roll.KARRIARVAGLEDARE, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("kv2", "Omar Haddad", Roll.KARRIARVAGLEDARE, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("kv3", "Lena Berg", Roll.KARRIARVAGLEDARE, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("kv4", "Jonas Ek", Roll.KARRIARVAGLEDARE, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("hl1", "Helena Sundin", Roll.HANDLAGGARE, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("hl2", "Patrik Nyström", Roll.HANDLAGGARE, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("kvalitet", "Sofia Wallin", Roll.KVALITETSUTVECKLARE, null), //$NON-NLS-1$ //$NON-NLS-2$
                new Ny("granskare", "Gustav Granskare", Roll.LOGGRANSKARE, null))); //$NON-NLS-1$ //$NON-NLS-2$
        if (!anordnare.isEmpty()) {
            nya.add(new Ny("anordnare1", "Anders Anordnare", Roll.ANORDNARE, anordnare.get(anordnare.size() - 1))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (anordnare.size() > 2) {
            nya.add(new Ny("anordnare2", "Amira Anordnare", Roll.ANORDNARE, anordnare.get(2))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Set<String> finns = tjanst.alla(vem).stream().map(Anvandare::getAnvandarnamn).collect(Collectors.toSet());
        List<String> skapade = new ArrayList<>();
        // one hash of the shared password for every demo user: 600 000 rounds each would make every
        // demo database and test that builds one wait seconds (docs/decisions/0314-demons-losenord.md)
        String hash = null;
        for (Ny n : nya) {
            if (!finns.contains(n.anvandarnamn())) {
                Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
                a.setAnvandarnamn(n.anvandarnamn());
                a.setNamn(n.namn());
                a.setRoll(n.roll());
                a.setOrgnr(n.orgnr());
                a.setAktiv(true);
                if (hash == null) {
                    tjanst.spara(vem, a, LOSENORD.toCharArray());
                    hash = a.getLosenordHash();
                } else {
                    a.setLosenordHash(hash);
                    tjanst.spara(vem, a, null);
                }
                skapade.add(n.anvandarnamn());
            }
        }
        return skapade;
    }
}
