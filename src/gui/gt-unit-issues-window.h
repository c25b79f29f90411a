/* gt-unit-issues-window.h: the open issues of each responsible unit, overdue
 * first, with their level of supervision (督办): what the office reads out to
 * a unit, or sends it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_UNIT_ISSUES_WINDOW (gt_unit_issues_window_get_type ())
G_DECLARE_FINAL_TYPE (GtUnitIssuesWindow, gt_unit_issues_window, GT, UNIT_ISSUES_WINDOW,
                      AdwWindow)

/* The issues of @store as of @today (NULL: the clock's day), following the
 * store's changes. */
GtUnitIssuesWindow *gt_unit_issues_window_new          (GtkWindow          *parent,
                                                        GtStore            *store,
                                                        const GDate        *today);
/* Runs the office's escalation rules as of the window's day, as the button
 * does; how many issues rose. */
guint               gt_unit_issues_window_escalate     (GtUnitIssuesWindow *self,
                                                        GError            **error);
/* What Export… does once a file is chosen: the list as PDF, XLSX or CSV by
 * the file's extension, as of the window's day. */
gboolean            gt_unit_issues_window_export_to    (GtUnitIssuesWindow *self,
                                                        GFile              *file,
                                                        GError            **error);
/* For tests: how many units and issues it lists. */
guint               gt_unit_issues_window_get_n_units  (GtUnitIssuesWindow *self);
guint               gt_unit_issues_window_get_n_issues (GtUnitIssuesWindow *self);

G_END_DECLS
