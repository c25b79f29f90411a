/* gt-export-bar.h: a long export (the wall chart to PDF, a thousand pages at
 * week zoom) run in a worker thread, shown as a bar under the header with its
 * progress and a Cancel button, while the window stays in use.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-export-progress.h"

G_BEGIN_DECLS

#define GT_TYPE_EXPORT_BAR (gt_export_bar_get_type ())
G_DECLARE_FINAL_TYPE (GtExportBar, gt_export_bar, GT, EXPORT_BAR, GtkWidget)

/* The work, run in a worker thread: it must touch no store, list model or
 * widget, only the finished data it is handed in @data, and should call
 * gt_export_monitor_step() often. */
typedef gboolean (*GtExportBarWork) (gpointer                data,
                                     const GtExportMonitor  *monitor,
                                     GError                **error);

GtExportBar *gt_export_bar_new          (void);
/* Whether an export is running (one at a time). */
gboolean     gt_export_bar_is_busy      (GtExportBar          *self);
/* Shows the bar with @label and runs @work (@data freed with @destroy in the
 * main thread, once done); @callback is called in the main thread and must
 * call gt_export_bar_run_finish(). The application is held meanwhile, so
 * that closing the last window waits for the cancelled work to stop. */
void         gt_export_bar_run          (GtExportBar          *self,
                                         const char           *label,
                                         GtExportBarWork       work,
                                         gpointer              data,
                                         GDestroyNotify        destroy,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
/* Hides the bar; FALSE with @error if the work failed or was cancelled
 * (G_IO_ERROR_CANCELLED). */
gboolean     gt_export_bar_run_finish   (GtExportBar          *self,
                                         GAsyncResult         *result,
                                         GError              **error);
/* What the Cancel button does. */
void         gt_export_bar_cancel       (GtExportBar          *self);
/* The fraction the bar shows, from 0 to 1. */
double       gt_export_bar_get_fraction (GtExportBar          *self);

G_END_DECLS
