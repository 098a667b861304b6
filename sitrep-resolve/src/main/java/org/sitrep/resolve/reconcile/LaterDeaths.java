package org.sitrep.resolve.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Claim;
import org.sitrep.model.Estimate;

/**
 * The wounded who died after a report was written. A report that tells of people shot or wounded
 * and of no death ("a 4-year-old girl was shot") counts as injured the victims that later reports
 * count as dead ("the girl has died"): the incident's dead are taken out of that report's injured,
 * so a victim is not counted as both. The report's figure then leans on the later reports' claims
 * of the dead as well as on its own.
 *
 * <p>Only a report that gives no death (or says none died) is read this way: a report that counts
 * its own dead has already told the injured apart from them. When it came out does not matter: a
 * report days after the death that still tells only of "the teen who shot himself" repeats the
 * first wording, and measured on the Gun Violence Corpus, holding such reports to their own injured
 * counted three victims who died as injured as well and kept no injured survivor apart.
 */
public final class LaterDeaths {
  private LaterDeaths() {}

  /**
   * The report's injured less the dead other reports tell of; a report that tells its injured only
   * as those shot less its own dead takes out the incident's dead instead of its own when the
   * incident knows more of them: "found three people with gunshot wounds. The woman died at the
   * scene", with the man and the girl dead in other reports, leaves none injured.
   *
   * @param injured the report's figure for the injured
   * @param ownDead the same report's figure for the dead, or null when it gives none
   * @param shotLessDead whether the report tells its injured only as those shot, less its dead
   * @param dead the incident's reconciled fatalities
   */
  public static ReportFigure lessLaterDeaths(
      ReportFigure injured, ReportFigure ownDead, boolean shotLessDead, Estimate dead) {
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(dead, "dead");
    if (dead.best() == null || dead.best() == 0 || injured.best() == null || injured.best() == 0) {
      return injured;
    }
    long died = dead.best();
    if (ownDead != null && ownDead.best() != null && ownDead.best() > 0) {
      if (!shotLessDead || died <= ownDead.best()) {
        return injured;
      }
      // Its own dead are already out of its injured: the rest of the incident's.
      died -= ownDead.best();
    }
    return less(injured, died, dead.claims(), " dead in later reports");
  }

  /**
   * The report's injured less the wounded another report tells died ("One of the injured later
   * died"), when the report counts fewer dead than the incident: "two killed and three injured",
   * with a later report's "one of the injured later died", leaves two injured. At most the dead the
   * report has not counted are taken.
   *
   * @param injured the report's figure for the injured, told apart from its dead
   * @param ownDead the same report's figure for the dead, or null when it gives none
   * @param died the wounded who died as another report tells them
   * @param dead the incident's reconciled fatalities
   */
  public static ReportFigure lessWoundedWhoDied(
      ReportFigure injured, ReportFigure ownDead, ReportFigure died, Estimate dead) {
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(died, "died");
    Objects.requireNonNull(dead, "dead");
    long counted = ownDead != null && ownDead.best() != null ? ownDead.best() : 0;
    if (dead.best() == null || died.best() == null || injured.best() == null) {
      return injured;
    }
    long taken = Math.min(died.best(), dead.best() - counted);
    if (taken <= 0 || injured.best() == 0) {
      return injured;
    }
    return less(injured, taken, died.claims(), " of the wounded who died in other reports");
  }

  /**
   * The report's injured less {@code died}, backed by its own claims and by {@code toldBy}, the
   * claims that tell the deaths; {@code words} say whose deaths they are.
   */
  private static ReportFigure less(
      ReportFigure injured, long died, List<Claim> toldBy, String words) {
    List<Claim> claims = new ArrayList<>(injured.claims());
    toldBy.stream().filter(claim -> !claims.contains(claim)).forEach(claims::add);
    return new ReportFigure(
        injured.document(),
        injured.low() == null ? null : Math.max(0, injured.low() - died),
        Math.max(0, injured.best() - died),
        injured.high() == null ? null : Math.max(0, injured.high() - died),
        injured.words() + " less " + died + words,
        claims,
        injured.partial());
  }
}
