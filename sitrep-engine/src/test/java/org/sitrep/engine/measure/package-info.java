/**
 * Measurements that inform design choices rather than check the product: sentence embeddings
 * against TF-IDF for linking, and against MinHash for copy detection. They run only with {@code
 * -Dmeasure.embeddings=true}.
 */
package org.sitrep.engine.measure;
