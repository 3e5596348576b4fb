package se.kundval.behorighet.tests;

import se.kundval.testsupport.Tjanster;

/** Where a user's service calls go: the implementations in this process, or a session on the server. */
interface Tjanstekalla extends AutoCloseable {

    /** The services of this process, as the workbench and the command line use them in embedded mode. */
    Tjanstekalla LOKAL = Tjanster::hamta;

    <T> T tjanst(Class<T> typ);

    @Override
    default void close() {
    }
}
