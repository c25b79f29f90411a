/* gt-formalities-window.h: 手续办理: every project's approvals still to be
 * given, by approving department, late and due-soon ones first, for one
 * department or all: "what must 自然资源局 approve this month".
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-as-of.h"
#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_FORMALITIES_WINDOW (gt_formalities_window_get_type ())
G_DECLARE_FINAL_TYPE (GtFormalitiesWindow, gt_formalities_window, GT, FORMALITIES_WINDOW,
                      AdwWindow)

/* The approvals of @store as they stood at the close of @as_of's month (NULL:
 * the register's default month), following the store's changes. */
GtFormalitiesWindow *gt_formalities_window_new          (GtkWindow           *parent,
                                                         GtStore             *store,
                                                         const GtAsOf        *as_of);
/* Shows the approvals of @unit_id only (0: every department). */
void                 gt_formalities_window_set_unit     (GtFormalitiesWindow *self,
                                                         gint64               unit_id);
/* For tests: how many approvals and departments it lists. */
guint                gt_formalities_window_get_n_items  (GtFormalitiesWindow *self);
guint                gt_formalities_window_get_n_groups (GtFormalitiesWindow *self);

G_END_DECLS
