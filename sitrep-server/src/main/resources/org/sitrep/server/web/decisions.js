// The incident page's "Why these reports are one incident": the merge decisions of the incident
// JSON (which account joined which, the features of the pair, the score, the rule), each account
// shown by its document and the sentence that holds most of its claims, their words marked.
"use strict";

/** Above this many decisions each starts folded to its one-line summary. */
const DECISIONS_OPEN = 3;

/** What each feature of a pair of accounts weighs (see docs/RESOLUTION.md). */
const FEATURES = {
  words: "words the two accounts share (cosine of their word vectors)",
  day: "their days contradict each other",
  place: "same town (+), other towns of one region (\u2212), or other regions (\u2212)",
  type: "their kinds of event are alike",
  perpetrator: "the same perpetrator (+) or different ones (\u2212)",
  published: "both undated and published more than 30 days apart",
  recalled: "one recalls a past event, the other tells the news",
};

function decisions(incident, documents) {
  const list = incident.decisions || [];
  const mentions = incident.mentions || [];
  const section = el(
    "section",
    { "aria-labelledby": "decisions-h", id: "decisions" },
    el("h2", { id: "decisions-h" }, "Why these reports are one incident"),
  );
  if (!list.length) {
    const reports = (incident.documents || []).length;
    section.append(
      el(
        "p",
        { id: "decisions-none" },
        reports <= 1 && mentions.length <= 1
          ? "One report tells of this incident: no account had to be joined to another."
          : "No merge decision was recorded for its " + mentions.length + " accounts.",
      ),
    );
    return section;
  }
  const accounts = accountsOf(incident, documents);
  const folded = list.length > DECISIONS_OPEN;
  const items = list.map((decision, index) => decisionItem(decision, index, accounts, !folded));
  section.append(
    el(
      "p",
      { class: "sub" },
      mentions.length + " accounts in " + (incident.documents || []).length + " reports. Each decision joined an account to the incident when the average score of its pairs with the accounts already there passed the threshold and no pair was vetoed (another country, days too far apart, other kinds of event). The features add up to the score of the pair shown.",
    ),
    folded
      ? el(
          "p",
          {},
          el(
            "button",
            {
              type: "button",
              class: "secondary small",
              id: "decisions-toggle",
              "aria-controls": "decision-list",
              onclick: (event) => {
                const open = !items.every((item) => item.querySelector("details").open);
                for (const item of items) item.querySelector("details").open = open;
                event.currentTarget.textContent = open ? "Fold all" : "Open all";
              },
            },
            "Open all",
          ),
        )
      : "",
    el("ol", { class: "plain panel decisions", id: "decision-list" }, items),
  );
  return section;
}

function decisionItem(decision, index, accounts, open) {
  const joining = accounts.get(decision.mention) || { id: decision.mention };
  const joined = accounts.get(decision.joined) || { id: decision.joined };
  return el(
    "li",
    { class: "decision", "data-mention": decision.mention, "data-joined": decision.joined },
    el(
      "details",
      { open },
      el(
        "summary",
        {},
        el("span", { class: "badge score" }, "score " + Number(decision.score).toFixed(3)),
        " ",
        accountName(joining),
        joining.document && joining.document === joined.document
          ? " joined another account of the same report"
          : [" joined ", accountName(joined)],
      ),
      el("div", { class: "accounts" }, accountBlock("This account", joining), accountBlock("joined this one", joined)),
      featureTable(decision.features || {}, index),
      el("p", { class: "rule" }, el("strong", {}, "Rule: "), decision.rule),
    ),
  );
}

function accountName(account) {
  return el("strong", {}, account.title || account.document || account.id);
}

function accountBlock(heading, account) {
  return el(
    "div",
    { class: "account" },
    el("h3", {}, heading),
    el(
      "p",
      {},
      account.document ? documentLink(account.document) : el("code", {}, account.id),
      account.subtype ? el("span", { class: "sub" }, " \u00b7 " + account.subtype + (account.background ? " (recalled)" : "")) : "",
    ),
    // One account can be in several decisions: each gets its own copy of the sentence.
    account.sentence
      ? el("blockquote", { class: "account-sentence" }, account.sentence.cloneNode(true))
      : el("p", { class: "sub" }, "No claim of its own to quote."),
  );
}

function featureTable(features, index) {
  const names = Object.keys(features);
  if (!names.length) return el("p", { class: "sub" }, "No feature recorded.");
  return el(
    "table",
    { class: "features", "aria-label": "Features of decision " + (index + 1) },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Feature"), el("th", { scope: "col" }, "Weighs"), el("th", { scope: "col", class: "num" }, "Adds"))),
    el(
      "tbody",
      {},
      names.map((name) =>
        el(
          "tr",
          {},
          el("th", { scope: "row" }, name),
          el("td", {}, FEATURES[name] || ""),
          el("td", { class: "num" }, signed(features[name])),
        ),
      ),
    ),
  );
}

function signed(value) {
  const number = Number(value);
  return (number > 0 ? "+" : number < 0 ? "\u2212" : "") + Math.abs(number).toFixed(3);
}

/**
 * Each account (mention) of the incident by id: its document and that document's title, its
 * kind of event, and the sentence that holds most of its claims, their words marked.
 */
function accountsOf(incident, documents) {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const accounts = new Map();
  for (const mention of incident.mentions || []) {
    const doc = byId.get(mention.document) || {};
    const claims = (incident.claims || []).filter(
      (claim) => claim.mention === mention.id && Array.isArray(claim.span) && claim.span[0] < claim.span[1],
    );
    accounts.set(mention.id, {
      id: mention.id,
      document: mention.document,
      title: doc.title || mention.document,
      subtype: mention.subtype,
      background: mention.background,
      sentence: doc.text ? claimSentence(doc.text, claims) : null,
    });
  }
  return accounts;
}

/**
 * The sentence that holds most of the account's claims (the first such), their words in <mark>;
 * null when the account has no claim in the text.
 */
function claimSentence(text, claims) {
  const spans = claims.map((claim) => claim.span).filter(([, end]) => end <= text.length);
  spans.sort((a, b) => a[0] - b[0]);
  let best = null;
  for (const [start, end] of spans) {
    const bounds = sentenceBounds(text, start, end);
    const inside = spans.filter(([s, e]) => s >= bounds.from && e <= bounds.to);
    if (!best || inside.length > best.inside.length) best = { bounds, inside };
  }
  if (!best) return null;
  const { bounds, inside } = best;
  const sentence = markedText(
    text.slice(bounds.from, bounds.to),
    inside.map(([start, end]) => [start - bounds.from, end - bounds.from]),
  );
  if (bounds.cutBefore) sentence.prepend("\u2026");
  if (bounds.cutAfter) sentence.append("\u2026");
  return sentence;
}

/**
 * The sentence around [start, end): it ends at . ! or ? before a space or a closing quote, or at
 * a new line; at most 300 characters either side of the span (cutBefore, cutAfter say so).
 */
function sentenceBounds(text, start, end) {
  const reach = 300;
  let from = start;
  while (from > 0 && from > start - reach) {
    const before = text[from - 1];
    if (before === "\n" || (/[.!?]/.test(before) && /\s/.test(text[from]))) break;
    from--;
  }
  const cutBefore = from > 0 && from === start - reach;
  while (from < start && /\s/.test(text[from])) from++;
  let to = end;
  let ended = to >= text.length;
  while (to < text.length && to < end + reach) {
    const next = text[to];
    if (next === "\n") {
      ended = true;
      break;
    }
    to++;
    if (/[.!?]/.test(next) && (to === text.length || /[\s"\u201d\u2019]/.test(text[to]))) {
      if (/["\u201d\u2019]/.test(text[to] || "")) to++;
      ended = true;
      break;
    }
  }
  return { from, to, cutBefore, cutAfter: !ended && to < text.length };
}
