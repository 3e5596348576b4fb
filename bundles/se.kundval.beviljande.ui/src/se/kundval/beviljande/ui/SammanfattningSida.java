package se.kundval.beviljande.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.typ.Regelutfall;

/**
 * Page 4: the beslut as it will be recorded – kund, type, anordnare, start, the computed planned end,
 * the overridden rules with their motivering – and the beslut's own motivering, without which it
 * cannot be made. Optionally the beslutsbrev is saved as PDF once the beslut is recorded.
 */
final class SammanfattningSida extends WizardPage {

    static final String MOTIVERING = "se.kundval.beviljande.ui.beslutMotivering"; //$NON-NLS-1$
    static final String BREV = "se.kundval.beviljande.ui.sparaBrev"; //$NON-NLS-1$
    static final String VARDE = "se.kundval.beviljande.ui.sammanfattning."; //$NON-NLS-1$

    private final Ansokan ansokan;
    private final Map<String, Label> varden = new LinkedHashMap<>();
    private Button sparaBrev;

    SammanfattningSida(Ansokan ansokan) {
        super("sammanfattning"); //$NON-NLS-1$
        this.ansokan = ansokan;
        setTitle(Messages.sammanfattningRubrik);
        setDescription(Messages.sammanfattningBeskrivning);
    }

    @Override
    public void createControl(Composite parent) {
        Composite yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(yta);
        for (String namn : new String[] {"kund", "typ", "anordnare", "start", "slut", "beslutsdatum", "undantag"}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            Label etikett = new Label(yta, SWT.NONE);
            etikett.setText(etikett(namn));
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.TOP).applyTo(etikett);
            Label varde = new Label(yta, SWT.WRAP);
            varde.setData(BeviljaInsatsHandler.DATANYCKEL, VARDE + namn);
            GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(varde);
            varden.put(namn, varde);
        }
        Label rubrik = new Label(yta, SWT.NONE);
        rubrik.setText(Messages.beslutetsMotivering);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(rubrik);
        Text motivering = new Text(yta, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        motivering.setData(BeviljaInsatsHandler.DATANYCKEL, MOTIVERING);
        motivering.setMessage(Messages.beslutetsMotiveringTips);
        motivering.addListener(SWT.Modify, h -> {
            ansokan.motivering = motivering.getText();
            setMessage(ansokan.motivering.isBlank() ? Messages.motiveringKravs : null);
            getContainer().updateButtons();
        });
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 70).applyTo(motivering);
        sparaBrev = new Button(yta, SWT.CHECK);
        sparaBrev.setText(Messages.sparaBrev);
        sparaBrev.setSelection(true);
        sparaBrev.setData(BeviljaInsatsHandler.DATANYCKEL, BREV);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(sparaBrev);
        setControl(yta);
    }

    @Override
    public void setVisible(boolean synlig) {
        if (synlig) {
            varden.get("kund").setText(ansokan.kund == null ? "" : ansokan.kund.getNamn() + " (" + ansokan.kund.getKundId() + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            varden.get("typ").setText(ansokan.typ.getKod() + " \u2013 " + ansokan.typ.getNamn()); //$NON-NLS-1$ //$NON-NLS-2$
            varden.get("anordnare").setText(ansokan.vald == null ? "" : ansokan.vald.namn() + " (" + ansokan.vald.orgnr() + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            varden.get("start").setText(ansokan.start.toString()); //$NON-NLS-1$
            varden.get("slut").setText(ansokan.provning.planeratSlut().toString()); //$NON-NLS-1$
            varden.get("beslutsdatum").setText(ansokan.beslutsdatum.toString()); //$NON-NLS-1$
            varden.get("undantag").setText(ansokan.provning.underkanda().isEmpty() ? Messages.ingaUndantag //$NON-NLS-1$
                    : ansokan.provning.underkanda().stream().map(this::undantag).collect(Collectors.joining("\n"))); //$NON-NLS-1$
            setMessage(ansokan.motivering.isBlank() ? Messages.motiveringKravs : null);
            ((Composite) getControl()).layout(true, true);
        }
        super.setVisible(synlig);
    }

    private String undantag(Regelutfall r) {
        return NLS.bind(Messages.undantagRad, r.namn(), ansokan.undantag.get(r.regel()).strip());
    }

    @Override
    public boolean isPageComplete() {
        return !ansokan.motivering.isBlank();
    }

    boolean sparaBrev() {
        return sparaBrev.getSelection();
    }

    private static String etikett(String namn) {
        return switch (namn) {
            case "kund" -> Messages.faltKund; //$NON-NLS-1$
            case "typ" -> Messages.faltTyp; //$NON-NLS-1$
            case "anordnare" -> Messages.faltAnordnare; //$NON-NLS-1$
            case "start" -> Messages.startdatum; //$NON-NLS-1$
            case "slut" -> Messages.faltPlaneratSlut; //$NON-NLS-1$
            case "beslutsdatum" -> Messages.beslutsdatum; //$NON-NLS-1$
            default -> Messages.faltUndantag;
        };
    }
}
