/* gt-export-progress.c: progress and cancellation of a long export.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-export-progress.h"

gboolean
gt_export_monitor_step (const GtExportMonitor  *monitor,
                        guint64                 done,
                        guint64                 total,
                        GError                **error)
{
  if (monitor == NULL)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (monitor->cancellable, error))
    return FALSE;
  if (monitor->func != NULL)
    monitor->func (total > 0 ? MIN ((double) done / (double) total, 1.0) : 1.0, monitor->data);
  return TRUE;
}
