/* gt-leaders-view.h: A page of the main window: leaders and their portfolios, and the units.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_LEADERS_VIEW (gt_leaders_view_get_type ())
G_DECLARE_FINAL_TYPE (GtLeadersView, gt_leaders_view, GT, LEADERS_VIEW, AdwBin)

/* @store is the construct-only "store" property. The view installs the widget
 * actions view.new, view.edit, view.delete and view.find; the window forwards
 * Ctrl+N and Ctrl+F to the visible page through them. */
GtkWidget *gt_leaders_view_new (GtStore *store);

G_END_DECLS
