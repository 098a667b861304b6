#!/usr/bin/env python3
"""How often each article's main event is placed and dated as its Gun Violence Archive incident.

Usage:
  ./sitrep extract ../shared/corpus/gvc/documents.jsonl > gvc-events.jsonl
  python3 scripts/gvc_places.py gvc-events.jsonl ../shared/corpus/gvc/gold.json [--show N]

The main event is the main account of gvc_reports.py (the resolver's rule). Its place agrees on country when it is in the US,
on state when its first-level division is the incident's state, on town when its name is the
incident's city or county (case and accents aside). Its date agrees when it is the incident's
day; "near" allows a day either side (a shooting after midnight, a report of "last night").
Articles without any event or with only background events are counted apart.
"""
import json
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gvc_reports import main_account as main_event  # noqa: E402


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def day_distance(a, b):
    from datetime import date

    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def main(argv):
    extracted, gold_path = argv[1], argv[2]
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    gold = json.load(open(gold_path))["incidents"]
    incident_of = {d: i for i in gold for d in i["documents"]}
    by_split = {}
    misses = []
    for line in open(extracted):
        record = json.loads(line)
        incident = incident_of.get(record["id"])
        if incident is None or record.get("refused"):
            continue
        events = record["events"]
        event = main_event(events)
        place = (event or {}).get("place") or {}
        date = ((event or {}).get("date") or {})
        counts = by_split.setdefault(incident["split"], Counter())
        counts["articles"] += 1
        counts["no event"] += not events
        counts["background only"] += bool(events) and all(e.get("background") for e in events)
        checks = {
            "country": place.get("country") == "US",
            "state": fold(place.get("admin1")) == fold(incident["state"]),
            "town": fold(place.get("name")) == fold(incident["city_or_county"]),
            "date": date.get("precision") == "day" and date.get("value") == incident["date"],
            "date near": date.get("precision") == "day"
            and day_distance(date["value"], incident["date"]) <= 1,
            "dated": date.get("value") is not None,
        }
        wrong_date = date.get("value") is not None and not (
            date.get("precision") == "day" and day_distance(date["value"], incident["date"]) <= 1
        )
        counts["wrong date"] += wrong_date
        for name, ok in checks.items():
            counts[name] += ok
        if not (checks["country"] and checks["state"]) or wrong_date:
            misses.append((incident["split"], record["id"], incident["state"],
                           incident["city_or_county"], incident["date"], place.get("name"),
                           place.get("admin1"), place.get("country"), date.get("value"),
                           date.get("precision")))
    names = ["country", "state", "town", "date", "date near", "dated", "wrong date"]
    print("split  articles  no-event bg-only " + " ".join(f"{n:>10}" for n in names))
    for split in ("train", "dev", "test"):
        c = by_split.get(split, Counter())
        n = max(1, c["articles"])
        print(f"{split:<6} {c['articles']:>8} {c['no event']:>9} {c['background only']:>7} "
              + " ".join(f"{c[x] / n:>10.3f}" for x in names))
    for miss in [m for m in misses if m[0] != "test"][:show]:
        print("  ".join(str(x) for x in miss))


if __name__ == "__main__":
    main(sys.argv)
