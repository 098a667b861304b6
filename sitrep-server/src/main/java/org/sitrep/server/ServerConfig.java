package org.sitrep.server;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens.
 *
 * @param bind the address to listen on; beyond loopback a token is required
 * @param port the port, 0 for any free one
 * @param token the bearer token writes need, or null (allowed on loopback only: then writes need
 *     none)
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413
 */
public record ServerConfig(String bind, int port, String token, long maxBodyBytes) {
  /** Host and port of {@code sitrep serve} unless told otherwise. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  public static final int DEFAULT_PORT = 7070;

  /** One document's limit in the engine (5 MiB) plus room for the JSON around it. */
  public static final long DEFAULT_MAX_BODY_BYTES = 6L * 1024 * 1024;

  public ServerConfig {
    requireNonNull(bind, "bind");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token == null && !isLoopback(bind)) {
      throw new IllegalArgumentException(
          "bound to "
              + bind
              + ", beyond loopback, the server needs a token for writes (--token or SITREP_TOKEN)");
    }
  }

  /** Loopback on this port, no token, the default body limit. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig(DEFAULT_BIND, port, null, DEFAULT_MAX_BODY_BYTES);
  }

  public ServerConfig withToken(String newToken) {
    return new ServerConfig(bind, port, newToken, maxBodyBytes);
  }

  public ServerConfig withMaxBodyBytes(long bytes) {
    return new ServerConfig(bind, port, token, bytes);
  }

  /** Whether the address is loopback only; an unknown host name is refused. */
  static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown address to bind: " + bind, e);
    }
  }
}
