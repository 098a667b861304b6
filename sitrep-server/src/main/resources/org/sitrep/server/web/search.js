// Full-text search (#/search?q=&kind=&offset=&limit=): the hits of /api/search for documents,
// incidents or both, each with the fragments that matched. The API gives fragments as plain text
// with [start, end) offsets of the matched words; markedText (app.js) cuts them into text nodes
// and <mark> elements, never parsing them as markup. The header's search box opens this page too.
"use strict";

const SEARCH_KINDS = [
  { value: "both", label: "Everything" },
  { value: "documents", label: "Documents" },
  { value: "incidents", label: "Incidents" },
];
const SEARCH_NOTHING = { both: "document or incident", documents: "document", incidents: "incident" };
const SEARCH_LIMIT = 20;
const SEARCH_MAX_LIMIT = 100;

const FRAGMENT_FIELDS = {
  title: "title",
  text: "text",
  source: "source",
  published: "published",
  type: "type",
  place: "place",
  actors: "actor",
  claims: "claim",
  date: "date",
  id: "id",
};

/** The search in the address; a missing or bad number falls back to the first page. */
function searchFromHash() {
  const parameters = hashParameters();
  const kind = parameters.get("kind");
  const whole = (name, fallback, low, high) => {
    const value = Number.parseInt(parameters.get(name) || "", 10);
    return Number.isInteger(value) && value >= low && value <= high ? value : fallback;
  };
  return {
    q: (parameters.get("q") || "").trim(),
    kind: SEARCH_KINDS.some((k) => k.value === kind) ? kind : "both",
    offset: whole("offset", 0, 0, 10000),
    limit: whole("limit", SEARCH_LIMIT, 1, SEARCH_MAX_LIMIT),
  };
}

/** The address of a search: only what differs from the defaults, so links stay short. */
function searchHash(search) {
  const query = new URLSearchParams();
  if (search.q) query.set("q", search.q);
  if (search.kind && search.kind !== "both") query.set("kind", search.kind);
  if (search.offset) query.set("offset", String(search.offset));
  if (search.limit && search.limit !== SEARCH_LIMIT) query.set("limit", String(search.limit));
  return "#/search" + (String(query) ? "?" + query : "");
}

function openSearch(search) {
  const hash = searchHash(search);
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function renderSearch() {
  const ticket = routeTicket;
  const search = searchFromHash();
  document.title = (search.q ? search.q + " \u2013 " : "") + "Search \u2013 Sitrep";
  headerSearchInput().value = search.q;
  let form = main.querySelector("form[data-page='search']");
  if (form) {
    // Only the search changed: keep the form (and the keyboard focus in it).
    form.querySelector("#search-q").value = search.q;
    for (const radio of form.querySelectorAll("input[name='kind']")) radio.checked = radio.value === search.kind;
  } else {
    form = searchForm(search);
    show(el("h1", {}, "Search"), form, el("section", { id: "search-results", "aria-label": "Search results", "aria-live": "polite" }));
  }
  const results = main.querySelector("#search-results");
  if (!search.q) {
    results.replaceChildren(el("p", { id: "search-hint" }, "Type words to find in the reports and incidents: all words must occur; \u201cquotes\u201d for a phrase, OR between words, -word to leave out, word* for words that begin so."));
    return;
  }
  results.setAttribute("aria-busy", "true");
  try {
    const query = new URLSearchParams({ q: search.q, kind: search.kind, offset: String(search.offset), limit: String(search.limit) });
    const answer = await api("/api/search?" + query);
    if (ticket === routeTicket) drawHits(results, search, answer);
  } catch (error) {
    if (ticket === routeTicket) results.replaceChildren(searchFailure(error));
  } finally {
    results.removeAttribute("aria-busy");
  }
}

function searchForm(search) {
  const form = el(
    "form",
    { class: "filters panel search-form", role: "search", "aria-label": "Search reports and incidents", "data-page": "search" },
    el("label", { class: "search-words" }, "Words", el("input", { id: "search-q", name: "q", type: "search", maxlength: 500, value: search.q, placeholder: "e.g. kabul airport" })),
    el(
      "fieldset",
      { class: "kinds" },
      el("legend", {}, "Find"),
      SEARCH_KINDS.map((kind) =>
        el(
          "label",
          {},
          el("input", { type: "radio", name: "kind", value: kind.value, id: "search-kind-" + kind.value, checked: kind.value === search.kind }),
          " " + kind.label,
        ),
      ),
    ),
    el("button", { type: "submit", id: "search-submit" }, "Search"),
  );
  const submit = () => {
    const chosen = form.querySelector("input[name='kind']:checked");
    openSearch({ q: form.querySelector("#search-q").value.trim(), kind: chosen ? chosen.value : "both", offset: 0, limit: searchFromHash().limit });
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  // A new kind searches again at once, from the first page.
  for (const radio of form.querySelectorAll("input[name='kind']")) radio.addEventListener("change", submit);
  return form;
}

/** A query the parser cannot read is the user's to fix: say why, and how queries are written. */
function searchFailure(error) {
  if (error.status === 400) {
    return el(
      "div",
      { class: "panel refusal", id: "search-error", role: "alert" },
      el("p", { class: "error" }, "This search cannot be read."),
      el("p", {}, error.message),
      el("p", { class: "sub" }, "Close every quote and bracket, do not begin a word with * or ?, and put words on both sides of AND and OR \u2013 or search for plain words."),
    );
  }
  return failure(error);
}

function drawHits(results, search, answer) {
  const hits = answer.hits || [];
  const what = search.kind === "documents" ? "documents" : search.kind === "incidents" ? "incidents" : "documents and incidents";
  if (!hits.length) {
    const none =
      answer.total > 0
        ? ["No hits on this page: all " + answer.total + " are on the pages before."]
        : ["No " + SEARCH_NOTHING[search.kind] + " matches " + quoted(search.q) + "."];
    results.replaceChildren(el("p", { class: "count", id: "search-count" }, none), answer.total > 0 ? pager(search, answer) : "");
    return;
  }
  const first = answer.offset + 1, last = answer.offset + hits.length;
  results.replaceChildren(
    el(
      "p",
      { class: "count", id: "search-count" },
      answer.total + (answer.total === 1 ? " hit" : " hits") + " in " + what + " for " + quoted(search.q),
      answer.total > hits.length ? "; " + first + DASH + last + " shown" : "",
    ),
    el("ol", { class: "plain panel hits", id: "hits", start: first }, hits.map(hitItem)),
    pager(search, answer),
  );
}

function quoted(text) {
  return "\u201c" + text + "\u201d";
}

function hitItem(hit) {
  const link = hit.kind === "incident" ? incidentLink(hit.id, hit.label || hit.id) : documentLink(hit.id, hit.label || hit.id);
  link.classList.add("hit-link");
  return el(
    "li",
    { class: "hit", "data-kind": hit.kind, "data-id": hit.id },
    el("span", { class: "badge kind-" + hit.kind }, hit.kind),
    el("strong", {}, link),
    el(
      "span",
      { class: "sub" },
      " \u00b7 " + (hit.date || "undated"),
      " \u00b7 ",
      el("span", { class: "score", title: "relevance (BM25): comparable only within this search" }, "score " + Number(hit.score).toFixed(2)),
      hit.kind === "document" ? " \u00b7 " + hit.id : "",
    ),
    (hit.fragments || []).length
      ? el(
          "ul",
          { class: "fragments" },
          hit.fragments.map((fragment) =>
            el(
              "li",
              {},
              el("span", { class: "field" }, (FRAGMENT_FIELDS[fragment.field] || fragment.field) + ": "),
              markedText(fragment.text || "", fragment.matches),
            ),
          ),
        )
      : "",
  );
}

/** Previous and next pages as links, so the address keeps the page and the keyboard reaches them. */
function pager(search, answer) {
  const previous = Math.max(0, search.offset - search.limit);
  const next = search.offset + search.limit;
  const pages = Math.max(1, Math.ceil(answer.total / search.limit));
  const page = Math.floor(search.offset / search.limit) + 1;
  if (pages === 1 && search.offset === 0) return "";
  return el(
    "nav",
    { class: "pager", "aria-label": "Pages of hits" },
    search.offset > 0
      ? el("a", { href: searchHash({ ...search, offset: previous }), id: "search-previous", rel: "prev" }, "\u2190 Previous")
      : "",
    el("span", { class: "sub" }, "page " + Math.min(page, pages) + " of " + pages),
    next < answer.total && next <= 10000
      ? el("a", { href: searchHash({ ...search, offset: next }), id: "search-next", rel: "next" }, "Next \u2192")
      : "",
  );
}

function headerSearchInput() {
  return document.getElementById("header-q");
}

// The header's box searches everything from the first page, from any page.
document.getElementById("header-search").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = headerSearchInput().value.trim();
  const current = searchFromHash();
  openSearch({ q, kind: location.hash.startsWith("#/search") ? current.kind : "both", offset: 0, limit: SEARCH_LIMIT });
});

ROUTES.search = renderSearch;
