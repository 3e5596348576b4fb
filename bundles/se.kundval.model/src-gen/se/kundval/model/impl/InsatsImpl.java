/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Beslut;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Insatstypdata;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Sexmanadersuppfoljning;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Insats</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getInsatsId <em>Insats Id</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getKund <em>Kund</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getInsatstyp <em>Insatstyp</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getStartdatum <em>Startdatum</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getLangdManader <em>Langd Manader</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getSlutdatum <em>Slutdatum</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getBeslut <em>Beslut</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getAvslut <em>Avslut</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getGenomforandeplan <em>Genomforandeplan</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getManadsrapporter <em>Manadsrapporter</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getProgressgenomgangar <em>Progressgenomgangar</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getSexmanadersuppfoljningar <em>Sexmanadersuppfoljningar</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getEffektuppfoljningar <em>Effektuppfoljningar</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatsImpl#getTypdata <em>Typdata</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InsatsImpl extends EntitetImpl implements Insats {
	/**
	 * The default value of the '{@link #getInsatsId() <em>Insats Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsatsId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSATS_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInsatsId() <em>Insats Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsatsId()
	 * @generated
	 * @ordered
	 */
	protected String insatsId = INSATS_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKund() <em>Kund</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKund()
	 * @generated
	 * @ordered
	 */
	protected Kund kund;

	/**
	 * The cached value of the '{@link #getInsatstyp() <em>Insatstyp</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsatstyp()
	 * @generated
	 * @ordered
	 */
	protected Insatstyp insatstyp;

	/**
	 * The cached value of the '{@link #getAnordnare() <em>Anordnare</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnordnare()
	 * @generated
	 * @ordered
	 */
	protected Anordnare anordnare;

	/**
	 * The default value of the '{@link #getStartdatum() <em>Startdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartdatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STARTDATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartdatum() <em>Startdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartdatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startdatum = STARTDATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getLangdManader() <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLangdManader()
	 * @generated
	 * @ordered
	 */
	protected static final int LANGD_MANADER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLangdManader() <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLangdManader()
	 * @generated
	 * @ordered
	 */
	protected int langdManader = LANGD_MANADER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlutdatum() <em>Slutdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlutdatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SLUTDATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlutdatum() <em>Slutdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlutdatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate slutdatum = SLUTDATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InsatsStatus STATUS_EDEFAULT = InsatsStatus.BEVILJAD;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InsatsStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBeslut() <em>Beslut</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeslut()
	 * @generated
	 * @ordered
	 */
	protected EList<Beslut> beslut;

	/**
	 * The cached value of the '{@link #getAvslut() <em>Avslut</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvslut()
	 * @generated
	 * @ordered
	 */
	protected Avslut avslut;

	/**
	 * The cached value of the '{@link #getGenomforandeplan() <em>Genomforandeplan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenomforandeplan()
	 * @generated
	 * @ordered
	 */
	protected Genomforandeplan genomforandeplan;

	/**
	 * The cached value of the '{@link #getManadsrapporter() <em>Manadsrapporter</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManadsrapporter()
	 * @generated
	 * @ordered
	 */
	protected EList<Manadsrapport> manadsrapporter;

	/**
	 * The cached value of the '{@link #getProgressgenomgangar() <em>Progressgenomgangar</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressgenomgangar()
	 * @generated
	 * @ordered
	 */
	protected EList<Progressgenomgang> progressgenomgangar;

	/**
	 * The cached value of the '{@link #getSexmanadersuppfoljningar() <em>Sexmanadersuppfoljningar</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSexmanadersuppfoljningar()
	 * @generated
	 * @ordered
	 */
	protected EList<Sexmanadersuppfoljning> sexmanadersuppfoljningar;

	/**
	 * The cached value of the '{@link #getEffektuppfoljningar() <em>Effektuppfoljningar</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffektuppfoljningar()
	 * @generated
	 * @ordered
	 */
	protected EList<Effektuppfoljning> effektuppfoljningar;

	/**
	 * The cached value of the '{@link #getTypdata() <em>Typdata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypdata()
	 * @generated
	 * @ordered
	 */
	protected Insatstypdata typdata;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InsatsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.INSATS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInsatsId() {
		return insatsId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsatsId(String newInsatsId) {
		String oldInsatsId = insatsId;
		insatsId = newInsatsId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__INSATS_ID, oldInsatsId, insatsId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kund getKund() {
		if (kund != null && kund.eIsProxy()) {
			InternalEObject oldKund = (InternalEObject)kund;
			kund = (Kund)eResolveProxy(oldKund);
			if (kund != oldKund) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.INSATS__KUND, oldKund, kund));
			}
		}
		return kund;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kund basicGetKund() {
		return kund;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKund(Kund newKund) {
		Kund oldKund = kund;
		kund = newKund;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__KUND, oldKund, kund));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insatstyp getInsatstyp() {
		if (insatstyp != null && insatstyp.eIsProxy()) {
			InternalEObject oldInsatstyp = (InternalEObject)insatstyp;
			insatstyp = (Insatstyp)eResolveProxy(oldInsatstyp);
			if (insatstyp != oldInsatstyp) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.INSATS__INSATSTYP, oldInsatstyp, insatstyp));
			}
		}
		return insatstyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Insatstyp basicGetInsatstyp() {
		return insatstyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsatstyp(Insatstyp newInsatstyp) {
		Insatstyp oldInsatstyp = insatstyp;
		insatstyp = newInsatstyp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__INSATSTYP, oldInsatstyp, insatstyp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anordnare getAnordnare() {
		if (anordnare != null && anordnare.eIsProxy()) {
			InternalEObject oldAnordnare = (InternalEObject)anordnare;
			anordnare = (Anordnare)eResolveProxy(oldAnordnare);
			if (anordnare != oldAnordnare) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.INSATS__ANORDNARE, oldAnordnare, anordnare));
			}
		}
		return anordnare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Anordnare basicGetAnordnare() {
		return anordnare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnordnare(Anordnare newAnordnare) {
		Anordnare oldAnordnare = anordnare;
		anordnare = newAnordnare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__ANORDNARE, oldAnordnare, anordnare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartdatum() {
		return startdatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartdatum(LocalDate newStartdatum) {
		LocalDate oldStartdatum = startdatum;
		startdatum = newStartdatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__STARTDATUM, oldStartdatum, startdatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLangdManader() {
		return langdManader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLangdManader(int newLangdManader) {
		int oldLangdManader = langdManader;
		langdManader = newLangdManader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__LANGD_MANADER, oldLangdManader, langdManader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSlutdatum() {
		return slutdatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlutdatum(LocalDate newSlutdatum) {
		LocalDate oldSlutdatum = slutdatum;
		slutdatum = newSlutdatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__SLUTDATUM, oldSlutdatum, slutdatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InsatsStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InsatsStatus newStatus) {
		InsatsStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Beslut> getBeslut() {
		if (beslut == null) {
			beslut = new EObjectContainmentWithInverseEList<Beslut>(Beslut.class, this, KundvalPackage.INSATS__BESLUT, KundvalPackage.BESLUT__INSATS);
		}
		return beslut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Avslut getAvslut() {
		return avslut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAvslut(Avslut newAvslut, NotificationChain msgs) {
		Avslut oldAvslut = avslut;
		avslut = newAvslut;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__AVSLUT, oldAvslut, newAvslut);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvslut(Avslut newAvslut) {
		if (newAvslut != avslut) {
			NotificationChain msgs = null;
			if (avslut != null)
				msgs = ((InternalEObject)avslut).eInverseRemove(this, KundvalPackage.AVSLUT__INSATS, Avslut.class, msgs);
			if (newAvslut != null)
				msgs = ((InternalEObject)newAvslut).eInverseAdd(this, KundvalPackage.AVSLUT__INSATS, Avslut.class, msgs);
			msgs = basicSetAvslut(newAvslut, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__AVSLUT, newAvslut, newAvslut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Genomforandeplan getGenomforandeplan() {
		return genomforandeplan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGenomforandeplan(Genomforandeplan newGenomforandeplan, NotificationChain msgs) {
		Genomforandeplan oldGenomforandeplan = genomforandeplan;
		genomforandeplan = newGenomforandeplan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__GENOMFORANDEPLAN, oldGenomforandeplan, newGenomforandeplan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenomforandeplan(Genomforandeplan newGenomforandeplan) {
		if (newGenomforandeplan != genomforandeplan) {
			NotificationChain msgs = null;
			if (genomforandeplan != null)
				msgs = ((InternalEObject)genomforandeplan).eInverseRemove(this, KundvalPackage.GENOMFORANDEPLAN__INSATS, Genomforandeplan.class, msgs);
			if (newGenomforandeplan != null)
				msgs = ((InternalEObject)newGenomforandeplan).eInverseAdd(this, KundvalPackage.GENOMFORANDEPLAN__INSATS, Genomforandeplan.class, msgs);
			msgs = basicSetGenomforandeplan(newGenomforandeplan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__GENOMFORANDEPLAN, newGenomforandeplan, newGenomforandeplan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Manadsrapport> getManadsrapporter() {
		if (manadsrapporter == null) {
			manadsrapporter = new EObjectContainmentWithInverseEList<Manadsrapport>(Manadsrapport.class, this, KundvalPackage.INSATS__MANADSRAPPORTER, KundvalPackage.MANADSRAPPORT__INSATS);
		}
		return manadsrapporter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Progressgenomgang> getProgressgenomgangar() {
		if (progressgenomgangar == null) {
			progressgenomgangar = new EObjectContainmentWithInverseEList<Progressgenomgang>(Progressgenomgang.class, this, KundvalPackage.INSATS__PROGRESSGENOMGANGAR, KundvalPackage.PROGRESSGENOMGANG__INSATS);
		}
		return progressgenomgangar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sexmanadersuppfoljning> getSexmanadersuppfoljningar() {
		if (sexmanadersuppfoljningar == null) {
			sexmanadersuppfoljningar = new EObjectContainmentWithInverseEList<Sexmanadersuppfoljning>(Sexmanadersuppfoljning.class, this, KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR, KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS);
		}
		return sexmanadersuppfoljningar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Effektuppfoljning> getEffektuppfoljningar() {
		if (effektuppfoljningar == null) {
			effektuppfoljningar = new EObjectContainmentWithInverseEList<Effektuppfoljning>(Effektuppfoljning.class, this, KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR, KundvalPackage.EFFEKTUPPFOLJNING__INSATS);
		}
		return effektuppfoljningar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insatstypdata getTypdata() {
		return typdata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTypdata(Insatstypdata newTypdata, NotificationChain msgs) {
		Insatstypdata oldTypdata = typdata;
		typdata = newTypdata;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__TYPDATA, oldTypdata, newTypdata);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypdata(Insatstypdata newTypdata) {
		if (newTypdata != typdata) {
			NotificationChain msgs = null;
			if (typdata != null)
				msgs = ((InternalEObject)typdata).eInverseRemove(this, KundvalPackage.INSATSTYPDATA__INSATS, Insatstypdata.class, msgs);
			if (newTypdata != null)
				msgs = ((InternalEObject)newTypdata).eInverseAdd(this, KundvalPackage.INSATSTYPDATA__INSATS, Insatstypdata.class, msgs);
			msgs = basicSetTypdata(newTypdata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATS__TYPDATA, newTypdata, newTypdata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.INSATS__BESLUT:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getBeslut()).basicAdd(otherEnd, msgs);
			case KundvalPackage.INSATS__AVSLUT:
				if (avslut != null)
					msgs = ((InternalEObject)avslut).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KundvalPackage.INSATS__AVSLUT, null, msgs);
				return basicSetAvslut((Avslut)otherEnd, msgs);
			case KundvalPackage.INSATS__GENOMFORANDEPLAN:
				if (genomforandeplan != null)
					msgs = ((InternalEObject)genomforandeplan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KundvalPackage.INSATS__GENOMFORANDEPLAN, null, msgs);
				return basicSetGenomforandeplan((Genomforandeplan)otherEnd, msgs);
			case KundvalPackage.INSATS__MANADSRAPPORTER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getManadsrapporter()).basicAdd(otherEnd, msgs);
			case KundvalPackage.INSATS__PROGRESSGENOMGANGAR:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getProgressgenomgangar()).basicAdd(otherEnd, msgs);
			case KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSexmanadersuppfoljningar()).basicAdd(otherEnd, msgs);
			case KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getEffektuppfoljningar()).basicAdd(otherEnd, msgs);
			case KundvalPackage.INSATS__TYPDATA:
				if (typdata != null)
					msgs = ((InternalEObject)typdata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KundvalPackage.INSATS__TYPDATA, null, msgs);
				return basicSetTypdata((Insatstypdata)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.INSATS__BESLUT:
				return ((InternalEList<?>)getBeslut()).basicRemove(otherEnd, msgs);
			case KundvalPackage.INSATS__AVSLUT:
				return basicSetAvslut(null, msgs);
			case KundvalPackage.INSATS__GENOMFORANDEPLAN:
				return basicSetGenomforandeplan(null, msgs);
			case KundvalPackage.INSATS__MANADSRAPPORTER:
				return ((InternalEList<?>)getManadsrapporter()).basicRemove(otherEnd, msgs);
			case KundvalPackage.INSATS__PROGRESSGENOMGANGAR:
				return ((InternalEList<?>)getProgressgenomgangar()).basicRemove(otherEnd, msgs);
			case KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR:
				return ((InternalEList<?>)getSexmanadersuppfoljningar()).basicRemove(otherEnd, msgs);
			case KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR:
				return ((InternalEList<?>)getEffektuppfoljningar()).basicRemove(otherEnd, msgs);
			case KundvalPackage.INSATS__TYPDATA:
				return basicSetTypdata(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.INSATS__INSATS_ID:
				return getInsatsId();
			case KundvalPackage.INSATS__KUND:
				if (resolve) return getKund();
				return basicGetKund();
			case KundvalPackage.INSATS__INSATSTYP:
				if (resolve) return getInsatstyp();
				return basicGetInsatstyp();
			case KundvalPackage.INSATS__ANORDNARE:
				if (resolve) return getAnordnare();
				return basicGetAnordnare();
			case KundvalPackage.INSATS__STARTDATUM:
				return getStartdatum();
			case KundvalPackage.INSATS__LANGD_MANADER:
				return getLangdManader();
			case KundvalPackage.INSATS__SLUTDATUM:
				return getSlutdatum();
			case KundvalPackage.INSATS__STATUS:
				return getStatus();
			case KundvalPackage.INSATS__BESLUT:
				return getBeslut();
			case KundvalPackage.INSATS__AVSLUT:
				return getAvslut();
			case KundvalPackage.INSATS__GENOMFORANDEPLAN:
				return getGenomforandeplan();
			case KundvalPackage.INSATS__MANADSRAPPORTER:
				return getManadsrapporter();
			case KundvalPackage.INSATS__PROGRESSGENOMGANGAR:
				return getProgressgenomgangar();
			case KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR:
				return getSexmanadersuppfoljningar();
			case KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR:
				return getEffektuppfoljningar();
			case KundvalPackage.INSATS__TYPDATA:
				return getTypdata();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KundvalPackage.INSATS__INSATS_ID:
				setInsatsId((String)newValue);
				return;
			case KundvalPackage.INSATS__KUND:
				setKund((Kund)newValue);
				return;
			case KundvalPackage.INSATS__INSATSTYP:
				setInsatstyp((Insatstyp)newValue);
				return;
			case KundvalPackage.INSATS__ANORDNARE:
				setAnordnare((Anordnare)newValue);
				return;
			case KundvalPackage.INSATS__STARTDATUM:
				setStartdatum((LocalDate)newValue);
				return;
			case KundvalPackage.INSATS__LANGD_MANADER:
				setLangdManader((Integer)newValue);
				return;
			case KundvalPackage.INSATS__SLUTDATUM:
				setSlutdatum((LocalDate)newValue);
				return;
			case KundvalPackage.INSATS__STATUS:
				setStatus((InsatsStatus)newValue);
				return;
			case KundvalPackage.INSATS__BESLUT:
				getBeslut().clear();
				getBeslut().addAll((Collection<? extends Beslut>)newValue);
				return;
			case KundvalPackage.INSATS__AVSLUT:
				setAvslut((Avslut)newValue);
				return;
			case KundvalPackage.INSATS__GENOMFORANDEPLAN:
				setGenomforandeplan((Genomforandeplan)newValue);
				return;
			case KundvalPackage.INSATS__MANADSRAPPORTER:
				getManadsrapporter().clear();
				getManadsrapporter().addAll((Collection<? extends Manadsrapport>)newValue);
				return;
			case KundvalPackage.INSATS__PROGRESSGENOMGANGAR:
				getProgressgenomgangar().clear();
				getProgressgenomgangar().addAll((Collection<? extends Progressgenomgang>)newValue);
				return;
			case KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR:
				getSexmanadersuppfoljningar().clear();
				getSexmanadersuppfoljningar().addAll((Collection<? extends Sexmanadersuppfoljning>)newValue);
				return;
			case KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR:
				getEffektuppfoljningar().clear();
				getEffektuppfoljningar().addAll((Collection<? extends Effektuppfoljning>)newValue);
				return;
			case KundvalPackage.INSATS__TYPDATA:
				setTypdata((Insatstypdata)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case KundvalPackage.INSATS__INSATS_ID:
				setInsatsId(INSATS_ID_EDEFAULT);
				return;
			case KundvalPackage.INSATS__KUND:
				setKund((Kund)null);
				return;
			case KundvalPackage.INSATS__INSATSTYP:
				setInsatstyp((Insatstyp)null);
				return;
			case KundvalPackage.INSATS__ANORDNARE:
				setAnordnare((Anordnare)null);
				return;
			case KundvalPackage.INSATS__STARTDATUM:
				setStartdatum(STARTDATUM_EDEFAULT);
				return;
			case KundvalPackage.INSATS__LANGD_MANADER:
				setLangdManader(LANGD_MANADER_EDEFAULT);
				return;
			case KundvalPackage.INSATS__SLUTDATUM:
				setSlutdatum(SLUTDATUM_EDEFAULT);
				return;
			case KundvalPackage.INSATS__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KundvalPackage.INSATS__BESLUT:
				getBeslut().clear();
				return;
			case KundvalPackage.INSATS__AVSLUT:
				setAvslut((Avslut)null);
				return;
			case KundvalPackage.INSATS__GENOMFORANDEPLAN:
				setGenomforandeplan((Genomforandeplan)null);
				return;
			case KundvalPackage.INSATS__MANADSRAPPORTER:
				getManadsrapporter().clear();
				return;
			case KundvalPackage.INSATS__PROGRESSGENOMGANGAR:
				getProgressgenomgangar().clear();
				return;
			case KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR:
				getSexmanadersuppfoljningar().clear();
				return;
			case KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR:
				getEffektuppfoljningar().clear();
				return;
			case KundvalPackage.INSATS__TYPDATA:
				setTypdata((Insatstypdata)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case KundvalPackage.INSATS__INSATS_ID:
				return INSATS_ID_EDEFAULT == null ? insatsId != null : !INSATS_ID_EDEFAULT.equals(insatsId);
			case KundvalPackage.INSATS__KUND:
				return kund != null;
			case KundvalPackage.INSATS__INSATSTYP:
				return insatstyp != null;
			case KundvalPackage.INSATS__ANORDNARE:
				return anordnare != null;
			case KundvalPackage.INSATS__STARTDATUM:
				return STARTDATUM_EDEFAULT == null ? startdatum != null : !STARTDATUM_EDEFAULT.equals(startdatum);
			case KundvalPackage.INSATS__LANGD_MANADER:
				return langdManader != LANGD_MANADER_EDEFAULT;
			case KundvalPackage.INSATS__SLUTDATUM:
				return SLUTDATUM_EDEFAULT == null ? slutdatum != null : !SLUTDATUM_EDEFAULT.equals(slutdatum);
			case KundvalPackage.INSATS__STATUS:
				return status != STATUS_EDEFAULT;
			case KundvalPackage.INSATS__BESLUT:
				return beslut != null && !beslut.isEmpty();
			case KundvalPackage.INSATS__AVSLUT:
				return avslut != null;
			case KundvalPackage.INSATS__GENOMFORANDEPLAN:
				return genomforandeplan != null;
			case KundvalPackage.INSATS__MANADSRAPPORTER:
				return manadsrapporter != null && !manadsrapporter.isEmpty();
			case KundvalPackage.INSATS__PROGRESSGENOMGANGAR:
				return progressgenomgangar != null && !progressgenomgangar.isEmpty();
			case KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR:
				return sexmanadersuppfoljningar != null && !sexmanadersuppfoljningar.isEmpty();
			case KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR:
				return effektuppfoljningar != null && !effektuppfoljningar.isEmpty();
			case KundvalPackage.INSATS__TYPDATA:
				return typdata != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (insatsId: ");
		result.append(insatsId);
		result.append(", startdatum: ");
		result.append(startdatum);
		result.append(", langdManader: ");
		result.append(langdManader);
		result.append(", slutdatum: ");
		result.append(slutdatum);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //InsatsImpl
