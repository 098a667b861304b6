package org.sitrep.extract;

import org.sitrep.model.Place;

/**
 * A place the gazetteer resolved, with the offsets of its words in the document; incidental when
 * named for something else than the event (see {@link org.sitrep.extract.place.IncidentalPlaces}).
 */
record PlaceMention(Place place, int start, int end, boolean incidental) {}
