#!/usr/bin/env python3
"""Scores `sitrep resolve` on the Gun Violence Corpus against the Gun Violence Archive.

Usage:
  ./sitrep resolve ../shared/corpus/gvc/documents.jsonl > gvc-incidents.json
  python3 scripts/gvc_incidents.py gvc-incidents.json ../shared/corpus/gvc/gold.json [--misses]

Each article belongs to the incident that holds its main account (its first current account that
gives a figure, else its first current account, else its first). The grouping of articles is
scored with B-cubed precision, recall and F1 against the Archive's incidents, per split. Then, for
each Archive incident, the Sitrep incident holding most of its articles is compared on killed,
injured (fatalities / injuries best; strict: unknown is a miss; lenient: unknown agrees with 0),
date (the day) and town (the place's name in the Archive's city_or_county, or for a county
its seat, which is where the Archive and ACLED code a report giving only a county; both written
alike: lower case, "St." as "Saint", hyphens as spaces, "(county)" as "county", so "ST. LOUIS"
is "Saint Louis", "Wilkes-Barre" is "Wilkes Barre" and "Polk (county)" is "Polk County"). The last column, town+state, also asks the place's admin1 to be
the Archive's state: a name alone credits Mountain View, California for Mountain View, Missouri.

Sitrep leaves a count no report gives unknown (null), never 0 (DESIGN.md, rule 2), while the
Archive writes 0 for no one injured; the lenient columns read unknown as 0.

With --misses it also counts, per split, how the incidents miss: an Archive incident split across
Sitrep incidents (and whether a split-off part has no account, no day, or a day within or beyond
30 days of the main part's), a Sitrep incident joining several Archive incidents, a count unknown,
fewer or more than the Archive's, a date missing, one day off or other, a town missing, another
town of the state, or another state. Counts only, so the held-out split can steer without any of
its incidents being read.
"""
import json
import sys
from collections import Counter, defaultdict
from datetime import date

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gvc_reports import town_agrees, written  # noqa: E402,F401  (one way to write and read a town)


def offset(mention_id):
    return int(mention_id.rsplit("#", 1)[1])


def main():
    resolved = json.load(open(sys.argv[1]))
    gold = json.load(open(sys.argv[2]))["incidents"]
    gold_of = {d: g["incident"] for g in gold for d in g["documents"]}
    split_of = {d: g["split"] for g in gold for d in g["documents"]}

    mentions = defaultdict(list)  # document -> [(offset, background, has_figure, incident)]
    incidents = {}
    for incident in resolved["incidents"]:
        incidents[incident["id"]] = incident
        figured = {c["mention"] for c in incident["claims"]
                   if c["slot"] in ("fatalities", "injuries", "casualties")}
        for m in incident["mentions"]:
            mentions[m["document"]].append(
                (offset(m["id"]), m["background"], m["id"] in figured, incident["id"]))
    cluster_of = {}
    for document, accounts in mentions.items():
        accounts.sort()
        current = [a for a in accounts if not a[1]]
        figured = [a for a in current if a[2]]
        chosen = (figured or current or accounts)[0]
        cluster_of[document] = chosen[3]

    documents = sorted(gold_of)
    for document in documents:  # an article with no account is an incident of its own
        cluster_of.setdefault(document, "none:" + document)

    print("split  articles  B3-P   B3-R   B3-F1")
    for split in ("train", "dev", "test", None):
        subset = [d for d in documents if split is None or split_of[d] == split]
        if not subset:  # a corpus in this format need not have every split
            continue
        p = r = 0.0
        members = defaultdict(list)
        truth = defaultdict(list)
        for d in subset:
            members[cluster_of[d]].append(d)
            truth[gold_of[d]].append(d)
        for d in subset:
            same = sum(1 for x in members[cluster_of[d]] if gold_of[x] == gold_of[d])
            p += same / len(members[cluster_of[d]])
            r += same / len(truth[gold_of[d]])
        p /= len(subset)
        r /= len(subset)
        print(f"{split or 'all':6} {len(subset):8}  {p:.3f}  {r:.3f}  {2 * p * r / (p + r):.3f}")

    print()
    print("split  incidents  killed  injured  killed(lenient) injured(lenient) date   town   town+state")
    seats = Counter()
    for split in ("train", "dev", "test", None):
        scores = Counter()
        n = 0
        for g in gold:
            if split is not None and g["split"] != split:
                continue
            n += 1
            votes = Counter(cluster_of[d] for d in g["documents"])
            best = votes.most_common(1)[0][0]
            incident = incidents.get(best)
            if incident is None:
                continue
            killed = incident["fatalities"]["best"]
            injured = incident["injuries"]["best"]
            scores["killed"] += killed == g["killed"]
            scores["injured"] += injured == g["injured"]
            scores["killed_l"] += (killed if killed is not None else 0) == g["killed"]
            scores["injured_l"] += (injured if injured is not None else 0) == g["injured"]
            scores["date"] += incident["date"]["value"] == g["date"]
            place = incident.get("place") or {}
            town, by_seat = town_agrees(place, g["city_or_county"])
            scores["town"] += town
            scores["town_state"] += town and place.get("admin1") == g["state"]
            seats[split or "all"] += by_seat
        if n == 0:
            continue
        print(f"{split or 'all':6} {n:9}  " + "  ".join(
            f"{scores[k] / n:.3f}" for k in
            ("killed", "injured", "killed_l", "injured_l", "date", "town", "town_state")))
    print("town agreeing through a county's seat (incidents): " + ", ".join(
        f"{split} {seats[split]}" for split in ("train", "dev", "test", "all")))
    if "--misses" in sys.argv[3:]:
        print_misses(gold, cluster_of, incidents)


def day(value):
    return date.fromisoformat(value) if value and len(value) == 10 else None


def how_it_misses(g, cluster_of, incidents, members):
    """The kinds of miss of one Archive incident, as counts (never which incident)."""
    kinds = Counter()
    votes = Counter(cluster_of[d] for d in g["documents"])
    best = votes.most_common(1)[0][0]
    incident = incidents.get(best)
    if len(votes) > 1:
        kinds["split"] += 1
        main_day = day(incident["date"]["value"]) if incident else None
        for part in votes:
            if part == best:
                continue
            other = incidents.get(part)
            other_day = day(other["date"]["value"]) if other else None
            if other is None:
                kinds["part:no account"] += 1
            elif other_day is None or main_day is None:
                kinds["part:no day"] += 1
            elif abs((other_day - main_day).days) > 30:
                kinds["part:>30 days"] += 1
            elif other_day != main_day:
                kinds["part:1-30 days"] += 1
            else:
                kinds["part:same day"] += 1
    if len({members[x] for x in cluster_of_members(best, cluster_of)}) > 1:
        kinds["joined"] += 1
    if incident is None:
        kinds["no account"] += 1
        return kinds
    for slot, key in (("fatalities", "killed"), ("injuries", "injured")):
        got, wanted = incident[slot]["best"], g[key]
        if got is None:
            kinds[f"{key}:unknown"] += wanted != 0
        elif got < wanted:
            kinds[f"{key}:fewer"] += 1
        elif got > wanted:
            kinds[f"{key}:more"] += 1
    got_day, wanted_day = day(incident["date"]["value"]), day(g["date"])
    if got_day is None:
        kinds["date:none"] += 1
    elif got_day != wanted_day:
        kinds["date:one day off" if abs((got_day - wanted_day).days) == 1 else "date:other"] += 1
    place = incident.get("place") or {}
    if not place.get("name"):
        kinds["town:none"] += 1
    elif not town_agrees(place, g["city_or_county"])[0]:
        kinds["town:other state" if place.get("admin1") != g["state"] else "town:other"] += 1
    return kinds


def cluster_of_members(cluster, cluster_of):
    return [d for d, c in cluster_of.items() if c == cluster]


def print_misses(gold, cluster_of, incidents):
    members = {d: g["incident"] for g in gold for d in g["documents"]}
    rows = defaultdict(list)
    for g in gold:
        kinds = how_it_misses(g, cluster_of, incidents, members)
        rows[g["split"]].append(kinds)
        rows["all"].append(kinds)
    kinds = sorted({k for split in rows.values() for r in split for k in r})
    print()
    print("misses  " + "  ".join(kinds))
    for split in ("train", "dev", "test", "all"):
        if rows[split]:
            print(f"{split:6}  " + "  ".join(
                f"{sum(r[k] for r in rows[split]):>{len(k)}}" for k in kinds))


if __name__ == "__main__":
    main()
