/* gt-portfolio-tally.h: what every leader and unit answers for, counted at once.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

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

G_END_DECLS
