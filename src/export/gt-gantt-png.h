/* gt-gantt-png.h: a page of a paged document as a PNG, drawn and written a
 * strip at a time, so that a tall wall chart (a thousand projects make a
 * picture of some 30,000 pixel rows) never holds its whole image in memory.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"

G_BEGIN_DECLS

/* Rows of pixels drawn at a time. */
#define GT_GANTT_PNG_STRIP 512

/* Page @index of @doc at @dpi on white, to @path as gt-export-file.h says.
 * Pages taller than PNG's limit are refused with a message. */
gboolean gt_gantt_png_write (const GtExportDoc  *doc,
                             guint               index,
                             double              dpi,
                             const char         *path,
                             GError            **error);
/* The same, reporting each strip to @monitor (may be NULL) and stopping with
 * G_IO_ERROR_CANCELLED, leaving no file, when it is cancelled. */
gboolean gt_gantt_png_write_full (const GtExportDoc      *doc,
                                  guint                   index,
                                  double                  dpi,
                                  const char             *path,
                                  const GtExportMonitor  *monitor,
                                  GError                **error);

G_END_DECLS
