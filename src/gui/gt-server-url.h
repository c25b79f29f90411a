/* gt-server-url.h: the postgresql:// locations the Connect to Server dialog
 * makes, remembers and shows.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The default port of a PostgreSQL server, left out of what the window shows. */
#define GT_SERVER_DEFAULT_PORT 5432

/* postgresql://USER:PASSWORD@HOST:PORT/DATABASE, each part percent-escaped
 * (libpq decodes them), an IPv6 address in brackets. An empty @host is the
 * local server's socket; an empty @user or @database, libpq's default (the
 * login name); @port 0 leaves the port out, @password NULL or empty no
 * password. Free with g_free(). */
char     *gt_server_url_build          (const char    *host,
                                        guint          port,
                                        const char    *database,
                                        const char    *user,
                                        const char    *password);
/* The parts of @url (any of the out arguments may be NULL; strings owned by
 * the caller, @port 0 if @url names none); FALSE if @url is not a server's. */
gboolean  gt_server_url_parse          (const char    *url,
                                        char         **host,
                                        guint         *port,
                                        char         **database,
                                        char         **user);
/* @url without its password, to remember or show. */
char     *gt_server_url_strip_password (const char    *url);
/* @url with @password in it, for one connection: never stored. */
char     *gt_server_url_with_password  (const char    *url,
                                        const char    *password);
/* What a person calls it: "guatu@192.168.1.10/county" (the port only when
 * it is not 5432, never a password). */
char     *gt_server_url_describe       (const char    *url);
/* Whether opening failed only for want of a (right) password, so that asking
 * for one and trying again makes sense. */
gboolean  gt_server_error_wants_password (const GError *error);

G_END_DECLS
