package se.kundval.arendelista.ui;

import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.BorderPainter.BorderCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayerPainter;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The painter of Mina kunder's selection layer: NatTable's, which after painting the cells goes
 * through every cell in view a second time to find the selected ones and draw the line round them.
 * With nothing selected, as at the first paint and after every new read or filter, no cell can be
 * found, and that second pass was 5 % of the body's paint (docs/benchmarks/arbetsbank.md). A selected
 * cell is what the selection layer's model holds, so an empty model says there is nothing to draw.
 */
final class Markeringsmalare extends SelectionLayerPainter {

    private final SelectionLayer markering;

    Markeringsmalare(SelectionLayer markering) {
        this.markering = markering;
    }

    @Override
    protected BorderCell[][] getBorderCells(ILayer natLayer, int xOffset, int yOffset, Rectangle positionRectangle,
            Function<ILayerCell, Boolean> function) {
        return markering.getSelectionModel().isEmpty() ? null : super.getBorderCells(natLayer, xOffset, yOffset, positionRectangle, function);
    }
}
