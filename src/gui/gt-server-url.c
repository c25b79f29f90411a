/* gt-server-url.c: the postgresql:// locations the Connect to Server dialog
 * makes, remembers and shows.
 *
 * Every part is escaped by hand and joined as already encoded: GLib's own
 * escaping keeps “/” in a path and “:” in a user's part, and a database named
 * “a/b” or a password with “@” or “:” would then name something else. libpq
 * decodes %XX in each part of the URI. A password lives only in the URL of one
 * connection: what is remembered or shown has it taken out first.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-server-url.h"

static char *
escape_part (const char *part)
{
  /* No character left unescaped but the unreserved ones (RFC 3986). */
  return part != NULL && *part != '\0' ? g_uri_escape_string (part, NULL, FALSE) : NULL;
}

char *
gt_server_url_build (const char *host,
                     guint       port,
                     const char *database,
                     const char *user,
                     const char *password)
{
  g_autofree char *user_part = escape_part (user);
  g_autofree char *password_part = escape_part (password);
  g_autofree char *database_part = escape_part (database);
  g_autofree char *host_part = NULL;
  g_autofree char *path = NULL;

  /* An IPv6 address goes in brackets as it is (g_uri_join adds them); a name
   * is escaped like any other part. */
  if (host != NULL && strchr (host, ':') != NULL)
    host_part = g_strdup (host);
  else
    host_part = host != NULL ? g_uri_escape_string (host, NULL, FALSE) : g_strdup ("");
  path = database_part != NULL ? g_strconcat ("/", database_part, NULL) : g_strdup ("");

  return g_uri_join_with_user (G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD, "postgresql",
                               user_part, user_part != NULL ? password_part : NULL, NULL,
                               host_part, port > 0 && port <= G_MAXUINT16 ? (int) port : -1,
                               path, NULL, NULL);
}

static GUri *
parse (const char *url,
       GUriFlags   flags)
{
  if (url == NULL ||
      (!g_str_has_prefix (url, "postgresql://") && !g_str_has_prefix (url, "postgres://")))
    return NULL;
  return g_uri_parse (url, G_URI_FLAGS_HAS_PASSWORD | flags, NULL);
}

gboolean
gt_server_url_parse (const char  *url,
                     char       **host,
                     guint       *port,
                     char       **database,
                     char       **user)
{
  g_autoptr(GUri) uri = parse (url, G_URI_FLAGS_NONE);
  const char *path;

  if (uri == NULL)
    return FALSE;

  path = g_uri_get_path (uri);
  if (host != NULL)
    *host = g_strdup (g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : "");
  if (port != NULL)
    *port = g_uri_get_port (uri) > 0 ? (guint) g_uri_get_port (uri) : 0;
  if (database != NULL)
    *database = g_strdup (path[0] == '/' ? path + 1 : path);
  if (user != NULL)
    *user = g_strdup (g_uri_get_user (uri) != NULL ? g_uri_get_user (uri) : "");
  return TRUE;
}

/* @url again, its own escaping kept, with @password (escaped here) or none. */
static char *
replace_password (const char *url,
                  const char *password)
{
  g_autoptr(GUri) uri = parse (url, G_URI_FLAGS_ENCODED);
  g_autofree char *password_part = escape_part (password);

  if (uri == NULL)
    return g_strdup (url);
  /* With no user, libpq would take "PASSWORD@" for the user: a password can
   * only ride with a user name. */
  if (g_uri_get_user (uri) == NULL || g_uri_get_user (uri)[0] == '\0')
    g_clear_pointer (&password_part, g_free);

  return g_uri_join_with_user (G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD,
                               g_uri_get_scheme (uri), g_uri_get_user (uri), password_part,
                               NULL, g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : "",
                               g_uri_get_port (uri), g_uri_get_path (uri), g_uri_get_query (uri),
                               g_uri_get_fragment (uri));
}

char *
gt_server_url_strip_password (const char *url)
{
  return replace_password (url, NULL);
}

char *
gt_server_url_with_password (const char *url,
                             const char *password)
{
  return replace_password (url, password);
}

static void
fill_from_environment (char       **part,
                       const char  *variable)
{
  const char *value = g_getenv (variable);

  if (**part == '\0' && value != NULL && *value != '\0')
    {
      g_free (*part);
      *part = g_strdup (value);
    }
}

char *
gt_server_url_describe (const char *url)
{
  g_autofree char *host = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  GString *text;
  guint port = 0;

  if (!gt_server_url_parse (url, &host, &port, &database, &user))
    return g_strdup (url != NULL ? url : "");

  /* What libpq takes for what the location leaves out. */
  fill_from_environment (&user, "PGUSER");
  if (g_getenv ("PGHOST") == NULL || g_getenv ("PGHOST")[0] != '/')
    fill_from_environment (&host, "PGHOST");
  if (port == 0 && g_getenv ("PGPORT") != NULL)
    port = (guint) g_ascii_strtoull (g_getenv ("PGPORT"), NULL, 10);
  fill_from_environment (&database, "PGDATABASE");

  text = g_string_new (NULL);
  if (*user != '\0')
    g_string_append_printf (text, "%s@", user);
  /* The local server's socket has no name of its own: “localhost” is what a
   * clerk would call it. */
  g_string_append (text, *host != '\0' ? host : "localhost");
  if (port != 0 && port != GT_SERVER_DEFAULT_PORT)
    g_string_append_printf (text, ":%u", port);
  if (*database != '\0')
    g_string_append_printf (text, "/%s", database);
  return g_string_free (text, FALSE);
}

gboolean
gt_server_error_wants_password (const GError *error)
{
  g_autofree char *folded = NULL;

  if (error == NULL)
    return FALSE;
  /* libpq's “fe_sendauth: no password supplied” and the server's “password
   * authentication failed for user …” (in Chinese if the server speaks it). */
  folded = g_utf8_casefold (error->message, -1);
  return strstr (folded, "password") != NULL || strstr (folded, "密码") != NULL;
}
