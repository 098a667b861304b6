package org.sitrep.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module arrows of DESIGN.md, checked on the compiled classes: every arrow points toward the
 * model, stage modules never see each other, and each heavy library stays in its one module. Runs
 * here because the CLI's classpath holds every module.
 */
@AnalyzeClasses(packages = "org.sitrep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String MODEL = "org.sitrep.model..";
  private static final String INGEST = "org.sitrep.ingest..";
  private static final String NLP = "org.sitrep.nlp..";
  private static final String STORE = "org.sitrep.store..";
  private static final String EXTRACT = "org.sitrep.extract..";
  private static final String RESOLVE = "org.sitrep.resolve..";
  private static final String ENGINE = "org.sitrep.engine..";
  private static final String CLI = "org.sitrep.cli..";
  private static final String SERVER = "org.sitrep.server..";

  @ArchTest
  static final ArchRule modelDependsOnTheJdkOnly =
      noClasses()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(MODEL, "java..", "javax.annotation..")
          .as("sitrep-model depends on the JDK only");

  @ArchTest
  static final ArchRule ingestSeesNoOtherStage =
      noClasses()
          .that()
          .resideInAPackage(INGEST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(NLP, STORE, EXTRACT, ENGINE, CLI, RESOLVE);

  @ArchTest
  static final ArchRule extractSeesNoOtherStage =
      noClasses()
          .that()
          .resideInAPackage(EXTRACT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INGEST, NLP, STORE, ENGINE, CLI, RESOLVE);

  @ArchTest
  static final ArchRule nlpSeesNoOtherStage =
      noClasses()
          .that()
          .resideInAPackage(NLP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INGEST, STORE, EXTRACT, ENGINE, CLI, RESOLVE);

  @ArchTest
  static final ArchRule storeSeesNoOtherStage =
      noClasses()
          .that()
          .resideInAPackage(STORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INGEST, NLP, EXTRACT, ENGINE, CLI, RESOLVE);

  @ArchTest
  static final ArchRule resolveSeesNoOtherStage =
      noClasses()
          .that()
          .resideInAPackage(RESOLVE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INGEST, NLP, EXTRACT, STORE, ENGINE, CLI);

  @ArchTest
  static final ArchRule engineDoesNotDependOnTheCli =
      noClasses()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI);

  @ArchTest
  static final ArchRule engineDoesNotDependOnTheServer =
      noClasses()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVER);

  @ArchTest
  static final ArchRule serverDoesNotDependOnTheCli =
      noClasses()
          .that()
          .resideInAPackage(SERVER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI);

  @ArchTest
  static final ArchRule jsoupLivesInIngest =
      noClasses()
          .that()
          .resideOutsideOfPackage(INGEST)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jsoup..");

  @ArchTest
  static final ArchRule coreNlpLivesInNlp =
      noClasses()
          .that()
          .resideOutsideOfPackage(NLP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.stanford.nlp..");

  @ArchTest
  static final ArchRule picocliLivesInTheCli =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule sqliteAndFlywayLiveInTheStore =
      noClasses()
          .that()
          .resideOutsideOfPackage(STORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.sqlite..", "org.flywaydb..");

  @ArchTest
  static final ArchRule luceneLivesInTheStore =
      noClasses()
          .that()
          .resideOutsideOfPackage(STORE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");

  @ArchTest
  static final ArchRule linguaRomeAndJwarcLiveInIngest =
      noClasses()
          .that()
          .resideOutsideOfPackage(INGEST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.github.pemistahl..", "com.rometools..", "org.netpreserve..");

  @ArchTest
  static final ArchRule javalinLivesInTheServer =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.sitrep.server..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.javalin..");

  @ArchTest
  static final ArchRule onlyTheCliPrints =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .as("only sitrep-cli prints");
}
