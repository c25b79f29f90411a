/* gt-connection.h: whether a register on a server can be edited now, and
 * getting its connection back when the server went away.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_CONNECTION (gt_connection_get_type ())
G_DECLARE_FINAL_TYPE (GtConnection, gt_connection, GT, CONNECTION, GObject)

/* The one of @store, made when first asked for and kept with the store (no
 * reference to it: the store owns it). */
GtConnection *gt_connection_get            (GtStore       *store);
/* ::connected: FALSE from the moment the server's connection was found lost
 * until it is back; always TRUE for a file. */
gboolean      gt_connection_get_connected  (GtConnection  *self);
/* To call after a refresh or an edit failed: if that lost the server, the
 * connection turns FALSE and tries to get back every few seconds. */
void          gt_connection_check          (GtConnection  *self);
/* Shorthand for the editors and views: whether an edit of @store may be
 * taken now. */
gboolean      gt_connection_store_is_writable (GtStore    *store);
/* Calls @update (@widget) whenever @store's connection is lost or back, for
 * as long as @widget lives. */
void          gt_connection_watch          (GtStore       *store,
                                            GtkWidget     *widget,
                                            GCallback      update);
/* How long to wait between two attempts, in seconds (tests shorten it). */
void          gt_connection_set_retry_interval (GtConnection *self,
                                                guint         seconds);

G_END_DECLS
