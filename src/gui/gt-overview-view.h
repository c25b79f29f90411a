/* gt-overview-view.h: the first page of the main window: a month's figures at a
 * glance (概览).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-figures.h"
#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_OVERVIEW_VIEW (gt_overview_view_get_type ())
G_DECLARE_FINAL_TYPE (GtOverviewView, gt_overview_view, GT, OVERVIEW_VIEW, AdwBin)

/* Opens on last month. Installs view.previous-month and view.next-month. */
GtkWidget       *gt_overview_view_new          (GtStore        *store);
void             gt_overview_view_set_month    (GtOverviewView *self,
                                                int             year,
                                                int             month);
int              gt_overview_view_get_year     (GtOverviewView *self);
int              gt_overview_view_get_month    (GtOverviewView *self);
/* The figures shown, computed now if the page has not yet done so. */
const GtFigures *gt_overview_view_get_figures  (GtOverviewView *self);

G_END_DECLS
