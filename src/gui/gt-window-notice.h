/* gt-window-notice.h: Main menu → Export Monthly Notice…: the office's monthly
 * notice (通报) of the window's month, as PDF or DOCX.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-window.h"

G_BEGIN_DECLS

/* Asks where, then writes the notice of the month the Overview shows. */
void     _gt_window_export_notice    (GtWindow  *self);
/* Writes it to @file without asking: PDF or DOCX by the name's extension. */
gboolean _gt_window_export_notice_to (GtWindow  *self,
                                      GFile     *file,
                                      GError   **error);

G_END_DECLS
