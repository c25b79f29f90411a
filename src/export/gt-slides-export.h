/* gt-slides-export.h: the monthly meeting's slides as PDF, one slide a page,
 * through the same writer as every other export.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-progress.h"
#include "gt-slide-deck.h"
#include "gt-slide-sources.h"

G_BEGIN_DECLS

/* A page of the deck's aspect, 720 pt high (1280 pt wide at 16:9, as slide
 * software makes it), @dark for a dark room. @path is refused and replaced as
 * gt-export-file.h says, never the register at @register_path (may be NULL). */
gboolean gt_export_write_slides (GtSlideDeck  *deck,
                                 gboolean      dark,
                                 const char   *register_path,
                                 const char   *path,
                                 GError      **error);
/* The same, reporting each slide to @monitor (may be NULL) and stopping with
 * G_IO_ERROR_CANCELLED, leaving no file, when it is cancelled. The deck holds
 * finished data (gathered when it was made), so this may run in a worker
 * thread while the deck is used by no other. */
gboolean gt_export_write_slides_full (GtSlideDeck            *deck,
                                      gboolean                dark,
                                      const char             *register_path,
                                      const char             *path,
                                      const GtExportMonitor  *monitor,
                                      GError                **error);

G_END_DECLS
