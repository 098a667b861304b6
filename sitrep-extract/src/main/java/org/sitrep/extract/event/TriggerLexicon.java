package org.sitrep.extract.event;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.SubEventType;

/**
 * The words that signal each ACLED sub-event type, most specific first: "suicide bombing" is a
 * suicide bomb before "bombing" is an explosion. Written from the ACLED codebook's definitions and
 * the phrasings of conflict news; matched case-insensitively on word boundaries.
 */
final class TriggerLexicon {
  /** One entry: words and the sub-event type they signal. */
  record Entry(Pattern pattern, SubEventType subtype, boolean generic) {}

  private TriggerLexicon() {}

  static final List<Entry> ENTRIES =
      List.of(
          entry(
              SubEventType.SUICIDE_BOMB,
              "suicide (?:car |truck )?(?:bomb(?:ing|ings|er|ers|s)?|attack(?:s|er|ers)?|blasts?"
                  + "|explosions?|vests?|belts?)|self-destruct\\w*(?: bomb\\w*)?(?: attack\\w*)?"
                  + "|(?:explosive|bomb) (?:vest|belt)s?|blew (?:himself|herself|themselves) up"),
          entry(
              SubEventType.LOOTING_PROPERTY_DESTRUCTION,
              "set (?:\\w+ )?(?:fire to|ablaze|on fire)|torch(?:ed|ing)|burn(?:ed|t) down|arson"
                  + "|(?:petrol|gasoline|fire) ?bomb(?:s|ed|ing)?|molotov cocktails?|sabotag(?:ed|ing)"
                  + "|vandali[sz](?:ed|ing)"),
          entry(
              SubEventType.AIR_DRONE_STRIKE,
              "(?:air|drone|aerial)[ -]?(?:strikes?|raids?|attacks?|bombardments?)|airstrikes?"
                  + "|bombing raids?|warplanes? (?:bombed|struck|hit|attacked)"),
          entry(SubEventType.GRENADE, "(?:hand )?grenades?(?: attacks?| blasts?)?"),
          entry(
              SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
              "(?:car|truck|roadside|road-side|parcel|vehicle|motorcycle|motorbike|bicycle|sticky"
                  + "|magnetic|pipe|time) bombs?|improvised explosive devices?|v?bieds?"
                  + "|land ?mines?|(?:mine|ied) (?:blasts?|explosions?)"),
          entry(
              SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
              "(?:rocket|missile|mortar|artillery) (?:attacks?|fire|strikes?|bombardments?|barrages?"
                  + "|shells?|rounds?)|rockets?|missiles?|mortars?|shell(?:ing|ed)"
                  + "|artillery|bombardments?|barrages?"),
          entry(
              SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
              "bomb (?:blasts?|attacks?|explosions?)|bomb(?:ing|ings|s|ed)?|blew up|blown up|blasts?|explosions?|explod(?:ed|es|ing)|detonat(?:ed|ion|ions)"),
          entry(
              SubEventType.SEXUAL_VIOLENCE,
              "rap(?:ed|es|e)|sexual(?:ly)? (?:assault(?:ed|s)?|violence|abuse(?:d)?)"),
          entry(
              SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
              "kidnapp?(?:ed|ing|ings)?|abduct(?:ed|ion|ions|ing|s)?|taken hostage|hijack(?:ed|ing|ings)?"
                  + "|forcibly disappeared"),
          entry(
              SubEventType.MOB_VIOLENCE,
              "mob (?:attack\\w*|violence|justice)|lynch(?:ed|ing|ings)"
                  // "a lynch mob"; "Marsha Lynch" is a name.
                  + "|(?-i:lynch)"),
          entry(
              SubEventType.VIOLENT_DEMONSTRATION,
              "riot(?:s|ed|ing|ers)?|violent (?:protests?|demonstrations?)"),
          entry(
              SubEventType.PEACEFUL_PROTEST,
              "protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)"
                  + "|sit-ins?|marchers|protest march(?:es)?"),
          entry(
              SubEventType.DISRUPTED_WEAPONS_USE,
              "defus(?:ed|ing)|intercept(?:ed|ion|ions)|shot down|foil(?:ed|s)|thwart(?:ed|s)"
                  + "|(?:missile|air) defen[cs]e systems? (?:stopped|intercepted)"),
          entry(
              SubEventType.ARRESTS,
              // "According to arrest records, the shooting happened ...": papers, not an arrest.
              // "A reward for information leading to an arrest": an arrest sought, not made.
              "(?<!\\blead(?:s|ing)? to (?:an? |the |(?:his|her|their|the [\\w-]{1,20}['’]s) )?)"
                  + "arrest(?:ed|s)?(?! (?:records?|reports?|warrants?|affidavits?|documents?|logs?))"
                  + "|detain(?:ed|s)?|taken into custody|apprehend(?:ed|s)?"),
          entry(
              SubEventType.ARMED_CLASH,
              // "A girl is fighting for her life", friends "play fighting": no clash.
              "clash(?:ed|es)?|firefights?|gunfights?|gun ?battles?|exchanges? of fire"
                  + "|heavy fighting|(?<!play[- ])fighting(?! for (?:his|her|their|its|my|our|your)"
                  + " li(?:fe|ves))|ambush(?:ed|es)?|skirmish(?:es)?"),
          entry(
              SubEventType.ATTACK,
              // "A shooting range", "shooting sports" are no shootings.
              "shoot(?:ing|ings|s|out|outs)?(?! (?:ranges?|sports|clubs?|galler(?:y|ies)|instructors?"
                  + "|lessons?|competitions?))|shot dead|shot|gunned down|opened fire"
                  + "|(?<!(?:were|was|been|being|are|is) )fired (?:on|at|upon|into)"
                  // "charged with firing into a crowd".
                  + "|firing (?:shots )?(?:on|at|upon|into) (?:a |an |the |his |her |their )?"
                  + "(?:crowd|car|vehicle|house|home|apartment|group|officers?|police|people|him|her"
                  + "|them)"
                  // "A gunman killed two people", "were wounded by a gunman".
                  + "|gunm[ae]n (?:\\w+ly )?(?:killed|wounded|injured)|(?:killed|wounded|injured) by"
                  + " (?:a |an |the )?(?:lone |masked |unknown )?gunm[ae]n"
                  + "|gunshots?(?: wounds?)?|(?:shotgun|bullet) wounds?|gunfire|shots (?:were |had been |being |was )?fired|shots rang out"
                  // Shootings without a word for shooting: "a hunting accident", "the rifle went
                  // off".
                  + "|hunting (?:accidents?|incidents?|tragedy|mishaps?)|gun (?:accidents?|mishaps?)"
                  + "|(?:gun|rifle|shotgun|handgun|pistol|revolver|weapon|firearm|muzzleloader)"
                  + " (?:accidentally )?(?:discharged|went off|fired)|struck (?:and (?:wounded|injured|killed) )?by (?:a |an )?(?:stray )?(?:bullet|round)"
                  // "was wounded by a stray bullet", "hit in the leg by a bullet".
                  + "|(?:killed|wounded|injured|hit|grazed) (?:\\w+ ){0,4}?by (?:a |an )?(?:stray )?"
                  + "(?:gun|gunshot|bullet|round|rifle|shotgun|handgun)"
                  // "A deputy fired his weapon, striking the suspect", "a stray bullet hit a girl",
                  // "a drive-by left a teen wounded".
                  + "|fired (?:his|her|their|a|the) (?:\\w+ )?(?:gun|weapon|handgun|rifle|shotgun|pistol"
                  + "|revolver|firearm|service weapon)|(?:stray )?bullets? (?:hit|struck|grazed|pierced)"
                  // "Officers returned fire", "he fired, hitting an officer in the shoulder".
                  + "|returned fire|fired, (?:hitting|striking|wounding)"
                  // "a drive-by shooting" is the shooting's one trigger.
                  + "|drive-?by(?:s)?(?![ -](?:shootings?|windows?|lanes?|service|tours?|parades?))"
                  + "|killed while hunting"
                  // "a gun he was showing his friend discharged into the boy's chest".
                  + "|discharged into (?:his|her|their|\\p{L}+['’]s)"
                  // "used his stepfather's pistol to accidentally kill a friend", "killed his
                  // brother with a hunting rifle": a killing told by its firearm; the verb is the
                  // trigger, and after "shot and" it is the shooting's own.
                  + "|(?<=(?:gun|rifle|shotgun|handgun|pistol|revolver|firearm) to (?:\\p{L}{1,15}ly )?)kill(?= (?:a|an|the|his|her|their|\\p{L}+['’]s) )"
                  + "|(?<!shot (?:and )?)kill(?:s|ed)?(?= (?:[\\p{L}'’-]+ ){1,4}?with (?:[\\p{L}'’-]+ ){0,3}?"
                  + "(?:gun|rifle|shotgun|handgun|pistol|revolver|firearm)\\b)"
                  // "A 3-year-old kills herself with a loaded gun".
                  + "|kill(?:s|ed)? (?:himself|herself|themselves) with (?:a |an |the |his |her"
                  + " |their )?(?:\\w+ )?(?:gun|rifle|shotgun|handgun|pistol|revolver|firearm)"
                  // "The latest suicide happened Tuesday", "then committed suicide"; not "suicide
                  // prevention", "thoughts of suicide".
                  + "|commit(?:s|ted|ting)? suicide|t(?:ook|akes|aking) (?:his|her|their) own li(?:fe|ves)"
                  // "charged in the March 1 death of his friend": the death a follow-up tells of.
                  + "|(?<=\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.? \\d{1,2} |\\b(?:january"
                  + "|february|march|april|may|june|july|august|september|october|november|december)"
                  + " \\d{1,2} )death"
                  + "|(?<=(?:\\b(?:the|a|an|his|her|apparent|latest|recent"
                  + "|first|second|third|fourth|fifth)"
                  + "|['’]s) )suicide(?! (?:prevention|hotlines?|lifelines?|notes?|watch|risks?"
                  + "|rates?|attempts?|awareness))"
                  + "|stabb(?:ed|ing|ings)|behead(?:ed|ing|ings)|massacre(?:d|s)?|executed"
                  + "|(?:threw|thrown|hurled) acid|acid attacks?|(?:beat|beaten|hacked|stoned|stabbed)"
                  + " (?:\\w+ ){0,3}?to death"),
          generic(
              SubEventType.ATTACK,
              "attack(?:s|ed)?|assault(?:s|ed)?|raid(?:s|ed)?|killings?|murder(?:ed|s)?"
                  // "Three people found dead in a home": a death the police look into.
                  + "|found dead"));

  private static Entry entry(SubEventType subtype, String words) {
    return new Entry(compile(words), subtype, false);
  }

  private static Entry generic(SubEventType subtype, String words) {
    return new Entry(compile(words), subtype, true);
  }

  private static Pattern compile(String words) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}-])(?:" + words + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
