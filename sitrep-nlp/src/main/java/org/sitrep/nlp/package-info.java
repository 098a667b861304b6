/**
 * The CoreNLP adapter: a {@link org.sitrep.model.Stage} from {@link org.sitrep.model.Document} to
 * {@link org.sitrep.model.AnnotatedDocument}. No CoreNLP type leaves this package.
 */
package org.sitrep.nlp;
