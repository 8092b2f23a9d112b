package br.com.clientela;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

/** The shape rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "br.com.clientela", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> SESSION_BEANS_IN_A_BOUNDARY =
            JavaClass.Predicates.resideInAPackage("..boundary..")
                    .and(annotatedWith(Stateless.class).or(annotatedWith(Singleton.class)))
                    .as("are @Stateless or @Singleton beans in a boundary package");

    /** The boundary is where security happens: each business method says who may call it, on the method itself. */
    @ArchTest
    static final ArchRule everyPublicBoundaryBeanMethodSaysWhoMayCallIt = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat(SESSION_BEANS_IN_A_BOUNDARY)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class);

    @ArchTest
    static final ArchRule entitiesDoNotDependOnBoundaries = noClasses()
            .that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    /** Control classes are named for what they do (STYLE.md, Naming). */
    @ArchTest
    static final ArchRule noClassIsNamedImplHelperUtilOrManager = noClasses()
            .that().resideInAPackage("br.com.clientela..")
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Manager");
}
