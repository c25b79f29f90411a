/* gt-issue-visit-row.h: in the issue editor, the site visit an issue was
 * assigned on (来自现场活动), with a button that opens the visit.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"
#include "gt-visit.h"

G_BEGIN_DECLS

/* An action row saying @visit's date, leader and kind, whose Open Visit
 * button (and the row, activated) opens @visit in its editor, transient for
 * the row's window. Holds @store and @visit. */
GtkWidget *gt_issue_visit_row_new      (GtStore   *store,
                                        GtVisit   *visit);
/* "2026年11月10日 · 王建国 · 现场办公": the row's subtitle. New. */
char      *gt_issue_visit_row_describe (GtStore   *store,
                                        GtVisit   *visit);
/* What the button does: the visit's editor, presented. */
GtkWindow *gt_issue_visit_row_open     (GtkWidget *row);

G_END_DECLS
