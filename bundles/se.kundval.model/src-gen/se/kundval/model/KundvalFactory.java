/**
 */
package se.kundval.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage
 * @generated
 */
public interface KundvalFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KundvalFactory eINSTANCE = se.kundval.model.impl.KundvalFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Kundval</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kundval</em>'.
	 * @generated
	 */
	Kundval createKundval();

	/**
	 * Returns a new object of class '<em>Niva</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Niva</em>'.
	 * @generated
	 */
	Niva createNiva();

	/**
	 * Returns a new object of class '<em>Insatstyp</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Insatstyp</em>'.
	 * @generated
	 */
	Insatstyp createInsatstyp();

	/**
	 * Returns a new object of class '<em>Pris</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pris</em>'.
	 * @generated
	 */
	Pris createPris();

	/**
	 * Returns a new object of class '<em>Anordnare</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Anordnare</em>'.
	 * @generated
	 */
	Anordnare createAnordnare();

	/**
	 * Returns a new object of class '<em>Coach</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Coach</em>'.
	 * @generated
	 */
	Coach createCoach();

	/**
	 * Returns a new object of class '<em>Auktorisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Auktorisation</em>'.
	 * @generated
	 */
	Auktorisation createAuktorisation();

	/**
	 * Returns a new object of class '<em>Anvandare</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Anvandare</em>'.
	 * @generated
	 */
	Anvandare createAnvandare();

	/**
	 * Returns a new object of class '<em>Kund</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kund</em>'.
	 * @generated
	 */
	Kund createKund();

	/**
	 * Returns a new object of class '<em>Insats</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Insats</em>'.
	 * @generated
	 */
	Insats createInsats();

	/**
	 * Returns a new object of class '<em>Beslut</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Beslut</em>'.
	 * @generated
	 */
	Beslut createBeslut();

	/**
	 * Returns a new object of class '<em>Undantag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Undantag</em>'.
	 * @generated
	 */
	Undantag createUndantag();

	/**
	 * Returns a new object of class '<em>Avslut</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Avslut</em>'.
	 * @generated
	 */
	Avslut createAvslut();

	/**
	 * Returns a new object of class '<em>Avslutsbedomning</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Avslutsbedomning</em>'.
	 * @generated
	 */
	Avslutsbedomning createAvslutsbedomning();

	/**
	 * Returns a new object of class '<em>Genomforandeplan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Genomforandeplan</em>'.
	 * @generated
	 */
	Genomforandeplan createGenomforandeplan();

	/**
	 * Returns a new object of class '<em>Planmal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planmal</em>'.
	 * @generated
	 */
	Planmal createPlanmal();

	/**
	 * Returns a new object of class '<em>Planaktivitet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planaktivitet</em>'.
	 * @generated
	 */
	Planaktivitet createPlanaktivitet();

	/**
	 * Returns a new object of class '<em>Planrevision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planrevision</em>'.
	 * @generated
	 */
	Planrevision createPlanrevision();

	/**
	 * Returns a new object of class '<em>Manadsrapport</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Manadsrapport</em>'.
	 * @generated
	 */
	Manadsrapport createManadsrapport();

	/**
	 * Returns a new object of class '<em>Progressgenomgang</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Progressgenomgang</em>'.
	 * @generated
	 */
	Progressgenomgang createProgressgenomgang();

	/**
	 * Returns a new object of class '<em>Sexmanadersuppfoljning</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sexmanadersuppfoljning</em>'.
	 * @generated
	 */
	Sexmanadersuppfoljning createSexmanadersuppfoljning();

	/**
	 * Returns a new object of class '<em>Effektuppfoljning</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Effektuppfoljning</em>'.
	 * @generated
	 */
	Effektuppfoljning createEffektuppfoljning();

	/**
	 * Returns a new object of class '<em>Enkatsvar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enkatsvar</em>'.
	 * @generated
	 */
	Enkatsvar createEnkatsvar();

	/**
	 * Returns a new object of class '<em>Enkatutskick</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enkatutskick</em>'.
	 * @generated
	 */
	Enkatutskick createEnkatutskick();

	/**
	 * Returns a new object of class '<em>Tillsyn</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tillsyn</em>'.
	 * @generated
	 */
	Tillsyn createTillsyn();

	/**
	 * Returns a new object of class '<em>Tillsynspunkt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tillsynspunkt</em>'.
	 * @generated
	 */
	Tillsynspunkt createTillsynspunkt();

	/**
	 * Returns a new object of class '<em>Granskningshandelse</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Granskningshandelse</em>'.
	 * @generated
	 */
	Granskningshandelse createGranskningshandelse();

	/**
	 * Returns a new object of class '<em>Faltandring</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Faltandring</em>'.
	 * @generated
	 */
	Faltandring createFaltandring();

	/**
	 * Returns a new object of class '<em>Dokument</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dokument</em>'.
	 * @generated
	 */
	Dokument createDokument();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	KundvalPackage getKundvalPackage();

} //KundvalFactory
