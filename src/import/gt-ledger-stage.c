/* gt-ledger-stage.c: how far a project has got, as a ledger says it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-ledger-fold.h"
#include "gt-ledger-stage.h"

/* The stage words of ledgers, the furthest stage first: both the 项目阶段
 * column and the start of a 形象进度 are read with this one table, so that a
 * word added here counts in both. A 项目阶段 cell takes the first word of the
 * table found anywhere in it ("竣工投产" is 投产); a 形象进度 only the word it
 * starts with, the longest one there ("主体施工" before "主体"). */
static const struct {
  const char *word;
  GtStage     stage;
} words[] = {
  { "投产", GT_STAGE_OPERATING },
  { "运营", GT_STAGE_OPERATING },
  { "达效", GT_STAGE_OPERATING },
  { "达产", GT_STAGE_OPERATING },
  { "试生产", GT_STAGE_OPERATING },
  { "竣工", GT_STAGE_COMPLETED },
  { "完工", GT_STAGE_COMPLETED },
  { "建成", GT_STAGE_COMPLETED },
  { "在建", GT_STAGE_UNDER_CONSTRUCTION },
  { "续建", GT_STAGE_UNDER_CONSTRUCTION },
  { "开工", GT_STAGE_UNDER_CONSTRUCTION },
  { "主体施工", GT_STAGE_UNDER_CONSTRUCTION },
  /* 主体结构, 主体完工, 主体封顶: the main works stand, the rest is building. */
  { "主体", GT_STAGE_UNDER_CONSTRUCTION },
  { "施工", GT_STAGE_UNDER_CONSTRUCTION },
  { "前期", GT_STAGE_PREPARING },
  { "预备", GT_STAGE_PREPARING },
  { "落地", GT_STAGE_PREPARING },
  { "签约", GT_STAGE_SIGNED },
  { "谋划", GT_STAGE_PLANNED },
  { "储备", GT_STAGE_PLANNED },
};

/* What a 形象进度 may say before its stage word: "已竣工", "目前正在施工". */
static const char *const lead_ins[] = {
  "已经", "已", "正在", "目前", "现已", "现", "项目", "均已", "基本", "全面", "处于", "进入",
};

/* After the word of a stage from 在建 on, what makes it a step still to come:
 * "开工前期工作", "开工准备", "施工许可办理中", "施工图设计", "投产前调试"
 * ("前期手续" is the 前期 stage itself). */
static const char *const not_yet[] = { "前", "准备", "许可", "图", "招标", "手续" };

gboolean
gt_ledger_stage_parse (const char *text,
                       GtStage    *stage)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL && stage != NULL, FALSE);

  /* 開工, 續建, 投產: a ledger in traditional script says the same. */
  folded = g_strdup (text);
  gt_ledger_fold_traditional (folded);
  text = folded;

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i].word) != NULL)
      {
        *stage = words[i].stage;
        return TRUE;
      }
  for (int s = 0; s < GT_N_STAGES; s++)
    if (g_strcmp0 (text, gt_stage_to_id (s)) == 0)
      {
        *stage = s;
        return TRUE;
      }
  return FALSE;
}

static const char *
skip_lead_ins (const char *text)
{
  gboolean skipped;

  do
    {
      skipped = FALSE;
      while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r')
        text++;
      for (gsize i = 0; i < G_N_ELEMENTS (lead_ins); i++)
        if (g_str_has_prefix (text, lead_ins[i]))
          {
            text += strlen (lead_ins[i]);
            skipped = TRUE;
            break;
          }
    }
  while (skipped);
  return text;
}

gboolean
gt_ledger_stage_from_progress (const char *text,
                               GtStage    *stage)
{
  gsize best = G_N_ELEMENTS (words);
  gsize best_length = 0;
  const char *after;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL && stage != NULL, FALSE);

  /* 開工, 續建, 投產: a ledger in traditional script says the same. */
  folded = g_strdup (text);
  gt_ledger_fold_traditional (folded);
  text = folded;

  text = skip_lead_ins (text);
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (text, words[i].word) && strlen (words[i].word) > best_length)
      {
        best = i;
        best_length = strlen (words[i].word);
      }
  if (best == G_N_ELEMENTS (words))
    return FALSE;

  after = text + best_length;
  for (gsize i = 0; i < G_N_ELEMENTS (not_yet); i++)
    if (words[best].stage >= GT_STAGE_UNDER_CONSTRUCTION && g_str_has_prefix (after, not_yet[i]))
      return FALSE;
  *stage = words[best].stage;
  return TRUE;
}

gboolean
gt_ledger_stage_from_nature (const char *text,
                             GtStage    *stage)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL && stage != NULL, FALSE);

  /* 開工, 續建, 投產: a ledger in traditional script says the same. */
  folded = g_strdup (text);
  gt_ledger_fold_traditional (folded);
  text = folded;

  /* 竣工投产 is finished this year; whether it runs yet the nature does not say. */
  if (strstr (text, "竣工") != NULL || strstr (text, "投产") != NULL
      || strstr (text, "建成") != NULL)
    *stage = GT_STAGE_COMPLETED;
  else if (strstr (text, "续建") != NULL)
    *stage = GT_STAGE_UNDER_CONSTRUCTION;
  else
    return FALSE;
  return TRUE;
}
