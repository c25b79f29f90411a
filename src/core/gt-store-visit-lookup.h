/* gt-store-visit-lookup.h: the site visit an issue was assigned on (现场交办).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"
#include "gt-visit.h"

G_BEGIN_DECLS

/* The id of the live visit issue @issue_id was assigned on: 0 when it came
 * from none, or its visit was deleted since; -1 with @error set when the
 * register cannot be read. */
gint64   gt_store_get_issue_visit_id (GtStore  *self,
                                      gint64    issue_id,
                                      GError  **error);
/* The live visit itself, with its projects, or NULL: none (no error), or
 * the register unreadable (@error set). */
GtVisit *gt_store_get_issue_visit    (GtStore  *self,
                                      gint64    issue_id,
                                      GError  **error);

G_END_DECLS
