// The timeline of the incidents the table shows (uPlot): incidents per day, week, month or year as
// bars, the sum of their best fatality figures as a line. Dragging across it chooses a period: the
// bars it covers become the Since and Until filters of the table and the map.
"use strict";

const DAY_SECONDS = 86400;

/** The bucket for a span of this many days: a few dozen to a few hundred bars. */
function timelineUnit(spanDays) {
  if (spanDays <= 120) return "day";
  if (spanDays <= 2 * 365) return "week";
  if (spanDays <= 15 * 365) return "month";
  return "year";
}

function utcDay(text) {
  return new Date(text + "T00:00:00Z");
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** The first day of the bucket holding this day. */
function bucketStart(date, unit) {
  const d = new Date(date.getTime());
  if (unit === "week") d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // Monday
  if (unit === "month" || unit === "year") d.setUTCDate(1);
  if (unit === "year") d.setUTCMonth(0);
  return d;
}

/** The first day of the next bucket. */
function nextBucket(date, unit) {
  const d = new Date(date.getTime());
  if (unit === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (unit === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

/** Buckets from the first dated incident's to the last's, with incidents and fatalities. */
function timelineBuckets(dated, unit) {
  const days = dated.map((i) => utcDay(i.date.value).getTime());
  const last = bucketStart(new Date(Math.max(...days)), unit);
  const buckets = [];
  const index = new Map();
  for (let d = bucketStart(new Date(Math.min(...days)), unit); d <= last; d = nextBucket(d, unit)) {
    index.set(d.getTime(), buckets.length);
    buckets.push({ start: d, end: nextBucket(d, unit), incidents: 0, fatalities: null });
  }
  for (const incident of dated) {
    const bucket = buckets[index.get(bucketStart(utcDay(incident.date.value), unit).getTime())];
    bucket.incidents++;
    const best = incident.fatalities ? incident.fatalities.best : null;
    if (best != null) bucket.fatalities = (bucket.fatalities || 0) + best;
  }
  return buckets;
}

/**
 * Draws the timeline into container; a drag across it calls choose(since, until) with the first
 * and last day of the bars it covers.
 */
function drawTimeline(container, incidents, filters, choose) {
  const dated = incidents.filter((i) => i.date && i.date.value);
  const undated = incidents.length - dated.length;
  const controls = el("p", { class: "sub", id: "timeline-note" });
  if (filters.since || filters.until) {
    controls.append(
      el(
        "button",
        {
          type: "button",
          class: "secondary small",
          id: "timeline-all",
          onclick: () => choose(null, null),
        },
        "All dates",
      ),
      " ",
    );
  }
  if (!dated.length) {
    container.replaceChildren(el("p", {}, "No dated incident to draw."), controls);
    return;
  }
  const days = dated.map((i) => utcDay(i.date.value).getTime());
  const unit = timelineUnit((Math.max(...days) - Math.min(...days)) / (DAY_SECONDS * 1000));
  const buckets = timelineBuckets(dated, unit);
  controls.append(
    dated.length + " dated incidents by " + unit,
    undated ? " (" + undated + " undated not drawn)" : "",
    ". Drag across the chart to show a period, or use Since and Until.",
  );
  const chart = el("div", {
    class: "timeline-chart",
    id: "timeline-chart",
    role: "img",
    "aria-label":
      "Incidents and fatalities by " + unit + " from " + isoDay(buckets[0].start) + " to " + isoDay(buckets[buckets.length - 1].start),
  });
  container.replaceChildren(chart, controls);
  const data = [
    buckets.map((b) => b.start.getTime() / 1000),
    buckets.map((b) => b.incidents || null),
    buckets.map((b) => b.fatalities),
  ];
  const half = ((buckets[0].end - buckets[0].start) / 1000) * 0.5;
  const plot = new uPlot(timelineOptions(chart, unit, half, buckets, choose), data, chart);
  new ResizeObserver(() => {
    if (chart.clientWidth && Math.abs(chart.clientWidth - plot.width) > 2) plot.setSize({ width: chart.clientWidth, height: plot.height });
  }).observe(chart);
}

function timelineOptions(chart, unit, half, buckets, choose) {
  return {
    width: Math.max(chart.clientWidth, 280),
    height: 220,
    scales: {
      x: { time: true, range: (u, min, max) => [min - half * 1.2, max + half * 1.2] },
      n: { range: (u, min, max) => [0, Math.max(1, max)] },
      f: { range: (u, min, max) => [0, Math.max(1, max || 1)] },
    },
    axes: [
      {},
      { scale: "n", label: "incidents", size: 40 },
      { scale: "f", side: 1, label: "fatalities", grid: { show: false }, size: 48 },
    ],
    series: [
      { label: unit === "day" ? "Day" : "From" },
      {
        label: "Incidents",
        scale: "n",
        stroke: "#0b5cad",
        fill: "rgba(11, 92, 173, 0.35)",
        paths: uPlot.paths.bars({ size: [0.7, 60] }),
        points: { show: false },
      },
      {
        label: "Fatalities (best)",
        scale: "f",
        stroke: "#b3261e",
        width: 2,
        points: { show: true, size: 7, fill: "#b3261e" },
      },
    ],
    legend: { live: false },
    cursor: { drag: { x: true, y: false, setScale: false } },
    hooks: {
      setSelect: [
        (u) => {
          if (u.select.width < 3) return;
          const from = u.posToVal(u.select.left, "x");
          const to = u.posToVal(u.select.left + u.select.width, "x");
          const covered = buckets.filter((b) => b.start / 1000 + half >= from && b.start / 1000 - half <= to);
          u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
          if (!covered.length) return;
          const lastDay = new Date(covered[covered.length - 1].end.getTime() - DAY_SECONDS * 1000);
          choose(isoDay(covered[0].start), isoDay(lastDay));
        },
      ],
    },
  };
}
