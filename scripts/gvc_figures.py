#!/usr/bin/env python3
"""How often each article's main event agrees with its Gun Violence Archive incident.

Usage:
  ./sitrep extract ../shared/corpus/gvc/documents.jsonl > gvc-events.jsonl
  python3 scripts/gvc_figures.py gvc-events.jsonl ../shared/corpus/gvc/gold.json [--show N]

An article's main event is its first event that is not background and gives a fatality or
injury figure, else its first event. Its killed / injured best values are compared with the
incident's counts; unknown (null) counts as a miss for a count the Archive gives, which is
what a reader of the number would see. That strict measure is the headline.

A second, lenient measure is printed below it, clearly labelled: there an unknown (null) killed or
injured count agrees with the Archive's 0. The Archive codes silence as 0, while Sitrep keeps
what a report does not tell as unknown (unknown is not zero), so the lenient measure shows how
much of the strict gap is only that difference of coding. A null never agrees with a count above 0.
"""
import json
import sys
from collections import Counter


def main_event(events):
    current = [e for e in events if not e.get("background")]
    for event in current:
        if event["fatalities"]["best"] is not None or event["injuries"]["best"] is not None:
            return event
    return current[0] if current else (events[0] if events else None)


def main(argv):
    extracted, gold_path = argv[1], argv[2]
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    gold = json.load(open(gold_path))["incidents"]
    incident_of = {}
    for incident in gold:
        for document in incident["documents"]:
            incident_of[document] = incident
    totals = Counter()
    by_split = {}
    misses = []
    for line in open(extracted):
        record = json.loads(line)
        incident = incident_of.get(record["id"])
        if incident is None or record.get("refused"):
            totals["skipped"] += 1
            continue
        event = main_event(record["events"])
        killed = event["fatalities"]["best"] if event else None
        injured = event["injuries"]["best"] if event else None
        ok_killed = killed == incident["killed"]
        ok_injured = injured == incident["injured"]
        lenient_killed = ok_killed or (killed is None and incident["killed"] == 0)
        lenient_injured = ok_injured or (injured is None and incident["injured"] == 0)
        split = by_split.setdefault(incident["split"], Counter())
        for counter in (totals, split):
            counter["articles"] += 1
            counter["with event"] += event is not None
            counter["killed agrees"] += ok_killed
            counter["injured agrees"] += ok_injured
            counter["both agree"] += ok_killed and ok_injured
            counter["lenient killed"] += lenient_killed
            counter["lenient injured"] += lenient_injured
            counter["lenient both"] += lenient_killed and lenient_injured
        if not (ok_killed and ok_injured):
            misses.append((record["id"], incident["incident"], (killed, injured),
                           (incident["killed"], incident["injured"]),
                           event["subtype"] if event else None))
    def report(name, counter):
        n = counter["articles"] or 1
        print(f"{name:6} articles {counter['articles']:4}  with an event {counter['with event'] / n:.3f}"
              f"  killed {counter['killed agrees'] / n:.3f}  injured {counter['injured agrees'] / n:.3f}"
              f"  both {counter['both agree'] / n:.3f}")
    def lenient(name, counter):
        n = counter["articles"] or 1
        print(f"{name:6} articles {counter['articles']:4}  killed {counter['lenient killed'] / n:.3f}"
              f"  injured {counter['lenient injured'] / n:.3f}"
              f"  both {counter['lenient both'] / n:.3f}")
    print("STRICT (headline): unknown (null) is a miss")
    report("all", totals)
    for split in sorted(by_split):
        report(split, by_split[split])
    print("LENIENT: unknown (null) agrees with the Archive's 0 (the Archive codes silence as 0)")
    lenient("all", totals)
    for split in sorted(by_split):
        lenient(split, by_split[split])
    for miss in misses[:show]:
        print("miss", *miss)


if __name__ == "__main__":
    main(sys.argv)
