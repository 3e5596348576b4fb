package se.kundval.core.dokument;

import java.util.OptionalLong;

/**
 * Where the documents' bytes are kept, apart from the model (docs/decisions/0370). Only the service
 * that checks the rights uses it, in the process that holds the database; not a remote service
 * (its name is no {@code …Service}, decision 0340), and it checks nothing itself.
 */
public interface Dokumentarkiv {

    /** Stores the bytes of a document whose row is saved, in the caller's transaction. */
    void spara(long dokumentId, byte[] innehall);

    /** The bytes of a document. */
    byte[] las(long dokumentId);

    /** The database id of the insats a document belongs to; empty when there is no such document. */
    OptionalLong insats(long dokumentId);
}
