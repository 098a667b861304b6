// Sitrep's web UI: the incidents table with its timeline and map, the incident and document pages,
// over /api; graph.js (actors), report.js (adding a report) and search.js (full-text search) add
// their pages through ROUTES, and decisions.js the incident page's merge decisions.
// Reports are untrusted input: every text from the API goes into the page through textContent
// (el() below), never through innerHTML.
"use strict";

const main = document.getElementById("main");
const statusLine = document.getElementById("status");

// Anything the Content-Security-Policy blocks is recorded here (the end-to-end test reads it).
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) =>
  window.cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline")),
);

/** Creates an element; children are nodes or strings (strings become text nodes). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.status + " " + response.statusText;
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
}

/** Counts the pages opened; a page still loading when another opens must not draw over it. */
let routeTicket = 0;

function failure(error) {
  return el("p", { class: "error", role: "alert" }, "Could not load: " + error.message);
}

// ---- formatting -------------------------------------------------------------------------------

const DASH = "\u2013";

/** low–best–high; "?" for an unknown bound, one figure when all three agree, "unknown" if none. */
function range(estimate) {
  if (!estimate) return "unknown";
  const { low, best, high } = estimate;
  if (low == null && best == null && high == null) return "unknown";
  if (low === best && best === high) return String(best);
  return [low, best, high].map((v) => (v == null ? "?" : String(v))).join(DASH);
}

function rangeTitle(estimate) {
  if (!estimate) return "unknown";
  const part = (name, v) => name + " " + (v == null ? "unknown" : v);
  return [part("low", estimate.low), part("best", estimate.best), part("high", estimate.high)].join(", ");
}

function placeText(place) {
  if (!place || (!place.name && !place.country)) return "unknown place";
  const country = place.countryName || place.country;
  if (!place.name || place.name === country) return country || place.name;
  return country ? place.name + " (" + country + ")" : place.name;
}

function dateText(date) {
  if (!date || !date.value) return "undated";
  return date.precision && date.precision !== "day" ? date.value + " (" + date.precision + ")" : date.value;
}

function typeText(incident) {
  return incident.subtype && incident.subtype !== incident.type
    ? incident.type + " / " + incident.subtype
    : incident.type;
}

function valueText(value) {
  if (value == null) return "";
  if (typeof value !== "object") return String(value);
  if ("low" in value || "high" in value || "stated" in value) {
    const low = value.low, high = value.high;
    let text;
    if (low != null && high != null) text = low === high ? String(low) : low + DASH + high;
    else if (low != null) text = "at least " + low;
    else if (high != null) text = "at most " + high;
    else text = "unknown";
    return value.hedge && value.hedge !== "none" && value.hedge !== "exact" ? text + " (" + value.hedge + ")" : text;
  }
  if ("date" in value) return value.date + (value.precision && value.precision !== "day" ? " (" + value.precision + ")" : "");
  if ("name" in value) {
    const extra = [value.country, value.via ? "via " + value.via : null].filter(Boolean).join(", ");
    return extra ? value.name + " (" + extra + ")" : value.name;
  }
  return JSON.stringify(value);
}

function incidentLink(id, text) {
  return el("a", { href: "#/incident/" + encodeURIComponent(id) }, text);
}

function documentLink(id, text) {
  return el("a", { href: "#/document/" + encodeURIComponent(id) }, text || id);
}

// ---- the incidents table ----------------------------------------------------------------------

const FILTERS = [
  { name: "since", label: "Since", type: "date" },
  { name: "until", label: "Until", type: "date" },
  { name: "country", label: "Country", type: "text", list: "countries", placeholder: "AF or Afghanistan" },
  { name: "type", label: "Type", type: "text", list: "types", placeholder: "e.g. Suicide bomb" },
  { name: "actor", label: "Actor", type: "text", placeholder: "e.g. ISKP" },
  { name: "q", label: "Text", type: "search", placeholder: "words" },
];

/** The filters the API's incident endpoints take; the others (q) only /api/incidents. */
const INCIDENT_FILTERS = ["since", "until", "country", "type", "actor"];

// ---- the address: #/PAGE?filters ------------------------------------------------------------

/** The filters (and the table's sort) in the address after "?", so a view can be linked. */
function hashParameters() {
  const hash = location.hash || "#/";
  const at = hash.indexOf("?");
  return new URLSearchParams(at < 0 ? "" : hash.slice(at + 1));
}

function filtersFromHash() {
  const parameters = hashParameters();
  const filters = {};
  for (const filter of FILTERS) {
    const value = (parameters.get(filter.name) || "").trim();
    if (value) filters[filter.name] = value;
  }
  return filters;
}

function filterQuery(filters, names) {
  const query = new URLSearchParams();
  for (const name of names || FILTERS.map((f) => f.name)) {
    if (filters[name]) query.set(name, filters[name]);
  }
  return query;
}

/** Opens a page with these filters; the same address again just draws it again. */
function goTo(page, filters, extra) {
  const query = filterQuery(filters);
  for (const [name, value] of Object.entries(extra || {})) if (value) query.set(name, value);
  const hash = "#/" + page + (String(query) ? "?" + query : "");
  if (location.hash === hash) route();
  else location.hash = hash;
}

/** The nav links carry the current filters from one view of the incidents to the other. */
function updateNavigation(filters) {
  const query = String(filterQuery(filters, INCIDENT_FILTERS.concat(["q"])));
  document.getElementById("nav-incidents").setAttribute("href", "#/" + (query ? "?" + query : ""));
  const actors = String(filterQuery(filters, INCIDENT_FILTERS));
  document.getElementById("nav-actors").setAttribute("href", "#/actors" + (actors ? "?" + actors : ""));
}

const COLUMNS = [
  { key: "date", label: "Date", value: (i) => (i.date && i.date.value) || "", cell: (i) => dateText(i.date) },
  { key: "place", label: "Place", value: (i) => placeText(i.place), cell: (i) => placeText(i.place) },
  {
    key: "type",
    label: "Type",
    value: typeText,
    cell: (i) => incidentLink(i.id, typeText(i)),
  },
  {
    key: "fatalities",
    label: "Fatalities",
    num: true,
    value: (i) => (i.fatalities ? i.fatalities.best : null),
    cell: (i) => el("span", { title: rangeTitle(i.fatalities) }, range(i.fatalities)),
  },
  {
    key: "injuries",
    label: "Injuries",
    num: true,
    value: (i) => (i.injuries ? i.injuries.best : null),
    cell: (i) => el("span", { title: rangeTitle(i.injuries) }, range(i.injuries)),
  },
  {
    key: "sources",
    label: "Sources",
    num: true,
    value: (i) => (i.sources ? i.sources.independent * 10000 + i.sources.reports : null),
    cell: (i) =>
      el(
        "span",
        { title: "reports / independent sources" },
        i.sources ? i.sources.reports + " / " + i.sources.independent : "",
      ),
  },
];

const listState = { filters: {}, sort: { key: "date", ascending: true }, incidents: [], total: 0 };

function sortFromHash() {
  const sort = hashParameters().get("sort") || "";
  const key = sort.replace(/^-/, "");
  return COLUMNS.some((c) => c.key === key) ? { key, ascending: !sort.startsWith("-") } : { key: "date", ascending: true };
}

/** Keeps the table's sort in the address without drawing the page again. */
function rememberSort() {
  const sort = (listState.sort.ascending ? "" : "-") + listState.sort.key;
  const query = filterQuery(listState.filters);
  if (sort !== "date") query.set("sort", sort);
  history.replaceState(null, "", "#/" + (String(query) ? "?" + query : ""));
}

function compare(a, b) {
  if (a === b) return 0;
  if (a == null || a === "") return 1; // unknowns last either way (flipped back below)
  if (b == null || b === "") return -1;
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
}

function sorted(incidents) {
  const column = COLUMNS.find((c) => c.key === listState.sort.key);
  const sign = listState.sort.ascending ? 1 : -1;
  return incidents
    .map((incident, index) => ({ incident, index }))
    .sort((x, y) => {
      const a = column.value(x.incident), b = column.value(y.incident);
      const unknownA = a == null || a === "", unknownB = b == null || b === "";
      if (unknownA !== unknownB) return unknownA ? 1 : -1;
      return sign * compare(a, b) || x.index - y.index;
    })
    .map((x) => x.incident);
}

async function renderList() {
  document.title = "Incidents \u2013 Sitrep";
  listState.filters = filtersFromHash();
  listState.sort = sortFromHash();
  updateNavigation(listState.filters);
  const shown = main.querySelector("form.filters[data-page='list']");
  if (shown) {
    // Only the filters changed: keep the page (and the keyboard focus), load the incidents again.
    for (const input of shown.querySelectorAll("input[name]")) input.value = listState.filters[input.name] || "";
    await loadIncidents(main.querySelector("#results"), main.querySelector(".overview"));
    return;
  }
  const form = filterForm(listState.filters, FILTERS, (filters) => goTo("", filters));
  form.setAttribute("data-page", "list");
  const overview = el(
    "div",
    { class: "overview" },
    el(
      "section",
      { class: "panel", "aria-labelledby": "timeline-h", id: "timeline-panel" },
      el("h2", { id: "timeline-h" }, "Over time"),
      el("div", { id: "timeline" }),
    ),
    el(
      "section",
      { class: "panel", "aria-labelledby": "map-h", id: "map-panel" },
      el("h2", { id: "map-h" }, "Map"),
      el("div", { id: "map" }),
    ),
  );
  const results = el("section", { "aria-label": "Incidents", id: "results" });
  show(el("h1", {}, "Incidents"), form, overview, results);
  fillSuggestions(form);
  await loadIncidents(results, overview);
}

/** The filter form; Apply and Clear give the chosen filters to apply(filters). */
function filterForm(values, fields, apply) {
  const form = el("form", { class: "filters panel", role: "search", "aria-label": "Filter incidents" });
  for (const filter of fields) {
    form.append(
      el(
        "label",
        {},
        filter.label,
        el("input", {
          name: filter.name,
          id: "filter-" + filter.name,
          type: filter.type,
          list: filter.list,
          placeholder: filter.placeholder,
          value: values[filter.name] || "",
        }),
      ),
    );
  }
  form.append(
    el("button", { type: "submit", id: "apply" }, "Apply"),
    el("button", { type: "reset", class: "secondary", id: "clear" }, "Clear"),
    el("datalist", { id: "countries" }),
    el("datalist", { id: "types" }),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const filters = {};
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim()) filters[name] = String(value).trim();
    }
    apply(filters);
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    apply({});
  });
  return form;
}

async function fillSuggestions(form) {
  try {
    const stats = await api("/api/stats");
    const countries = form.querySelector("#countries"), types = form.querySelector("#types");
    for (const key of Object.keys(stats.byCountry || {}).sort()) countries.append(el("option", { value: key }));
    for (const key of Object.keys(stats.byType || {}).sort()) types.append(el("option", { value: key }));
    statusLine.textContent =
      stats.documents + " reports, " + stats.incidents + " incidents" + (stats.current ? "" : " (resolving\u2026)");
  } catch (error) {
    statusLine.textContent = "";
  }
}

async function loadIncidents(results, overview) {
  const query = filterQuery(listState.filters, INCIDENT_FILTERS.concat(["q"]));
  query.set("limit", "1000");
  results.setAttribute("aria-busy", "true");
  try {
    const answer = await api("/api/incidents?" + query);
    listState.incidents = answer.incidents;
    listState.total = answer.total;
    drawTable(results);
    drawOverview(overview);
  } catch (error) {
    results.replaceChildren(failure(error));
  } finally {
    results.removeAttribute("aria-busy");
  }
}

/** The timeline (timeline.js) and the map (map.js) of the incidents the table shows. */
function drawOverview(overview) {
  const timeline = overview.querySelector("#timeline");
  const map = overview.querySelector("#map");
  try {
    drawTimeline(timeline, listState.incidents, listState.filters, (since, until) =>
      goTo("", Object.assign({}, listState.filters, { since, until })),
    );
  } catch (error) {
    timeline.replaceChildren(failure(error));
  }
  drawMap(map, listState.incidents).catch((error) => map.replaceChildren(failure(error)));
}

function drawTable(results) {
  const incidents = sorted(listState.incidents);
  const shown = listState.total > incidents.length ? incidents.length + " of " + listState.total : String(incidents.length);
  const count = el("p", { class: "count", id: "count", "aria-live": "polite" }, shown + (listState.total === 1 ? " incident" : " incidents"));
  if (!incidents.length) {
    results.replaceChildren(count, el("p", {}, "No incident matches these filters."));
    return;
  }
  const head = el(
    "tr",
    {},
    COLUMNS.map((column) => {
      const active = listState.sort.key === column.key;
      return el(
        "th",
        {
          scope: "col",
          class: column.num ? "num" : null,
          "aria-sort": active ? (listState.sort.ascending ? "ascending" : "descending") : null,
        },
        el(
          "button",
          {
            type: "button",
            "data-sort": column.key,
            onclick: () => {
              listState.sort = { key: column.key, ascending: active ? !listState.sort.ascending : !column.num };
              rememberSort();
              drawTable(results);
              results.querySelector('[data-sort="' + column.key + '"]').focus();
            },
          },
          column.label,
        ),
      );
    }),
  );
  const rows = incidents.map((incident) =>
    el(
      "tr",
      { "data-id": incident.id },
      COLUMNS.map((column) => el("td", { class: column.num ? "num" : column.key === "date" ? "date" : null }, column.cell(incident))),
    ),
  );
  results.replaceChildren(
    count,
    el("div", { class: "table-wrap" }, el("table", { id: "incidents" }, el("thead", {}, head), el("tbody", {}, rows))),
  );
}

// ---- the incident page ------------------------------------------------------------------------

async function renderIncident(id) {
  const ticket = routeTicket;
  show(el("p", {}, "Loading incident\u2026"));
  let incident;
  try {
    incident = await api("/api/incidents/" + encodeURIComponent(id));
  } catch (error) {
    if (ticket === routeTicket) show(el("p", {}, el("a", { href: "#/" }, "\u2190 All incidents")), failure(error));
    return;
  }
  const heading = typeText(incident) + " \u2013 " + placeText(incident.place) + ", " + dateText(incident.date);
  document.title = heading + " \u2013 Sitrep";
  const documents = await Promise.all(
    (incident.documents || []).map((documentId) =>
      api("/api/documents/" + encodeURIComponent(documentId)).catch((error) => ({ id: documentId, error })),
    ),
  );
  if (ticket !== routeTicket) return;
  show(
    el("p", {}, el("a", { href: "#/" }, "\u2190 All incidents")),
    el("h1", { id: "incident-title" }, heading),
    el("p", { class: "sub" }, "Incident ", el("code", {}, incident.id), incident.background ? " (background event)" : ""),
    el("div", { class: "grid" }, facts(incident), estimates(incident)),
    conflicts(incident),
    claims(incident),
    documentList(incident, documents),
    decisions(incident, documents),
    evidence(incident, documents),
  );
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

function facts(incident) {
  const place = incident.place || {};
  const responsibility = incident.responsibility || {};
  const actors = incident.actors || [];
  return el(
    "section",
    { class: "panel", "aria-labelledby": "facts-h" },
    el("h2", { id: "facts-h" }, "Facts"),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "Type"),
      el("dd", {}, typeText(incident)),
      el("dt", {}, "Date"),
      el("dd", {}, dateText(incident.date)),
      el("dt", {}, "Place"),
      el(
        "dd",
        {},
        placeText(place),
        place.admin1 && place.admin1 !== place.name ? ", " + place.admin1 : "",
        place.precision ? el("span", { class: "sub" }, " \u00b7 precision: " + place.precision) : "",
        place.seat ? el("span", { class: "sub" }, " \u00b7 seat: " + place.seat) : "",
        place.lat != null ? el("span", { class: "sub" }, " \u00b7 " + place.lat + ", " + place.lon) : "",
      ),
      el("dt", {}, "Actors"),
      el("dd", {}, actors.length ? el("ul", { class: "plain" }, actors.map((a) => el("li", {}, a.name + " \u2013 " + a.role))) : "none named"),
      el("dt", {}, "Responsibility"),
      el("dd", { id: "responsibility" }, responsibilityText(responsibility)),
      el("dt", {}, "Sources"),
      el(
        "dd",
        {},
        incident.sources ? incident.sources.reports + " reports, " + incident.sources.independent + " independent" : "",
      ),
    ),
  );
}

function responsibilityText(responsibility) {
  if (!responsibility.claimed) return "not claimed";
  let text = "claimed by " + responsibility.by + (responsibility.via ? " via " + responsibility.via : "");
  if (responsibility.competing && responsibility.competing.length) {
    text += "; also claimed by " + responsibility.competing.map((c) => (typeof c === "string" ? c : c.name)).join(", ");
  }
  return text;
}

function estimates(incident) {
  const row = (label, estimate) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, label),
      ["low", "best", "high"].map((k) => el("td", { class: "num" }, estimate && estimate[k] != null ? String(estimate[k]) : "?")),
    );
  const breakdown = incident.breakdown || [];
  return el(
    "section",
    { class: "panel", "aria-labelledby": "estimates-h" },
    el("h2", { id: "estimates-h" }, "Estimates"),
    el(
      "table",
      { id: "estimates" },
      el("thead", {}, el("tr", {}, el("th", {}, ""), ["Low", "Best", "High"].map((k) => el("th", { class: "num", scope: "col" }, k)))),
      el(
        "tbody",
        {},
        el("tr", {}, el("th", { scope: "row" }, "Fatalities"), el("td", { class: "num", colspan: 3, id: "fatalities" }, range(incident.fatalities))),
        row("", incident.fatalities),
        el("tr", {}, el("th", { scope: "row" }, "Injuries"), el("td", { class: "num", colspan: 3, id: "injuries" }, range(incident.injuries))),
        row("", incident.injuries),
      ),
    ),
    breakdown.length
      ? el(
          "div",
          {},
          el("h3", {}, "Breakdown"),
          el(
            "table",
            { id: "breakdown" },
            el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Group"), el("th", { class: "num", scope: "col" }, "Fatalities"))),
            el(
              "tbody",
              {},
              breakdown.map((group) => el("tr", {}, el("td", {}, group.group), el("td", { class: "num", title: rangeTitle(group.fatalities) }, range(group.fatalities)))),
            ),
          ),
        )
      : "",
    el("p", { class: "sub" }, "Ranges are low\u2013best\u2013high; ? is a bound no report gave."),
  );
}

function conflicts(incident) {
  const list = incident.conflicts || [];
  return el(
    "section",
    { "aria-labelledby": "conflicts-h", id: "conflicts" },
    el("h2", { id: "conflicts-h" }, "Conflicts (" + list.length + ")"),
    list.length
      ? el(
          "ul",
          { class: "plain panel" },
          list.map((conflict) =>
            el(
              "li",
              {},
              el("strong", {}, conflict.slot),
              ": ",
              (conflict.sources && conflict.sources.length
                ? conflict.sources.map((s) => s.value + " (" + (s.documents || []).join(", ") + ")")
                : conflict.values || []
              ).join(" vs "),
              el("br"),
              el("span", { class: "sub" }, "Resolved: " + (conflict.resolution || "not resolved")),
            ),
          ),
        )
      : el("p", {}, "The reports agree."),
  );
}

function claimId(index) {
  return "claim-" + index;
}

function claims(incident) {
  const list = incident.claims || [];
  return el(
    "section",
    { "aria-labelledby": "claims-h", id: "claims" },
    el("h2", { id: "claims-h" }, "Claims (" + list.length + ")"),
    el(
      "ul",
      { class: "plain panel" },
      list.map((claim, index) =>
        el(
          "li",
          { class: claim.attribution === "perpetrator" ? "claim perpetrator" : "claim" },
          claim.attribution === "perpetrator"
            ? el("span", { class: "badge perpetrator", title: "kept, never used for the best figure" }, "perpetrators' claim")
            : "",
          el("span", { class: "badge" }, claim.slot + (claim.group ? " / " + claim.group : "")),
          el("strong", {}, valueText(claim.value)),
          " \u00b7 ",
          claim.source || claim.attribution,
          claim.reported ? " \u00b7 reported " + claim.reported : "",
          " \u00b7 ",
          el("a", { href: "#" + claimId(index), "data-claim": claimId(index) }, "in " + claim.document),
          claim.text ? el("blockquote", {}, claim.text) : "",
        ),
      ),
    ),
  );
}

function documentList(incident, documents) {
  const copies = (incident.sources && incident.sources.copies) || {};
  return el(
    "section",
    { "aria-labelledby": "documents-h", id: "documents" },
    el("h2", { id: "documents-h" }, "Documents (" + documents.length + ")"),
    el(
      "ul",
      { class: "plain panel" },
      documents.map((doc) =>
        el(
          "li",
          {},
          documentLink(doc.id),
          doc.title ? " \u2013 " + doc.title : "",
          doc.published && doc.published.value ? el("span", { class: "sub" }, " \u00b7 " + doc.published.value) : "",
          copies[doc.id] ? [" ", el("span", { class: "badge copy" }, "copy of " + copies[doc.id])] : "",
        ),
      ),
    ),
  );
}

/** Each document's text with the incident's claim spans in it wrapped in <mark>. */
function evidence(incident, documents) {
  const claimsByDocument = new Map();
  (incident.claims || []).forEach((claim, index) => {
    if (!claimsByDocument.has(claim.document)) claimsByDocument.set(claim.document, []);
    claimsByDocument.get(claim.document).push({ claim, index });
  });
  return el(
    "section",
    { "aria-labelledby": "evidence-h", id: "evidence" },
    el("h2", { id: "evidence-h" }, "Evidence in the documents"),
    documents.map((doc) =>
      el(
        "article",
        { "aria-label": "Document " + doc.id },
        el(
          "h3",
          {},
          documentLink(doc.id),
          doc.title ? [" \u2013 ", highlighted(doc.title, (claimsByDocument.get(doc.id) || []).filter(inTitle), "span")] : "",
        ),
        doc.error
          ? failure(doc.error)
          : highlighted(doc.text || "", (claimsByDocument.get(doc.id) || []).filter((s) => !inTitle(s))),
      ),
    ),
  );
}

/** Whether a claim's span counts in its document's title ("in": "title") rather than its text. */
function inTitle(s) {
  return s.claim.in === "title";
}

/**
 * The text as text nodes with <mark> around each span; overlapping spans share the first mark
 * (it gets the ids of all claims it covers as anchors). The block is a focusable div, or a plain
 * element of the given tag for a title.
 */
function highlighted(text, spans, tag) {
  const ordered = spans
    .filter((s) => Array.isArray(s.claim.span) && s.claim.span[0] < s.claim.span[1] && s.claim.span[1] <= text.length)
    .sort((a, b) => a.claim.span[0] - b.claim.span[0] || b.claim.span[1] - a.claim.span[1]);
  const block = tag ? el(tag, {}) : el("div", { class: "doc-text", tabindex: "0" });
  let at = 0;
  let last = null;
  for (const { claim, index } of ordered) {
    const [start, end] = claim.span;
    if (last && start < at) {
      // Inside or overlapping the previous mark: extend it, and let its anchor stand for this claim.
      if (end > at) {
        last.append(text.slice(at, end));
        at = end;
      }
      last.append(el("span", { id: claimId(index) }));
      if (claim.attribution === "perpetrator") last.classList.add("perpetrator");
      continue;
    }
    block.append(text.slice(at, start));
    last = el(
      "mark",
      { id: claimId(index), class: claim.attribution === "perpetrator" ? "perpetrator" : null, title: claim.slot + ": " + valueText(claim.value) },
      text.slice(start, end),
    );
    block.append(last);
    at = end;
  }
  block.append(text.slice(at));
  return block;
}

/**
 * The text as text nodes with a <mark> around each [start, end) range (UTF-16 offsets, as the
 * API gives them); ranges out of bounds are dropped and overlapping ones merged.
 */
function markedText(text, matches) {
  const ranges = (Array.isArray(matches) ? matches : [])
    .filter((m) => Array.isArray(m) && Number.isInteger(m[0]) && Number.isInteger(m[1]))
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range.slice());
  }
  const block = el("span", { class: "fragment" });
  let at = 0;
  for (const [start, end] of merged) {
    block.append(text.slice(at, start), el("mark", {}, text.slice(start, end)));
    at = end;
  }
  block.append(text.slice(at));
  return block;
}

// ---- the document page ------------------------------------------------------------------------

async function renderDocument(id) {
  const ticket = routeTicket;
  show(el("p", {}, "Loading document\u2026"));
  let doc;
  try {
    doc = await api("/api/documents/" + encodeURIComponent(id));
  } catch (error) {
    if (ticket === routeTicket) show(el("p", {}, el("a", { href: "#/" }, "\u2190 All incidents")), failure(error));
    return;
  }
  if (ticket !== routeTicket) return;
  document.title = (doc.title || doc.id) + " \u2013 Sitrep";
  const spans = [];
  let index = 0;
  for (const event of doc.events || []) {
    for (const claim of event.claims || []) spans.push({ claim: { ...claim, document: doc.id }, index: index++ });
  }
  show(
    el("p", {}, el("a", { href: "#/" }, "\u2190 All incidents")),
    el("h1", { id: "document-title" }, doc.title ? highlighted(doc.title, spans.filter(inTitle), "span") : doc.id),
    el(
      "dl",
      { class: "facts panel" },
      el("dt", {}, "Id"),
      el("dd", {}, doc.id),
      el("dt", {}, "Published"),
      el("dd", {}, doc.published && doc.published.value ? doc.published.value + " (" + doc.published.evidence + ")" : "unknown"),
      el("dt", {}, "Outlet"),
      el("dd", {}, doc.outlet || doc.source || ""),
      el("dt", {}, "URL"),
      el("dd", {}, doc.url || ""),
      el("dt", {}, "Incidents"),
      el("dd", {}, (doc.incidents || []).length ? (doc.incidents || []).map((i) => [incidentLink(typeof i === "string" ? i : i.id, typeof i === "string" ? i : i.id), " "]) : "none"),
    ),
    el("h2", {}, "Text with the extracted claims"),
    highlighted(doc.text || "", spans.filter((s) => !inTitle(s))),
  );
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

// ---- routing ----------------------------------------------------------------------------------

/** Pages by the first part of the address after "#/"; other files add theirs. */
const ROUTES = {
  "": renderList,
  incident: (rest) => renderIncident(rest),
  document: (rest) => renderDocument(rest),
};

function route() {
  routeTicket++;
  const hash = location.hash || "#/";
  const legacy = new URLSearchParams(location.search).get("id");
  if (legacy && !location.hash) {
    renderIncident(legacy);
    return;
  }
  if (!hash.startsWith("#/") && hash !== "#") {
    // An in-page anchor (a claim's mark): scroll to it, keep the page.
    const target = document.getElementById(hash.slice(1));
    if (target) target.scrollIntoView({ block: "center" });
    else renderList();
    return;
  }
  const path = hash.slice(2).split("?")[0];
  const slash = path.indexOf("/");
  const page = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? "" : decodeURIComponent(path.slice(slash + 1));
  const render = Object.prototype.hasOwnProperty.call(ROUTES, page) ? ROUTES[page] : renderList;
  if (page !== "" && page !== "actors") updateNavigation(listState.filters);
  render(rest);
}

window.addEventListener("hashchange", route);
// The other scripts (deferred, in order) have added their pages by the time the document is ready.
document.addEventListener("DOMContentLoaded", route);
