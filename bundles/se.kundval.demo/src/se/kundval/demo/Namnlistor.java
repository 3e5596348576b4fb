package se.kundval.demo;

import java.util.List;
import java.util.Random;

/**
 * The words demo data is made of: names common in Nacka's population (Swedish and the largest
 * immigrant groups), the languages of the kundval's kunder, and made-up provider names.
 */
final class Namnlistor {

    static final List<String> KVINNONAMN = List.of("Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Elin", "Johanna", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "Åsa", "Linnéa", "Ida", "Malin", "Fatima", "Amina", "Leila", "Sahra", "Hodan", "Marjam", "Zainab", "Aster", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "Olena", "Katarzyna", "Ayşe", "Nadia", "Sofía", "Ingrid", "Birgitta", "Märta"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    static final List<String> MANSNAMN = List.of("Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Oskar", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "Björn", "Göran", "Jonas", "Mattias", "Ahmed", "Mohammed", "Ali", "Hassan", "Abdi", "Yonas", "Omid", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "Reza", "Andriy", "Piotr", "Mehmet", "Diego", "Nils", "Sven", "Åke", "Håkan"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    static final List<String> EFTERNAMN = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg", "Lindström", "Öberg", "Åkesson", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "Ali", "Mohamed", "Hassan", "Abdullahi", "Tesfay", "Haile", "Hosseini", "Ahmadi", "Kowalski", "Nowak", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "Kovalenko", "Shevchenko", "Yılmaz", "Demir", "García", "Rahimi", "Berg", "Sjöberg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    /** Modersmål with how many in a hundred kunder speak it. */
    static final List<Viktat<String>> SPRAK = List.of(new Viktat<>("svenska", 38), new Viktat<>("arabiska", 15), //$NON-NLS-1$ //$NON-NLS-2$
            new Viktat<>("somaliska", 8), new Viktat<>("tigrinja", 6), new Viktat<>("dari", 5), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Viktat<>("persiska", 5), new Viktat<>("engelska", 5), new Viktat<>("ukrainska", 5), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Viktat<>("polska", 3), new Viktat<>("turkiska", 3), new Viktat<>("kurdiska", 4), new Viktat<>("spanska", 3)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Folkbokföringskommun: the kundval is Nacka's, a few have moved. */
    static final List<Viktat<String>> KOMMUNER = List.of(new Viktat<>("Nacka", 94), new Viktat<>("Värmdö", 3), //$NON-NLS-1$ //$NON-NLS-2$
            new Viktat<>("Stockholm", 2), new Viktat<>("Tyresö", 1)); //$NON-NLS-1$ //$NON-NLS-2$

    static final List<String> ANORDNARE = List.of("Vägen Vidare AB", "Jobbfokus Nacka AB", "Framtidsbron AB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "Kompetensbryggan AB", "Nästa Steg i Sverige AB", "Språkporten Arbete AB", "Startlinjen AB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "Mentorshuset AB", "Stegvis Arbete AB", "Lotsen Nacka AB", "Inkludera Östra AB", "Arbetsglädje i Sickla AB"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** The karriärvägledare that own the kunder's cases (user names of the demo users). */
    static final List<String> KARRIARVAGLEDARE = List.of("kv1", "kv2", "kv3", "kv4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private Namnlistor() {
    }

    /** A value with a weight. */
    record Viktat<T>(T varde, int vikt) {
    }

    static <T> T valj(Random slump, List<Viktat<T>> alternativ) {
        int summa = alternativ.stream().mapToInt(Viktat::vikt).sum();
        int r = slump.nextInt(summa);
        int i = 0;
        while (r >= alternativ.get(i).vikt()) {
            r -= alternativ.get(i).vikt();
            i++;
        }
        return alternativ.get(i).varde();
    }

    static <T> T ett(Random slump, List<T> alternativ) {
        return alternativ.get(slump.nextInt(alternativ.size()));
    }
}
