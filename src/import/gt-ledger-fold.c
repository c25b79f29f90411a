/* gt-ledger-fold.c: traditional characters read as simplified ones.
 *
 * Ledgers from Taiwan or Hong Kong, and mainland ones typed in traditional
 * script, head their columns 項目名稱, 總投資（萬元）, 2023年計劃投資, 包聯領導,
 * 責任單位, 所屬鄉鎮, 形象進度, 存在問題, 備註, and write amounts as 1.2億元.
 * Before a header, a unit or an amount is matched against the simplified words
 * of gt-ledger-columns.c and gt-ledger-values.c, its traditional characters are
 * folded to simplified ones by this table.
 *
 * It holds every character of those words that has a traditional form (the
 * rules' header words, the units 万元 and 亿元, the month words, the blank
 * marks 无 and 暂无, and the stage words of gt-ledger-stage.c), and the other
 * characters common in ledger headers (聯, 註, 報, 縣, 額, …), with their
 * variants (簽 and 籤, 爲 and 為, 裡 and 裏). Add a character here when a word
 * with a new one is added there. 畫 folds to 划, not 画: in a ledger's header it
 * is Taiwan's 計畫 and 規畫 (计划, 规划).
 *
 * Every character here and its fold are three bytes of UTF-8, so text is folded
 * in place. Only the reading of headers, units and amounts folds: names and
 * other text are kept as the ledger writes them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gt-ledger-fold.h"

typedef struct {
  gunichar traditional;
  gunichar simplified;
} Fold;

/* By the traditional character's code point, for bsearch(). */
static const Fold folds[] = {
  { 0x4F54, 0x5360 }, /* 佔占 */ { 0x4F86, 0x6765 }, /* 來来 */ { 0x5024, 0x503C }, /* 値值 */
  { 0x5099, 0x5907 }, /* 備备 */ { 0x50F9, 0x4EF7 }, /* 價价 */ { 0x5104, 0x4EBF }, /* 億亿 */
  { 0x5132, 0x50A8 }, /* 儲储 */ { 0x5167, 0x5185 }, /* 內内 */ { 0x5225, 0x522B }, /* 別别 */
  { 0x5283, 0x5212 }, /* 劃划 */ { 0x52D9, 0x52A1 }, /* 務务 */ { 0x5340, 0x533A }, /* 區区 */
  { 0x54E1, 0x5458 }, /* 員员 */ { 0x554F, 0x95EE }, /* 問问 */ { 0x55AE, 0x5355 }, /* 單单 */
  { 0x570D, 0x56F4 }, /* 圍围 */ { 0x5712, 0x56ED }, /* 園园 */ { 0x5716, 0x56FE }, /* 圖图 */
  { 0x5831, 0x62A5 }, /* 報报 */ { 0x5834, 0x573A }, /* 場场 */ { 0x5BE6, 0x5B9E }, /* 實实 */
  { 0x5C0E, 0x5BFC }, /* 導导 */ { 0x5C46, 0x5C4A }, /* 屆届 */ { 0x5C64, 0x5C42 }, /* 層层 */
  { 0x5C6C, 0x5C5E }, /* 屬属 */ { 0x5E33, 0x8D26 }, /* 帳账 */ { 0x5EE0, 0x5382 }, /* 廠厂 */
  { 0x5F9E, 0x4ECE }, /* 從从 */ { 0x5FA9, 0x590D }, /* 復复 */ { 0x614B, 0x6001 }, /* 態态 */
  { 0x64DA, 0x636E }, /* 據据 */ { 0x6578, 0x6570 }, /* 數数 */ { 0x65BC, 0x4E8E }, /* 於于 */
  { 0x66AB, 0x6682 }, /* 暫暂 */ { 0x696D, 0x4E1A }, /* 業业 */ { 0x69CB, 0x6784 }, /* 構构 */
  { 0x6A19, 0x6807 }, /* 標标 */ { 0x6A4B, 0x6865 }, /* 橋桥 */ { 0x6B78, 0x5F52 }, /* 歸归 */
  { 0x6CC1, 0x51B5 }, /* 況况 */ { 0x6E96, 0x51C6 }, /* 準准 */ { 0x70BA, 0x4E3A }, /* 為为 */
  { 0x7121, 0x65E0 }, /* 無无 */ { 0x71DF, 0x8425 }, /* 營营 */ { 0x7232, 0x4E3A }, /* 爲为 */
  { 0x727D, 0x7275 }, /* 牽牵 */ { 0x72C0, 0x72B6 }, /* 狀状 */ { 0x73FE, 0x73B0 }, /* 現现 */
  { 0x74B0, 0x73AF }, /* 環环 */ { 0x7522, 0x4EA7 }, /* 產产 */ { 0x756B, 0x5212 }, /* 畫划 */
  { 0x767C, 0x53D1 }, /* 發发 */ { 0x78BC, 0x7801 }, /* 碼码 */ { 0x790E, 0x7840 }, /* 礎础 */
  { 0x7A05, 0x7A0E }, /* 稅税 */ { 0x7A31, 0x79F0 }, /* 稱称 */ { 0x7BC9, 0x7B51 }, /* 築筑 */
  { 0x7C3D, 0x7B7E }, /* 簽签 */ { 0x7C64, 0x7B7E }, /* 籤签 */ { 0x7D04, 0x7EA6 }, /* 約约 */
  { 0x7D1A, 0x7EA7 }, /* 級级 */ { 0x7D71, 0x7EDF }, /* 統统 */ { 0x7D93, 0x7ECF }, /* 經经 */
  { 0x7DAB, 0x7EBF }, /* 綫线 */ { 0x7DDA, 0x7EBF }, /* 線线 */ { 0x7DE8, 0x7F16 }, /* 編编 */
  { 0x7E23, 0x53BF }, /* 縣县 */ { 0x7E3D, 0x603B }, /* 總总 */ { 0x7E8C, 0x7EED }, /* 續续 */
  { 0x806F, 0x8054 }, /* 聯联 */ { 0x81FA, 0x53F0 }, /* 臺台 */ { 0x842C, 0x4E07 }, /* 萬万 */
  { 0x8655, 0x5904 }, /* 處处 */ { 0x865F, 0x53F7 }, /* 號号 */ { 0x885B, 0x536B }, /* 衛卫 */
  { 0x88CF, 0x91CC }, /* 裏里 */ { 0x88E1, 0x91CC }, /* 裡里 */ { 0x8907, 0x590D }, /* 複复 */
  { 0x898F, 0x89C4 }, /* 規规 */ { 0x89C0, 0x89C2 }, /* 觀观 */ { 0x8A08, 0x8BA1 }, /* 計计 */
  { 0x8A2D, 0x8BBE }, /* 設设 */ { 0x8A31, 0x8BB8 }, /* 許许 */ { 0x8A3B, 0x6CE8 }, /* 註注 */
  { 0x8A66, 0x8BD5 }, /* 試试 */ { 0x8ABF, 0x8C03 }, /* 調调 */ { 0x8B00, 0x8C0B }, /* 謀谋 */
  { 0x8CA0, 0x8D1F }, /* 負负 */ { 0x8CAC, 0x8D23 }, /* 責责 */ { 0x8CBB, 0x8D39 }, /* 費费 */
  { 0x8CC7, 0x8D44 }, /* 資资 */ { 0x8CEA, 0x8D28 }, /* 質质 */ { 0x8CEC, 0x8D26 }, /* 賬账 */
  { 0x8ECA, 0x8F66 }, /* 車车 */ { 0x8FA6, 0x529E }, /* 辦办 */ { 0x9031, 0x5468 }, /* 週周 */
  { 0x9032, 0x8FDB }, /* 進进 */ { 0x904B, 0x8FD0 }, /* 運运 */ { 0x9054, 0x8FBE }, /* 達达 */
  { 0x9109, 0x4E61 }, /* 鄉乡 */ { 0x93AE, 0x9547 }, /* 鎮镇 */ { 0x9580, 0x95E8 }, /* 門门 */
  { 0x958B, 0x5F00 }, /* 開开 */ { 0x95DC, 0x5173 }, /* 關关 */ { 0x968E, 0x9636 }, /* 階阶 */
  { 0x969B, 0x9645 }, /* 際际 */ { 0x96E3, 0x96BE }, /* 難难 */ { 0x96FB, 0x7535 }, /* 電电 */
  { 0x9805, 0x9879 }, /* 項项 */ { 0x9810, 0x9884 }, /* 預预 */ { 0x9818, 0x9886 }, /* 領领 */
  { 0x982D, 0x5934 }, /* 頭头 */ { 0x984C, 0x9898 }, /* 題题 */ { 0x984D, 0x989D }, /* 額额 */
  { 0x985E, 0x7C7B }, /* 類类 */ { 0x9AD4, 0x4F53 }, /* 體体 */
};

static int
compare_fold (const void *key,
              const void *item)
{
  gunichar c = *(const gunichar *) key;
  const Fold *fold = item;

  return c < fold->traditional ? -1 : c > fold->traditional ? 1 : 0;
}

gunichar
gt_ledger_fold_char (gunichar c)
{
  const Fold *fold;

  if (c < folds[0].traditional || c > folds[G_N_ELEMENTS (folds) - 1].traditional)
    return c;
  fold = bsearch (&c, folds, G_N_ELEMENTS (folds), sizeof folds[0], compare_fold);
  return fold != NULL ? fold->simplified : c;
}

void
gt_ledger_fold_traditional (char *text)
{
  g_return_if_fail (text != NULL);

  for (char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;
      gunichar folded;

      /* ASCII, and the two-byte range, hold nothing to fold. */
      if ((guchar) *p < 0xe0)
        continue;
      c = g_utf8_get_char (p);
      folded = gt_ledger_fold_char (c);
      if (folded != c)
        {
          char utf8[6];
          int n = g_unichar_to_utf8 (folded, utf8);

          g_assert (n == 3 && g_unichar_to_utf8 (c, NULL) == 3);
          memcpy (p, utf8, 3);
        }
    }
}

gsize
gt_ledger_fold_n_pairs (void)
{
  return G_N_ELEMENTS (folds);
}

void
gt_ledger_fold_nth_pair (gsize     i,
                         gunichar *traditional,
                         gunichar *simplified)
{
  g_return_if_fail (i < G_N_ELEMENTS (folds));
  *traditional = folds[i].traditional;
  *simplified = folds[i].simplified;
}
