package se.kundval.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** A PNG of a shell as it is on screen; needs a real X server such as Xvfb. */
final class WindowScreenshot {

    private static final Duration SETTLE = Duration.ofMillis(300);

    private WindowScreenshot() {
    }

    static Path save(Shell shell, Path file) throws IOException {
        return save(shell, shell.getBounds(), file);
    }

    /**
     * Only the shell's client area, in display coordinates: a dialog's bounds also take in GTK's
     * invisible shadow around it, which would show the window underneath.
     */
    static Path saveClientArea(Shell shell, Path file) throws IOException {
        return save(shell, shell.getDisplay().map(shell, null, shell.getClientArea()), file);
    }

    /** One control (a part) as it is on screen, in display coordinates. */
    static Path saveControl(Control control, Path file) throws IOException {
        Rectangle b = control.getDisplay().map(control.getParent(), null, control.getBounds());
        return save(control.getShell(), b, file);
    }

    private static Path save(Shell shell, Rectangle b, Path file) throws IOException {
        Display display = shell.getDisplay();
        // a screen grab reads the X server's pixels: repaint everything and let it settle first
        shell.redraw(0, 0, b.width, b.height, true);
        shell.update();
        long settled = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < settled) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(file.toAbsolutePath().getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
