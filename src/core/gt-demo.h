/* gt-demo.h: a realistic demo register, generated deterministically.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

typedef struct {
  guint projects;   /* ≥ 60 for the default demo */
  guint issues;     /* ≥ 40 */
  guint reports;    /* monthly reports in all; 0 means 12 a project */
  guint32 seed;
} GtDemoSize;

/* The default: 66 projects, 8 leaders, 14 units, 16 localities, milestones,
 * 12 months of reports, 48 issues in every status. */
const GtDemoSize *gt_demo_size_default (void);

/* Fills an empty store in one transaction. The same size, seed and @today give
 * the same register. The year plan is for @today's year; the reports cover the
 * 12 months up to @today's month. */
gboolean  gt_demo_populate  (GtStore          *store,
                             const GtDemoSize *size,
                             const GDate      *today,
                             GError          **error);

G_END_DECLS
