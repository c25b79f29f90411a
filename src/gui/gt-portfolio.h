/* gt-portfolio.h: what one leader or unit answers for: their projects and open issues.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

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

/* What a list of leaders or units shows beside each name. */
typedef struct {
  guint projects;
  guint open_issues;
  guint overdue_issues;
} GtPortfolioCounts;

/* The counts of every leader and unit, made in one pass over the store's projects
 * and issues (not a query per row), as the portfolio itself counts: a leader's
 * issues are those assigned to them and those of their projects; a unit's
 * projects are those it is responsible unit or locality of. */
typedef struct _GtPortfolioTally GtPortfolioTally;

GtPortfolioTally        *gt_portfolio_tally_new    (GtStore          *store,
                                                    const GDate      *today);
void                     gt_portfolio_tally_free   (GtPortfolioTally *tally);
/* The counts of a GtLeader or GtUnit; all zero for one with nothing. */
const GtPortfolioCounts *gt_portfolio_tally_lookup (GtPortfolioTally *tally,
                                                    GObject          *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtPortfolioTally, gt_portfolio_tally_free)

/* The symbolic icon that stands for a kind of unit in avatars. */
const char *gt_portfolio_get_unit_icon (GtUnitKind kind);

G_END_DECLS
