package se.kundval.arendelista.ui;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.tjanst.Arenderad;

/**
 * One measurement of Mina kunder's own table (the part's {@link Arendetabell} and {@link Arendelista},
 * with its styles, filter row, sorting and row marks) in a window of 1 600 × 1 000 points: from making
 * the table with the caseload to the end of its first paint, the heap it then holds, scrolling with
 * the scroll bar to the last row and back, and a filter typed in the Anordnare column. The heap is
 * read after garbage collection, as what the table keeps, not what it passed through.
 *
 * @param forstaMalning ms from making the table to its first paint
 * @param heapMalning   MB held after the first paint, beyond what was held before the table
 * @param rullning      ms for 40 steps to the last row and 40 back, each painted
 * @param heapRullning  MB held after scrolling
 * @param filtrering    ms to filter and paint the rows left
 * @param heapFiltrering MB held after filtering
 */
record Tabellmatning(double forstaMalning, double heapMalning, double rullning, double heapRullning, double filtrering,
        double heapFiltrering) {

    private static final int RULLSTEG = 40;
    private static final long VANTA_HOGST_MS = 120_000;

    static Tabellmatning mat(Display display, List<Arenderad> rader) {
        Shell skal = new Shell(display);
        skal.setLayout(new FillLayout());
        skal.setSize(1600, 1000);
        try {
            double fore = heapMb();
            long t0 = System.nanoTime();
            Arendelista lista = new Arendelista();
            Arendetabell tabell = new Arendetabell(skal, lista, r -> { }, () -> { });
            lista.efterAndring(tabell::nyaRader);
            lista.satt(rader);
            NatTable nat = tabell.natTable();
            int[] malningar = {0};
            nat.addListener(SWT.Paint, e -> malningar[0]++);
            skal.open();
            vantaPa(display, () -> malningar[0] > 0);
            double forsta = ms(t0);
            double heapMalning = heapMb() - fore;

            t0 = System.nanoTime();
            ScrollBar stapel = nat.getVerticalBar();
            int sista = Math.max(0, stapel.getMaximum() - stapel.getThumb());
            for (int i = 1; i <= RULLSTEG; i++) {
                rulla(nat, stapel, sista * i / RULLSTEG);
            }
            for (int i = RULLSTEG - 1; i >= 0; i--) {
                rulla(nat, stapel, sista * i / RULLSTEG);
            }
            double rullning = ms(t0);
            double heapRullning = heapMb() - fore;

            t0 = System.nanoTime();
            lista.filtrera(Map.of(Arendekolumn.ANORDNARE, "lotsen")); //$NON-NLS-1$
            nat.redraw();
            nat.update();
            double filtrering = ms(t0);
            return new Tabellmatning(forsta, heapMalning, rullning, heapRullning, filtrering, heapMb() - fore);
        } finally {
            skal.dispose();
            while (display.readAndDispatch()) {
                // the disposed window's last events
            }
        }
    }

    /** As the user drags the scroll bar: NatTable moves its viewport on the bar's event; the paint is waited for. */
    private static void rulla(NatTable nat, ScrollBar stapel, int lage) {
        stapel.setSelection(lage);
        stapel.notifyListeners(SWT.Selection, new Event());
        nat.redraw();
        nat.update();
    }

    private static void vantaPa(Display display, BooleanSupplier villkor) {
        long slut = System.currentTimeMillis() + VANTA_HOGST_MS;
        while (!villkor.getAsBoolean()) {
            if (System.currentTimeMillis() > slut) {
                throw new IllegalStateException("the table was never painted"); //$NON-NLS-1$
            }
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The heap in use after collection; collected a few times, since one call is only a request. */
    static double heapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }
}
