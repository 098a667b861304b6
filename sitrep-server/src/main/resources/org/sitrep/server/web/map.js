// The map of the incidents the table shows: Leaflet over Natural Earth's countries, served from this
// server (no tile server, nothing from elsewhere). A circle's area follows the best fatality figure;
// its outline says how precise the place is: solid for a town or a point, short dashes for a county,
// dashed and hollow for a region, dotted and hollow with a ring of uncertainty for a whole country.
"use strict";

const MAP_STYLE = {
  land: { color: "#9aa5b1", weight: 0.6, fillColor: "#e9ecef", fillOpacity: 1 },
  known: "#b3261e",
  unknown: "#5b6570",
};

/** Kilometres of doubt drawn around a place known only to its county, region or country. */
const UNCERTAINTY_KM = { county: 30, region: 120, country: 450 };

let countriesPromise = null;

/** Natural Earth 1:50m countries as GeoJSON, read once from the TopoJSON the build copied. */
function countries() {
  if (!countriesPromise) {
    countriesPromise = fetch("/vendor/countries-50m.json")
      .then((response) => {
        if (!response.ok) throw new Error("the basemap is missing (" + response.status + ")");
        return response.json();
      })
      .then((topology) => topojson.feature(topology, topology.objects.countries));
    countriesPromise.catch(() => (countriesPromise = null));
  }
  return countriesPromise;
}

/** Radius in pixels: the area grows with the best figure; unknown tolls get the smallest circle. */
function markerRadius(best) {
  return best == null ? 5 : Math.min(40, 5 + 2.5 * Math.sqrt(best));
}

function markerStyle(incident) {
  const precision = (incident.place && incident.place.precision) || "country";
  const best = incident.fatalities ? incident.fatalities.best : null;
  const color = best == null ? MAP_STYLE.unknown : MAP_STYLE.known;
  const vague = precision === "region" || precision === "country";
  return {
    radius: markerRadius(best),
    color,
    fillColor: color,
    weight: vague ? 2 : 1.5,
    fillOpacity: vague ? 0.08 : 0.5,
    dashArray:
      precision === "county" ? "3 2" : precision === "region" ? "6 4" : precision === "country" ? "2 4" : null,
    className: "incident-marker precision-" + precision,
  };
}

function openIncident(id) {
  location.hash = "#/incident/" + encodeURIComponent(id);
}

function markerLabel(incident) {
  const precision = (incident.place && incident.place.precision) || "unknown";
  return [
    typeText(incident),
    placeText(incident.place),
    dateText(incident.date),
    "fatalities " + range(incident.fatalities),
    "place known to the " + precision,
  ].join(", ");
}

/** Draws the map of these incidents into container (replacing what it held). */
async function drawMap(container, incidents) {
  const located = incidents.filter((i) => i.place && i.place.lat != null && i.place.lon != null);
  const note = el(
    "p",
    { class: "sub", id: "map-note" },
    located.length + " of " + incidents.length + " incidents placed",
    incidents.length > located.length ? " (the others name no place with coordinates)" : "",
    ". Area: best fatality figure (grey: unknown). Solid: town; dashed: region; dotted with a ring: country.",
  );
  const canvas = el("div", { class: "map", id: "map-canvas", role: "region", "aria-label": "Map of the incidents" });
  container.replaceChildren(canvas, note);
  const land = await countries();
  if (!canvas.isConnected) return; // the page changed meanwhile
  const map = L.map(canvas, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth");
  L.geoJSON(land, { style: MAP_STYLE.land, interactive: false }).addTo(map);
  // Largest first, so a small circle stays on top of a large one at the same place.
  const ordered = located
    .slice()
    .sort((a, b) => markerRadius(b.fatalities && b.fatalities.best) - markerRadius(a.fatalities && a.fatalities.best));
  // Leaflet draws layers once the map has a view.
  if (ordered.length) {
    map.fitBounds(
      ordered.map((i) => [i.place.lat, i.place.lon]),
      { padding: [40, 40], maxZoom: 5 },
    );
  } else {
    map.setView([20, 0], 1);
  }
  for (const incident of ordered) {
    const at = [incident.place.lat, incident.place.lon];
    const ring = UNCERTAINTY_KM[incident.place.precision];
    if (ring) {
      L.circle(at, {
        radius: ring * 1000,
        color: MAP_STYLE.unknown,
        weight: 1,
        dashArray: "2 6",
        fill: false,
        interactive: false,
        className: "uncertainty",
      }).addTo(map);
    }
    addMarker(map, incident, at);
  }
}

function addMarker(map, incident, at) {
  const marker = L.circleMarker(at, markerStyle(incident)).addTo(map);
  // Leaflet would put a string into the page as markup: give it nodes.
  marker.bindTooltip(
    el("div", {}, el("strong", {}, typeText(incident)), el("br"), placeText(incident.place) + ", " + dateText(incident.date), el("br"), "Fatalities " + range(incident.fatalities)),
  );
  marker.on("click", () => openIncident(incident.id));
  const path = marker.getElement();
  path.setAttribute("data-id", incident.id);
  path.setAttribute("tabindex", "0");
  path.setAttribute("role", "link");
  path.setAttribute("aria-label", markerLabel(incident));
  path.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openIncident(incident.id);
    }
  });
  path.addEventListener("focus", () => marker.openTooltip());
  path.addEventListener("blur", () => marker.closeTooltip());
}
