package se.kundval.core.ersattning;

import java.util.function.Consumer;

/**
 * The compensation engine pricing insatser that someone else reads, so that a report reads each
 * insats once for its figures and its payments (docs/decisions/0421-rapporten-i-en-lasning.md): every
 * {@link Ersattningsfakta} handed to it is priced for the months it belongs to, its lines passed on
 * as they are made.
 */
public interface Prissattning extends Consumer<Ersattningsfakta> {

    /**
     * Ends the run. The lines passed on are an underlag only when this returns.
     *
     * @throws se.kundval.core.KundvalException naming every type met that has no installed plugin
     */
    void klar();
}
