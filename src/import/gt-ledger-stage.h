/* gt-ledger-stage.h: how far a project has got, as a ledger says it.
 *
 * Ledgers seldom have a 项目阶段 column; the stage is in what they do write: a
 * 形象进度 that starts with a stage word ("主体施工，…", "已竣工，…"), the
 * 建设性质 (续建: building since an earlier year), an actual start or completed
 * investment.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-enums.h"

G_BEGIN_DECLS

/* What an imported row's stage rests on, strongest evidence first. */
typedef enum {
  GT_LEDGER_STAGE_FROM_NOTHING,   /* no word, date or figure: 谋划 */
  GT_LEDGER_STAGE_FROM_COLUMN,    /* 项目阶段 */
  GT_LEDGER_STAGE_FROM_PROGRESS,  /* the first word of 形象进度 */
  GT_LEDGER_STAGE_FROM_NATURE,    /* 建设性质 */
  GT_LEDGER_STAGE_FROM_DATES,     /* an actual start or end, or investment completed */
  GT_LEDGER_STAGE_FROM_REGISTER,  /* the register's stage, further than the ledger says */
} GtLedgerStageSource;

/* A 项目阶段 cell: any stage word in it ("在建（主体施工）"), the furthest if
 * several, or a stage's id ("under_construction"). */
gboolean   gt_ledger_stage_parse          (const char  *text,
                                           GtStage     *stage);
/* The stage word a 形象进度 text starts with, after "已", "正在", "目前" …:
 * "主体施工，完成基础工程" is 在建, "已竣工，正在办理验收手续" 竣工. A word
 * further in ("计划6月开工", "力争年底竣工") is a plan, not a stage: FALSE. */
gboolean   gt_ledger_stage_from_progress  (const char  *text,
                                           GtStage     *stage);
/* The least stage a 建设性质 means: 续建 under construction, 竣工投产
 * completed; FALSE for 新开工 and 预备, which say nothing of how far. */
gboolean   gt_ledger_stage_from_nature    (const char  *text,
                                           GtStage     *stage);

G_END_DECLS
