/** Main-text extraction from web pages: the article body, its title and its publication date. */
package org.sitrep.ingest.html;
