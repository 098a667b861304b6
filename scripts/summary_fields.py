#!/usr/bin/env python3
"""Field accuracy of `sitrep extract` on the analyst incident summaries, read from the EVENT JSON.

Usage:
  ./sitrep extract sitrep-engine/src/test/resources/golden/summaries/summaries.jsonl > summary-events.jsonl
  python3 scripts/summary_fields.py summary-events.jsonl \
      sitrep-engine/src/test/resources/golden/summaries/key.jsonl [--show dev|test|all]

Reads what an outside user reads: a summary's main event is its first event that is not
background; `fatalities.best`, `injuries.best`, `attackType`, `subtype`, the actors with role
perpetrator, `responsibility.claimed`, `place.country` and `place.name` at town or point precision
are compared with the hand-coded key (conventions in the README beside it). A summary without an
event is wrong on every field. SummaryScoreTest scores the same fields from the records.
"""
import json
import sys
import unicodedata

FIELDS = ["killed", "injured", "attackType", "subtype", "perpetrator", "claimed", "country", "town"]


def fold(name):
    decomposed = unicodedata.normalize("NFD", name or "")
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower().strip()


def fields(event):
    place = event["place"] or {}
    town = place.get("name") if place.get("precision") in ("town", "point") else None
    return {
        "killed": event["fatalities"]["best"],
        "injured": event["injuries"]["best"],
        "attackType": event.get("attackType"),
        "subtype": event["subtype"],
        "perpetrator": {a["name"] for a in event["actors"] if a["role"] == "perpetrator"},
        "claimed": event["responsibility"]["claimed"],
        "country": place.get("country"),
        "town": town,
    }


def right(field, got, key):
    want = key[field]
    if field == "perpetrator":
        accepted = ({want} if want else set()) | set(key.get("perpetratorAlso", []))
        return not got if want is None else bool(got) and got <= accepted
    if field == "town":
        if want is None:
            return got is None
        accepted = {fold(name) for name in [want] + key.get("townAlso", [])}
        return got is not None and fold(got) in accepted
    return got == want


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    show = argv[4] if len(argv) > 4 and argv[3] == "--show" else None
    keys = {}
    with open(argv[2], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                key = json.loads(line)
                keys[key["id"]] = key
    tally = {}
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            key = keys.get(record["id"])
            if key is None:
                continue
            current = [e for e in record.get("events") or [] if not e["background"]]
            got = fields(current[0]) if current else None
            wrong = []
            for field in FIELDS:
                ok = got is not None and right(field, got[field], key)
                counts = tally.setdefault((key["split"], field), [0, 0])
                counts[0] += ok
                counts[1] += 1
                if not ok:
                    wrong.append(f"{field}: {None if got is None else got[field]!r} (key {key[field]!r})")
            if wrong and show in (key["split"], "all"):
                print(record["id"], key["split"], "; ".join(wrong))
    print(f"{'split':6} " + " ".join(f"{field:>11}" for field in FIELDS))
    for split in ("dev", "test"):
        if (split, "killed") in tally:
            cells = " ".join(
                f"{tally[(split, field)][0] / tally[(split, field)][1]:>11.2f}" for field in FIELDS
            )
            print(f"{split:6} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
