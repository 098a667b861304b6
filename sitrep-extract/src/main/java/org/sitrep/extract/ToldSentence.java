package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

/**
 * A sentence being placed in events, with what placing it needs: its text, the time expressions
 * that can date an event in it (offsets are the document's) and the report's publication date.
 */
record ToldSentence(
    Sentence sentence, String text, List<TimeExpression> times, LocalDate published) {}
