package se.kundval.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * NatTable's text painter for the workbench's tables, painting the same pixels with less work per cell
 * (docs/decisions/0451-tabellernas-textmalare.md). On GTK every {@code GC.getFontMetrics} asks Pango
 * for the font's metrics and every {@code GC.textExtent} lays the text out again, and NatTable's own
 * painter asks for both for each cell it paints, looks each style attribute up again through the
 * cell's labels, and keeps its text widths under string keys that garbage collection clears. Here the
 * font's height and the widths of the texts painted are kept per font, each width in a bounded cache
 * (the texts in view and the "…" cuts of the widest), the style is read once per cell, and a
 * left-aligned text is not measured at all when the widths of its characters, each measured once,
 * show that it fits. A cell with several lines, wrapping or a size computed from its content is
 * painted by NatTable's own code.
 */
public class Textmalare extends TextPainter {

    /** Texts kept per font: several screens of distinct cell texts, a few hundred kB at most. */
    private static final int BREDDER_PER_TECKENSNITT = 4096;
    /** Fonts kept; a table uses two or three (normal, bold, a header's). */
    private static final int TECKENSNITT = 16;
    /** The first character after Latin-1 (Swedish and the names of the caseload): others make a text be measured whole. */
    private static final char FORSTA_UTANFOR = '\u0100';

    private final Map<Font, Matt> matt = new HashMap<>();
    /** The measures of the font the GC was last set up with: painting is on the UI thread only. */
    private Matt aktuella;

    /** Measures of one font: its line height and its texts' widths, as SWT measures them. */
    private static final class Matt {
        private final Font font;
        private int hojd = -1;
        private final Map<String, Integer> bredder = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> aldsta) {
                return size() > BREDDER_PER_TECKENSNITT;
            }
        };

        /** The width of each character from space to ÿ alone, 0 until measured. */
        private final int[] tecken = new int[FORSTA_UTANFOR - ' '];

        Matt(Font font) {
            this.font = font;
        }

        /**
         * At least the text's width, from its characters' widths each measured once: the sum of the
         * characters alone, and half a point per character for the rounding of each to whole points and for
         * kerning. Integer.MAX_VALUE for a text with other characters, which is then measured whole.
         */
        int hogst(GC gc, String text) {
            int summa = text.length() / 2 + 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < ' ' || c >= FORSTA_UTANFOR) {
                    return Integer.MAX_VALUE;
                }
                if (tecken[c - ' '] == 0) {
                    tecken[c - ' '] = Math.max(1, gc.textExtent(String.valueOf(c)).x);
                }
                summa += tecken[c - ' '];
            }
            return summa;
        }

        int hojd(GC gc) {
            if (hojd < 0) {
                hojd = gc.getFontMetrics().getHeight();
            }
            return hojd;
        }

        int bredd(GC gc, String text) {
            Integer bredd = bredder.get(text);
            if (bredd == null) {
                bredd = gc.textExtent(text).x;
                bredder.put(text, bredd);
            }
            return bredd;
        }
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle rectangle, IConfigRegistry configRegistry) {
        String text = paintFg ? convertDataType(cell, configRegistry) : null;
        if (text == null || !enRad(text)) {
            super.paintCell(cell, gc, rectangle, configRegistry);
            return;
        }
        IStyle stil = CellStyleUtil.getCellStyle(cell, configRegistry);
        Color bakgrund = stil.getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR);
        Color forgrund = stil.getAttributeValue(CellStyleAttributes.FOREGROUND_COLOR);
        Font font = stil.getAttributeValue(CellStyleAttributes.FONT);
        Color gcBakgrund = gc.getBackground();
        Color gcForgrund = gc.getForeground();
        Font gcFont = gc.getFont();
        if (paintBg && bakgrund != null) {
            gc.setBackground(bakgrund);
            gc.fillRectangle(rectangle);
        }
        Rectangle klipp = gc.getClipping();
        // NatTable's layer painter has already clipped to the cell: a clip set again costs Cairo a new region
        boolean klippa = !klipp.intersection(rectangle).equals(klipp);
        if (klippa) {
            gc.setClipping(rectangle.intersection(klipp));
        }
        // each setting, even to the value it has, gives Pango a changed context or the GC's layout a new font
        if (gc.getAntialias() != GUIHelper.DEFAULT_ANTIALIAS) {
            gc.setAntialias(GUIHelper.DEFAULT_ANTIALIAS);
        }
        if (gc.getTextAntialias() != GUIHelper.DEFAULT_TEXT_ANTIALIAS) {
            gc.setTextAntialias(GUIHelper.DEFAULT_TEXT_ANTIALIAS);
        }
        if (font == null || font != gcFont) {
            gc.setFont(font);
        }
        gc.setForeground(forgrund != null ? forgrund : GUIHelper.COLOR_LIST_FOREGROUND);
        gc.setBackground(bakgrund != null ? bakgrund : GUIHelper.COLOR_LIST_BACKGROUND);
        aktuella = matt(font != null ? font : gc.getDevice().getSystemFont());

        int hojd = aktuella.hojd(gc);
        String visad = isTrimText() ? text.trim() : text;
        HorizontalAlignmentEnum justering = stil.getAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT);
        // a left-aligned text without a line under or through it is drawn where it is whatever its width
        boolean breddBehovs = justering != HorizontalAlignmentEnum.LEFT || renderUnderlined(stil) || renderStrikethrough(stil);
        int bredd = -1;
        // NatTable cuts with "…" only what is wider than the cell and its spacing on both sides
        int ryms = rectangle.width + 2 * spacing;
        if (isCutText() && (breddBehovs || aktuella.hogst(gc, visad) > ryms)) {
            bredd = aktuella.bredd(gc, visad);
            if (bredd > ryms) {
                visad = getTextToDisplay(cell, gc, rectangle.width, text);
                bredd = aktuella.bredd(gc, visad);
            }
        } else if (breddBehovs) {
            bredd = aktuella.bredd(gc, visad);
        }
        int x = rectangle.x + (breddBehovs ? CellStyleUtil.getHorizontalAlignmentPadding(justering, rectangle, Math.min(bredd, rectangle.width))
                : 0) + spacing;
        int y = rectangle.y + CellStyleUtil.getVerticalAlignmentPadding(stil, rectangle, hojd + 2 * spacing) + spacing;
        gc.drawText(visad, x, y, SWT.DRAW_TRANSPARENT | SWT.DRAW_DELIMITER | SWT.DRAW_TAB);
        if (breddBehovs) {
            paintDecoration(stil, gc, x, y, bredd, hojd);
        }

        if (klippa) {
            gc.setClipping(klipp);
        }
        if (gc.getFont() != gcFont) {
            gc.setFont(gcFont);
        }
        gc.setForeground(gcForgrund);
        gc.setBackground(gcBakgrund);
    }

    /** Painted here: one line, not wrapped, the cell's size not computed from its text. */
    private boolean enRad(String text) {
        return !wrapText && !wordWrapping && !calculateByTextLength && !calculateByTextHeight
                && text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }

    @Override
    public void setupGCFromConfig(GC gc, IStyle cellStyle) {
        super.setupGCFromConfig(gc, cellStyle);
        Font font = cellStyle.getAttributeValue(CellStyleAttributes.FONT);
        aktuella = matt(font != null ? font : gc.getDevice().getSystemFont());
    }

    /** The width from this painter's cache for the font the GC was set up with (NatTable's "…" cutting and preferred width use it). */
    @Override
    protected int getLengthFromCache(GC gc, String text) {
        return aktuella == null ? super.getLengthFromCache(gc, text) : aktuella.bredd(gc, text);
    }

    private Matt matt(Font font) {
        Matt m = matt.get(font);
        // a disposed font's handle may be reused by a new font with other measures
        if (m == null || m.font != font && m.font.isDisposed()) {
            if (matt.size() >= TECKENSNITT) {
                matt.clear();
            }
            m = new Matt(font);
            matt.put(font, m);
        }
        return m;
    }
}
