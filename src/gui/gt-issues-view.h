/* gt-issues-view.h: A page of the main window: the issue ledger (问题清单).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_ISSUES_VIEW (gt_issues_view_get_type ())
G_DECLARE_FINAL_TYPE (GtIssuesView, gt_issues_view, GT, ISSUES_VIEW, AdwBin)

/* @store is the construct-only "store" property. The view installs the widget
 * actions view.new, view.edit, view.delete and view.find; the window forwards
 * Ctrl+N and Ctrl+F to the visible page through them. */
GtkWidget  *gt_issues_view_new             (GtStore      *store);

/* For tests and for the window: how many issues the search and filters let
 * through, setting the search text at once (without the entry's delay), and the
 * counts line under the list ("Found N issues: …"). */
guint       gt_issues_view_get_n_visible   (GtIssuesView *self);
void        gt_issues_view_set_search_text (GtIssuesView *self,
                                            const char   *text);
const char *gt_issues_view_get_counts_text (GtIssuesView *self);

G_END_DECLS
