// Adding a report (#/add): pasted text or a file, with an optional title and publication date, is
// posted to /api/documents; the page then shows what was extracted from it (events with type,
// date, place and figures) and the incidents it went into, or why the server refused it.
"use strict";

/** The server's token, asked for only when a write was refused without it; kept in memory only. */
let writeToken = null;

function renderAddReport() {
  document.title = "Add a report \u2013 Sitrep";
  const token = el(
    "label",
    { id: "report-token-label", hidden: writeToken === null },
    "Token (this server needs it for writes)",
    el("input", { id: "report-token", type: "password", autocomplete: "off", value: writeToken || "" }),
  );
  const form = el(
    "form",
    { class: "panel report-form", id: "report-form", "aria-label": "Add a report" },
    el("label", {}, "Title (optional)", el("input", { id: "report-title", type: "text", maxlength: 500 })),
    el("label", {}, "Published (optional)", el("input", { id: "report-published", type: "date" })),
    el("label", { class: "wide" }, "Text of the report", el("textarea", { id: "report-text", rows: 6, placeholder: "Paste the article here\u2026" })),
    el("label", { class: "wide" }, "\u2026or a file (.txt, .html)", el("input", { id: "report-file", type: "file", accept: ".txt,.html,.htm,text/plain,text/html" })),
    token,
    el("p", { class: "wide" }, el("button", { type: "submit", id: "report-submit" }, "Add the report")),
  );
  const result = el("section", { id: "report-result", "aria-live": "polite", "aria-label": "What was extracted" });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitReport(form, result, token);
  });
  show(
    el("h1", {}, "Add a report"),
    el("p", { class: "sub" }, "The report is read, cleaned, annotated and its events extracted; the incidents are then resolved again with it. The first report after the server starts waits for the language models to load."),
    form,
    result,
  );
}

/** The request body from the form: the file's content when one is chosen, else the pasted text. */
async function reportBody(form) {
  const body = {};
  const file = form.querySelector("#report-file").files[0];
  if (file) {
    const content = await file.text();
    body[/\.html?$/i.test(file.name) ? "html" : "text"] = content;
    body.id = file.name;
  } else {
    body.text = form.querySelector("#report-text").value;
  }
  const title = form.querySelector("#report-title").value.trim();
  const published = form.querySelector("#report-published").value;
  if (title) body.title = title;
  if (published) body.published = published;
  return body;
}

async function submitReport(form, result, tokenLabel) {
  const button = form.querySelector("#report-submit");
  const body = await reportBody(form);
  if (!(body.text || body.html || "").trim()) {
    result.replaceChildren(el("p", { class: "error", role: "alert" }, "Paste the text of a report or choose a file."));
    return;
  }
  writeToken = form.querySelector("#report-token").value || writeToken;
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (writeToken) headers.Authorization = "Bearer " + writeToken;
  button.disabled = true;
  result.setAttribute("aria-busy", "true");
  result.replaceChildren(el("p", {}, "Reading the report\u2026"));
  try {
    const response = await fetch("/api/documents", { method: "POST", headers, body: JSON.stringify(body) });
    const answer = await response.json().catch(() => null);
    if (response.status === 401) {
      tokenLabel.hidden = false;
      writeToken = null;
      result.replaceChildren(el("p", { class: "error", role: "alert" }, "This server needs its token to add reports: enter it and add the report again."));
    } else if (!response.ok) {
      result.replaceChildren(refusal(response, answer));
    } else {
      await showExtracted(result, answer);
    }
  } catch (error) {
    result.replaceChildren(failure(error));
  } finally {
    button.disabled = false;
    result.removeAttribute("aria-busy");
  }
}

function refusal(response, problem) {
  const detail = problem && problem.detail ? problem.detail : response.status + " " + response.statusText;
  if (response.status === 422) {
    return el(
      "div",
      { class: "panel refusal", id: "report-refused", role: "alert" },
      el("h2", {}, "Refused: ", el("code", {}, (problem && problem.reason) || "refused")),
      el("p", {}, detail),
    );
  }
  return el("p", { class: "error", role: "alert", id: "report-error" }, "Not added: " + detail);
}

async function showExtracted(result, answer) {
  const doc = await api("/api/documents/" + encodeURIComponent(answer.id));
  const events = doc.events || [];
  result.replaceChildren(
    el("h2", {}, answer.duplicate ? "Already stored" : "Stored"),
    el(
      "p",
      { id: "report-stored" },
      answer.duplicate ? "The same text was stored before as " : "Stored as ",
      documentLink(answer.id),
      doc.title ? " \u2013 " + doc.title : "",
      doc.published && doc.published.value ? " (published " + doc.published.value + ", from the " + doc.published.evidence + ")" : " (publication date unknown)",
      ".",
    ),
    el("h2", {}, "Events extracted (" + events.length + ")"),
    events.length
      ? el("ul", { class: "plain panel", id: "report-events" }, events.map(eventItem))
      : el("p", { id: "report-events" }, "No event of political violence was found in it."),
    el("h2", {}, "Incidents it is part of (" + answer.incidents.length + ")"),
    answer.incidents.length
      ? el(
          "ul",
          { class: "plain panel", id: "report-incidents" },
          answer.incidents.map((incident) =>
            el(
              "li",
              {},
              incidentLink(incident.id, typeText(incident) + " \u2013 " + placeText(incident.place) + ", " + dateText(incident.date)),
              el("span", { class: "sub" }, " \u00b7 fatalities " + range(incident.fatalities) + " \u00b7 " + incident.sources.reports + " reports, " + incident.sources.independent + " independent"),
            ),
          ),
        )
      : el("p", { id: "report-incidents" }, "None."),
  );
}

function eventItem(event) {
  const actors = (event.actors || []).map((a) => a.name + " (" + a.role + ")");
  return el(
    "li",
    { class: "event" },
    el("strong", {}, typeText(event)),
    event.background ? el("span", { class: "badge" }, "background") : "",
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "Date"),
      el("dd", {}, dateText(event.date)),
      el("dt", {}, "Place"),
      el("dd", {}, placeText(event.place), event.place && event.place.precision ? el("span", { class: "sub" }, " \u00b7 " + event.place.precision) : ""),
      el("dt", {}, "Fatalities"),
      el("dd", { class: "event-fatalities" }, range(event.fatalities)),
      el("dt", {}, "Injuries"),
      el("dd", {}, range(event.injuries)),
      actors.length ? [el("dt", {}, "Actors"), el("dd", {}, actors.join(", "))] : "",
    ),
    el(
      "ul",
      { class: "claims-brief" },
      (event.claims || [])
        .filter((claim) => claim.text)
        .map((claim) => el("li", {}, el("span", { class: "badge" }, claim.slot), valueText(claim.value), " \u00b7 ", el("q", {}, claim.text))),
    ),
  );
}

ROUTES.add = renderAddReport;
