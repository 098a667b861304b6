#!/usr/bin/env python3
"""Scores each Gun Violence Corpus article on its own against the Gun Violence Archive.

Usage:
  ./sitrep extract - < ../shared/corpus/gvc/documents.jsonl > gvc-reports.jsonl
  python3 scripts/gvc_reports.py gvc-reports.jsonl ../shared/corpus/gvc/gold.json [--misses]

gvc_incidents.py scores incidents, where an article's misreading is often hidden by the other
articles of its incident. This scores what one article says alone: its main account (the
resolver's rule: its first current event that counts victims, a count of the arrested counting
none, else its first current event, else its first event) against the Archive's incident, on
killed, injured (strict: unknown is a miss; lenient: unknown agrees with 0), date and town (written
and read as in gvc_incidents.py, a county by its name or its seat; town+state also asks for the Archive's state). A shooting told by one article is what a reader of a single report gets;
so is an incident of a larger collection whose other reports came later.

With --misses it also counts, per split, how the articles miss: a count unknown, fewer or more
than the Archive's; a date missing, one day off or other; a town missing or another. Counts only,
so the held-out split can steer without any of its articles being read.
"""
import json
import re
import sys
from datetime import date
from collections import Counter

FIGURES = ("fatalities", "injuries", "casualties", "missing", "abducted")


def written(name):
    # The Archive writes a county both ways: "Madison County", "Polk (county)".
    name = re.sub(r"\s*\((county|parish)\)", r" \1", name.lower())
    name = re.sub(r"\bst\.?(?=\s)", "saint", name)
    # GeoNames names the city "New York City"; the Archive writes "New York (Brooklyn)".
    name = re.sub(r"^new york city\b", "new york", name)
    return re.sub(r"\s+", " ", name.replace("-", " ")).strip()


def town_agrees(place, archive_town):
    """Whether a place is the Archive's town: its name, or for a county its seat.

    Returns (agrees, by_seat). The Archive, like ACLED, codes a report that gives only a county at
    the county's seat ("Harris County" at Houston), and Sitrep gives that seat beside the county;
    by_seat says the seat, not the name, agreed, so the scores can say how often that happens.
    """
    wanted = written(archive_town)
    name = written(place.get("name") or "")
    if name and name in wanted:
        return True, False
    seat = written(place.get("seat") or "") if place.get("precision") == "county" else ""
    by_seat = bool(seat) and seat in wanted
    return by_seat, by_seat


def main_account(events):
    current = [e for e in events if not e["background"]]
    for event in current:
        if any(c["slot"] in FIGURES for c in event["claims"]):
            return event
    if current:
        return current[0]
    return events[0] if events else None


def main():
    gold = json.load(open(sys.argv[2]))["incidents"]
    incident_of = {d: g for g in gold for d in g["documents"]}
    scores = {}
    for line in open(sys.argv[1]):
        report = json.loads(line)
        g = incident_of.get(report["id"])
        if g is None:
            continue
        event = main_account(report.get("events") or [])
        score = Counter()
        if event is not None:
            killed = event["fatalities"]["best"]
            injured = event["injuries"]["best"]
            score["killed"] = killed == g["killed"]
            score["injured"] = injured == g["injured"]
            score["killed_l"] = (killed if killed is not None else 0) == g["killed"]
            score["injured_l"] = (injured if injured is not None else 0) == g["injured"]
            score["date"] = event["date"]["value"] == g["date"]
            place = event.get("place") or {}
            name = written(place.get("name") or "")
            score["town"], score["by_seat"] = town_agrees(place, g["city_or_county"])
            score["town_state"] = score["town"] and place.get("admin1") == g["state"]
            for field, value in (("killed", killed), ("injured", injured)):
                if value is None and g[field] != 0:
                    score[field + ":unknown"] = 1
                elif value is not None and value < g[field]:
                    score[field + ":fewer"] = 1
                elif value is not None and value > g[field]:
                    score[field + ":more"] = 1
            day = event["date"]["value"]
            if day is None:
                score["date:none"] = 1
            elif day != g["date"]:
                near = abs((date.fromisoformat(day[:10]) - date.fromisoformat(g["date"])).days)
                score["date:one day off" if near == 1 else "date:other"] = 1
            if not score["town"]:
                score["town:none" if not name else "town:other"] = 1
        else:
            score["no account"] = 1
        scores[report["id"]] = (g["split"], score)
    print("split  articles  killed  injured  killed(lenient) injured(lenient) date   town   town+state")
    for split in ("train", "dev", "test", None):
        rows = [s for sp, s in scores.values() if split is None or sp == split]
        if not rows:
            continue
        print(f"{split or 'all':6} {len(rows):8}  " + "  ".join(
            f"{sum(s[k] for s in rows) / len(rows):.3f}" for k in
            ("killed", "injured", "killed_l", "injured_l", "date", "town", "town_state")))
    print("town agreeing through a county's seat (articles): " + ", ".join(
        f"{split or 'all'} {sum(s['by_seat'] for sp, s in scores.values() if split is None or sp == split)}"
        for split in ("train", "dev", "test", None)))
    if "--misses" in sys.argv[3:]:
        # How the articles miss, per split: counts only, never which article.
        kinds = sorted({k for _, s in scores.values() for k in s if ":" in k or k == "no account"})
        print()
        print("misses  " + "  ".join(kinds))
        for split in ("train", "dev", "test", None):
            rows = [s for sp, s in scores.values() if split is None or sp == split]
            print(f"{split or 'all':6}  " + "  ".join(
                f"{sum(s[k] for s in rows):>{len(k)}}" for k in kinds))


if __name__ == "__main__":
    main()
