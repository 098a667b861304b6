// The actor graph (#/actors): actors as nodes, incidents as edges from perpetrator to target, from
// /api/actors/graph with the incident filters of the address. A small force layout places the
// nodes, the same way every time; a node's tooltip gives the actor's aliases, and the same facts
// open beside the graph on click or Enter. The edges are listed in a table too.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const GRAPH_SIZE = { width: 800, height: 460, margin: 40 };

/** Creates an SVG element; children as for el(). */
function svgEl(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function nodeRadius(node) {
  return 7 + 3 * Math.sqrt(node.incidents || 1);
}

/**
 * Fruchterman and Reingold's layout: nodes repel each other, edges pull their ends together, a
 * weak pull keeps loose nodes in view. Starts from a circle in the answer's order, so the same
 * graph is always drawn the same way.
 */
function layout(nodes, edges) {
  const { width, height, margin } = GRAPH_SIZE;
  const centre = { x: width / 2, y: height / 2 };
  const k = 0.9 * Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / Math.max(nodes.length, 1));
  // The pull towards the centre balances the push of all other nodes about this far out.
  const reach = 0.5 * Math.min(width, height);
  const gravity = (nodes.length * k * k) / (reach * reach);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.x = centre.x + (width / 3) * Math.cos(angle);
    node.y = centre.y + (height / 3) * Math.sin(angle);
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links = edges.map((edge) => [byId.get(edge.source), byId.get(edge.target)]).filter(([a, b]) => a && b);
  let temperature = width / 8;
  for (let step = 0; step < 300; step++) {
    for (const node of nodes) {
      node.dx = gravity * (centre.x - node.x);
      node.dy = gravity * (centre.y - node.y);
    }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let x = a.x - b.x, y = a.y - b.y;
        const d = Math.max(Math.hypot(x, y), 0.01);
        const push = (k * k) / d;
        x /= d;
        y /= d;
        a.dx += x * push;
        a.dy += y * push;
        b.dx -= x * push;
        b.dy -= y * push;
      }
    }
    for (const [a, b] of links) {
      const x = a.x - b.x, y = a.y - b.y;
      const d = Math.max(Math.hypot(x, y), 0.01);
      const pull = d / k; // a force of d²/k along the unit vector (x, y) / d
      a.dx -= x * pull;
      a.dy -= y * pull;
      b.dx += x * pull;
      b.dy += y * pull;
    }
    for (const node of nodes) {
      const d = Math.max(Math.hypot(node.dx, node.dy), 0.01);
      const move = Math.min(d, temperature);
      node.x = Math.min(width - margin, Math.max(margin, node.x + (node.dx / d) * move));
      node.y = Math.min(height - margin, Math.max(margin, node.y + (node.dy / d) * move));
    }
    temperature = Math.max(1, temperature * 0.97);
  }
}

function kindText(node) {
  if (node.kind === "group") return "a group the fatality figures count";
  return node.kind ? node.kind.replace(/-/g, " ") : "not in the actor dictionary";
}

function nodeTitle(node) {
  const lines = [node.name, kindText(node) + (node.country ? ", " + node.country : "")];
  if (node.aliases && node.aliases.length) lines.push("Also known as: " + node.aliases.join(", "));
  if (node.named && node.named.length) lines.push("Named in reports: " + node.named.join(", "));
  lines.push(node.incidents + (node.incidents === 1 ? " incident" : " incidents"));
  return lines.join("\n");
}

function edgeText(edge, byId) {
  const name = (id) => (byId.get(id) ? byId.get(id).name : id);
  const count = edge.incidents.length + (edge.incidents.length === 1 ? " incident" : " incidents");
  const dead = edge.fatalities == null ? "fatalities unknown" : edge.fatalities + " killed";
  return name(edge.source) + (edge.role === "claimed" ? " (claimed) \u2192 " : " \u2192 ") + name(edge.target) + ": " + count + ", " + dead;
}

async function renderActors() {
  document.title = "Actors \u2013 Sitrep";
  const filters = filtersFromHash();
  updateNavigation(filters);
  const fields = FILTERS.filter((f) => INCIDENT_FILTERS.includes(f.name));
  const form = filterForm(filters, fields, (chosen) => goTo("actors", chosen));
  const area = el("section", { id: "actor-graph", "aria-label": "Actor graph", "aria-busy": "true" }, el("p", {}, "Loading actors\u2026"));
  show(el("h1", {}, "Actors"), form, area);
  fillSuggestions(form);
  let graph;
  try {
    graph = await api("/api/actors/graph?" + filterQuery(filters, INCIDENT_FILTERS));
  } catch (error) {
    area.replaceChildren(failure(error));
    return;
  } finally {
    area.removeAttribute("aria-busy");
  }
  if (!graph.nodes.length) {
    area.replaceChildren(el("p", {}, "No incident that matches these filters names an actor."));
    return;
  }
  drawGraph(area, graph, filters);
}

function drawGraph(area, graph, filters) {
  const nodes = graph.nodes.map((node) => Object.assign({}, node));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  layout(nodes, graph.edges);
  const details = el("aside", { class: "panel actor-details", id: "actor-details", "aria-live": "polite" }, el("p", { class: "sub" }, "Hover over an actor for its aliases; click it or press Enter for more."));
  const svg = svgEl(
    "svg",
    { viewBox: "0 0 " + GRAPH_SIZE.width + " " + GRAPH_SIZE.height, class: "graph", role: "group", "aria-label": "Who acts against whom" },
    svgEl(
      "defs",
      {},
      ["perpetrator", "claimed"].map((role) =>
        svgEl("marker", { id: "arrow-" + role, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, svgEl("path", { d: "M0,0 L10,5 L0,10 z", class: "arrow-" + role })),
      ),
    ),
    svgEl("g", { class: "edges" }, graph.edges.map((edge) => edgeLine(edge, byId)).filter(Boolean)),
    svgEl("g", { class: "nodes" }, nodes.map((node) => nodeGroup(node, details, filters))),
  );
  area.replaceChildren(
    el("p", { class: "sub" }, nodes.length + " actors and groups, " + graph.edges.length + " links. Arrows go from who did it (dashed: who claimed it) to whom it hit; where reports name no target, the groups their death tolls count stand in."),
    el("div", { class: "graph-layout" }, el("div", { class: "graph-wrap panel" }, svg), details),
    edgeTable(graph.edges, byId),
  );
}

function edgeLine(edge, byId) {
  const a = byId.get(edge.source), b = byId.get(edge.target);
  if (!a || !b) return null;
  const d = Math.max(Math.hypot(b.x - a.x, b.y - a.y), 0.01);
  const ux = (b.x - a.x) / d, uy = (b.y - a.y) / d;
  const from = nodeRadius(a), to = nodeRadius(b) + 2;
  return svgEl(
    "line",
    {
      x1: (a.x + ux * from).toFixed(1),
      y1: (a.y + uy * from).toFixed(1),
      x2: (b.x - ux * to).toFixed(1),
      y2: (b.y - uy * to).toFixed(1),
      class: "edge role-" + edge.role,
      "stroke-width": (1.5 + Math.log2(edge.incidents.length)).toFixed(1),
      "marker-end": "url(#arrow-" + edge.role + ")",
      "data-source": edge.source,
      "data-target": edge.target,
    },
    svgEl("title", { text: edgeText(edge, byId) }),
  );
}

function nodeGroup(node, details, filters) {
  const r = nodeRadius(node);
  const open = () => showActor(details, node, filters);
  const group = svgEl(
    "g",
    {
      class: "node kind-" + (node.kind || "unknown"),
      transform: "translate(" + node.x.toFixed(1) + " " + node.y.toFixed(1) + ")",
      tabindex: 0,
      role: "button",
      "aria-label": node.name + ", " + kindText(node) + ", " + node.incidents + " incidents",
      "data-id": node.id,
      onclick: open,
      onkeydown: (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          open();
        }
      },
    },
    svgEl("title", { text: nodeTitle(node) }),
    node.kind === "group" ? svgEl("rect", { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 4 }) : svgEl("circle", { r }),
    svgEl("text", { y: r + 14, "text-anchor": "middle", text: node.name }),
  );
  return group;
}

function showActor(details, node, filters) {
  const roles = Object.entries(node.roles || {}).map(([role, count]) => role + " " + count);
  details.replaceChildren(
    el("h2", { id: "actor-name" }, node.name),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "Kind"),
      el("dd", {}, kindText(node)),
      node.country ? [el("dt", {}, "Country"), el("dd", {}, node.country)] : "",
      el("dt", {}, "Aliases"),
      el("dd", { id: "actor-aliases" }, node.aliases && node.aliases.length ? node.aliases.join(", ") : "none known"),
      node.named && node.named.length ? [el("dt", {}, "Named in reports"), el("dd", {}, node.named.join(", "))] : "",
      el("dt", {}, "Incidents"),
      el("dd", {}, String(node.incidents) + (roles.length ? " (" + roles.join(", ") + ")" : "")),
    ),
    node.kind === "group"
      ? ""
      : el("p", {}, el("a", { href: "#/?" + filterQuery(Object.assign({}, filters, { actor: node.name }), INCIDENT_FILTERS), id: "actor-incidents" }, "Its incidents in the table")),
  );
}

function edgeTable(edges, byId) {
  const name = (id) => (byId.get(id) ? byId.get(id).name : id);
  return el(
    "section",
    { "aria-labelledby": "edges-h" },
    el("h2", { id: "edges-h" }, "Links (" + edges.length + ")"),
    edges.length
      ? el(
          "div",
          { class: "table-wrap" },
          el(
            "table",
            { id: "edges" },
            el("thead", {}, el("tr", {}, ["From", "Role", "To", "Incidents", "Fatalities"].map((h) => el("th", { scope: "col", class: h === "Fatalities" ? "num" : null }, h)))),
            el(
              "tbody",
              {},
              edges.map((edge) =>
                el(
                  "tr",
                  {},
                  el("td", {}, name(edge.source)),
                  el("td", {}, edge.role),
                  el("td", {}, name(edge.target)),
                  el("td", {}, edge.incidents.map((id, i) => [i ? ", " : "", incidentLink(id, id)])),
                  el("td", { class: "num" }, edge.fatalities == null ? "unknown" : String(edge.fatalities)),
                ),
              ),
            ),
          ),
        )
      : el("p", {}, "No incident here names both who did it and whom it hit."),
  );
}

ROUTES.actors = renderActors;
