/* gt-export-progress.h: how a long export reports how far it has got and
 * learns that it should stop.
 *
 * The window runs an export in a worker thread (gt-export-bar.c): the writers
 * here are handed a monitor and call gt_export_monitor_step() between pages
 * (or strips, or rows), which reports the fraction done and returns FALSE
 * with G_IO_ERROR_CANCELLED once the user has pressed Cancel. The writer then
 * returns at once, and its GtExportFile removes the temporary: nothing is
 * left on disk, the old file (if any) as it was. The progress function is
 * called in the thread that writes; marshalling it to the main thread is the
 * caller's business. A NULL monitor (the command line, the tests) never
 * stops and reports nothing.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* @fraction from 0 to 1; called in the writing thread. */
typedef void (*GtExportProgressFunc) (double   fraction,
                                      gpointer user_data);

typedef struct {
  GCancellable         *cancellable;   /* may be NULL */
  GtExportProgressFunc  func;          /* may be NULL */
  gpointer              data;
} GtExportMonitor;

/* Reports @done of @total steps and checks for cancellation: FALSE with
 * G_IO_ERROR_CANCELLED when cancelled. @monitor may be NULL. */
gboolean gt_export_monitor_step (const GtExportMonitor  *monitor,
                                 guint64                 done,
                                 guint64                 total,
                                 GError                **error);

G_END_DECLS
