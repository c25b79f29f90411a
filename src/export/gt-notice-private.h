/* gt-notice-private.h: what the monthly notice's builders share
 * (gt-notice.c, gt-notice-lists.c); for src/export only.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-notice.h"

G_BEGIN_DECLS

typedef struct {
  const char *label;       /* untranslated (N_()) */
  guint       width;       /* characters */
  gboolean    figure;
} GtNoticeColumn;

/* A table being filled, cell by cell, row by row. */
typedef struct {
  GtNoticeBlock *block;
  GPtrArray     *cells;
} GtNoticeTable;

/* Appends a block of @kind with @text (taken) to @notice's body. */
GtNoticeBlock *_gt_notice_add_block          (GtNotice             *notice,
                                              GtNoticeBlockKind     kind,
                                              char                 *text);
void           _gt_notice_add_paragraph      (GtNotice             *notice,
                                              char                 *text);
/* Appends a table with @columns' header row; fill it with
 * _gt_notice_table_add() and close it with _gt_notice_table_end(). */
void           _gt_notice_table_begin        (GtNoticeTable        *table,
                                              GtNotice             *notice,
                                              const GtNoticeColumn *columns,
                                              guint                 n_columns);
/* The next cell: @text is taken (NULL: empty). */
void           _gt_notice_table_add          (GtNoticeTable        *table,
                                              char                 *text);
void           _gt_notice_table_end          (GtNoticeTable        *table);
/* "45.3%", "—" for no base. */
char          *_gt_notice_format_rate        (double                rate);
/* The unit's name, or "No responsible unit" for 0 or a unit gone. */
const char    *_gt_notice_unit_name          (GtStore              *store,
                                              gint64                id);
/* The names of @projects (GtProject *) as a list: "A、B、C". */
char          *_gt_notice_join_names         (GPtrArray            *projects);

/* 三、红黑榜 and 四、存在问题 (gt-notice-lists.c). */
gboolean       _gt_notice_add_red_list       (GtNotice             *notice,
                                              GtStore              *store,
                                              const GtNoticeRules  *rules,
                                              GError              **error);
gboolean       _gt_notice_add_black_list     (GtNotice             *notice,
                                              GtStore              *store,
                                              const GtRagRules     *rag_rules,
                                              const GtNoticeRules  *rules,
                                              GError              **error);
void           _gt_notice_add_overdue_issues (GtNotice             *notice,
                                              GtStore              *store);

G_END_DECLS
