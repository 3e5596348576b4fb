package se.kundval.rapport.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

import se.kundval.model.Insats;

/**
 * The insatser of the period as contributed report sections receive them, loaded only when a
 * section reads them: the report itself works from lean rows, and loading every aggregate of a
 * year would cost more than the whole report when no section needs them.
 */
final class LatInsatslista extends AbstractList<Insats> {

    private final Supplier<List<Insats>> laddning;
    private List<Insats> insatser;

    LatInsatslista(Supplier<List<Insats>> laddning) {
        this.laddning = laddning;
    }

    private List<Insats> insatser() {
        if (insatser == null) {
            insatser = List.copyOf(laddning.get());
        }
        return insatser;
    }

    @Override
    public Insats get(int index) {
        return insatser().get(index);
    }

    @Override
    public int size() {
        return insatser().size();
    }
}
