/* gt-portfolio.h: what one leader or unit answers for: their projects and open issues.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-portfolio-tally.h"
#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_PORTFOLIO (gt_portfolio_get_type ())
G_DECLARE_FINAL_TYPE (GtPortfolio, gt_portfolio, GT, PORTFOLIO, AdwBin)

/* @store is the construct-only "store" property. The Edit button activates
 * view.edit, which the page holding the portfolio provides. */
GtkWidget  *gt_portfolio_new      (GtStore     *store);
/* The "item" property: a live GtLeader or GtUnit of the store, or NULL. */
GObject    *gt_portfolio_get_item (GtPortfolio *self);
void        gt_portfolio_set_item (GtPortfolio *self,
                                   GObject     *item);
/* Filters again after the store changed: a project may have changed hands. */
void        gt_portfolio_refresh  (GtPortfolio *self);

/* The symbolic icon that stands for a kind of unit in avatars. */
const char *gt_portfolio_get_unit_icon (GtUnitKind kind);

G_END_DECLS
