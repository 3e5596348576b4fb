/**
 */
package se.kundval.insatstyp.samhallsorientering.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage
 * @generated
 */
public interface SamhallsorienteringFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SamhallsorienteringFactory eINSTANCE = se.kundval.insatstyp.samhallsorientering.model.impl.SamhallsorienteringFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Kursdeltagande</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kursdeltagande</em>'.
	 * @generated
	 */
	Kursdeltagande createKursdeltagande();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SamhallsorienteringPackage getSamhallsorienteringPackage();

} //SamhallsorienteringFactory
