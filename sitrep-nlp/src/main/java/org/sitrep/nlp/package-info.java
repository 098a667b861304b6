/**
 * The CoreNLP adapter: {@link org.sitrep.nlp.CoreNlpAnnotator}, a {@link org.sitrep.model.Stage}
 * from {@link org.sitrep.model.Document} to {@link org.sitrep.model.AnnotatedDocument}, configured
 * by {@link org.sitrep.nlp.NlpConfig}. No CoreNLP type leaves this package; every offset points
 * into the document's clean text.
 */
package org.sitrep.nlp;
