/* gt-test-county.h: a county's ledger of one year as its office keeps it, made
 * up but shaped like the real ones (see shared/seeds): a title, the header on
 * row 3, projects grouped under 一、二、… headings with a 小计 each and a 合计,
 * 建设性质, 形象进度 that mostly starts with a stage word, 存在问题 on most rows,
 * starts and ends spread over several years. The same seed gives the same ledger.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint n_projects;       /* rows of projects */
  guint n_with_problems;  /* rows whose 存在问题 is not blank */
  guint n_started;        /* rows whose 形象进度, 建设性质 or figures say started */
  guint n_by_stage[6];    /* rows by how far the project has got: 谋划, 签约, 前期,
                           * 在建, 竣工, 投产 (GtStage order) */
  /* Rows under construction whose 形象进度 names no stage ("1号厂房封顶…", as
   * offices often write): 续建 ones, told by their 建设性质, and new starts,
   * told by their completed investment. */
  guint n_building_told_by_nature;
  guint n_building_told_by_figures;
} GtTestCountyFacts;

/* The ledger's rows ('|'-joined cells, as gt_test_write_csv() takes them) for
 * @n_projects projects of @year, with figures for January to @month.
 * Free with g_strfreev(). @facts, when not NULL, says what it holds. */
char  **gt_test_county_ledger_rows (guint               n_projects,
                                    int                 year,
                                    int                 month,
                                    GtTestCountyFacts  *facts);

G_END_DECLS
