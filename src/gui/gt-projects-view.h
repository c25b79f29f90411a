/* gt-projects-view.h: A page of the main window: the register of projects, with search and filters.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_PROJECTS_VIEW (gt_projects_view_get_type ())
G_DECLARE_FINAL_TYPE (GtProjectsView, gt_projects_view, GT, PROJECTS_VIEW, AdwBin)

/* @store is the construct-only "store" property. The view installs the widget
 * actions view.new, view.edit, view.delete and view.find; the window forwards
 * Ctrl+N and Ctrl+F to the visible page through them. */
GtkWidget *gt_projects_view_new              (GtStore        *store);
/* Filters at once, as if @text had been typed into the search entry. */
void       gt_projects_view_set_search_text (GtProjectsView *self,
                                             const char     *text);
/* The number of projects the search and filters let through. */
guint      gt_projects_view_get_n_visible   (GtProjectsView *self);

G_END_DECLS
