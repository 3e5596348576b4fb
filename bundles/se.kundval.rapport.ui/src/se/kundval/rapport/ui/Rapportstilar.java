package se.kundval.rapport.ui;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

/**
 * How the report tables look: a {@link Cell} shows its text; uncertain figures in amber italics so
 * they stand out at a glance, headings and the total in bold, row names (the row header) left-aligned.
 */
final class Rapportstilar extends AbstractRegistryConfiguration {

    static final String OSAKER = "OSAKER"; //$NON-NLS-1$
    static final String AVSNITT = "AVSNITT"; //$NON-NLS-1$
    static final String TOTALT = "TOTALT"; //$NON-NLS-1$
    static final String NAMN = "NAMN"; //$NON-NLS-1$

    @Override
    public void configureRegistry(IConfigRegistry register) {
        register.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DisplayConverter() {
            @Override
            public Object canonicalToDisplayValue(Object varde) {
                return varde instanceof Cell c ? c.text() : varde;
            }

            @Override
            public Object displayToCanonicalValue(Object varde) {
                throw new UnsupportedOperationException("the report is computed, not edited"); //$NON-NLS-1$
            }
        });
        Style osaker = new Style();
        osaker.setAttributeValue(CellStyleAttributes.FONT, font(SWT.ITALIC));
        osaker.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.getColor(138, 90, 0));
        osaker.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(255, 246, 224));
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, osaker, DisplayMode.NORMAL, OSAKER);

        Style avsnitt = new Style();
        avsnitt.setAttributeValue(CellStyleAttributes.FONT, font(SWT.BOLD));
        avsnitt.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(238, 242, 247));
        avsnitt.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.getColor(31, 58, 95));
        avsnitt.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, avsnitt, DisplayMode.NORMAL, AVSNITT);

        Style totalt = new Style();
        totalt.setAttributeValue(CellStyleAttributes.FONT, font(SWT.BOLD));
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, totalt, DisplayMode.NORMAL, TOTALT);

        Style namn = new Style();
        namn.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, namn, DisplayMode.NORMAL, NAMN);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, namn, DisplayMode.SELECT, NAMN);
        register.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, avsnitt, DisplayMode.SELECT, AVSNITT);
    }

    private static Font font(int stil) {
        FontData standard = GUIHelper.DEFAULT_FONT.getFontData()[0];
        return GUIHelper.getFont(new FontData(standard.getName(), standard.getHeight(), stil));
    }
}
