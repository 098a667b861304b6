/**
 * The REST API over the store: Javalin routes that answer the INCIDENT and EVENT JSON of
 * CONTRACT.md, the exports, and problem-JSON errors. Javalin lives only here.
 */
package org.sitrep.server;
