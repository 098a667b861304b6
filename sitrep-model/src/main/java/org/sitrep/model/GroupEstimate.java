package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * The fatalities of one group within an incident's total ("US military": 13).
 *
 * @param group the group's name, normalized across reports ("US military" for "13 US service
 *     members" and "13 American soldiers")
 */
public record GroupEstimate(String group, Estimate fatalities) {
  public GroupEstimate {
    requireNonNull(group, "group");
    requireNonNull(fatalities, "fatalities");
  }
}
