/* gt-notice.h: the office's monthly notice (通报) as finished text: a title,
 * a document number (文号), its date, and numbered sections of paragraphs and
 * tables, built once from the register as of one month and rendered twice,
 * as PDF (gt-notice-print.c) and as DOCX (gt-notice-docx.c), so that the two
 * always say the same.
 *
 * Sections, as county offices write them: 一、总体情况 (the month's figures
 * and the four rates), 二、排名情况 (localities and units ranked apart), 三、红黑榜
 * (by the office's rules, gt-notice-rules.h), 四、存在问题 (overdue issues by
 * unit), 五、下步工作 (a standard paragraph the office edits in the DOCX).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-as-of.h"
#include "gt-figures.h"
#include "gt-notice-rules.h"
#include "gt-rag.h"

G_BEGIN_DECLS

typedef enum {
  GT_NOTICE_HEADING,       /* 一、总体情况 */
  GT_NOTICE_SUBHEADING,    /* （一）乡镇（街道、园区） */
  GT_NOTICE_PARAGRAPH,     /* body text, its first line indented two characters */
  GT_NOTICE_TABLE,
  GT_NOTICE_NOTE,          /* small print under a table: the rule it follows */
} GtNoticeBlockKind;

typedef struct {
  GtNoticeBlockKind kind;
  char             *text;        /* all but tables */
  /* Tables: the header row first, then the rows; cells row by row. */
  guint             n_columns;
  guint             n_rows;
  char            **cells;
  guint            *widths;      /* relative widths, in characters */
  gboolean         *figures;     /* columns of figures, set to the right */
} GtNoticeBlock;

typedef struct {
  int        year;
  int        month;
  GDate      as_of;              /* the month's last day: every figure's date */
  GDate      date;               /* the notice's own date (成文日期) */
  char      *office_name;        /* 红头 and signature; never empty */
  char      *number;             /* 文号: 县重点办〔2023〕4号 */
  char      *title;              /* 关于2023年4月全县重点项目推进情况的通报 */
  char      *addressee;          /* 主送: 各乡镇（街道）、园区，县直有关单位： */
  char      *date_text;          /* 2023年5月8日 */
  GPtrArray *blocks;             /* GtNoticeBlock *, the body in order */
  GArray    *red_list;           /* gint64 project ids, best first */
  GArray    *black_list;         /* gint64 project ids, by name */
} GtNotice;

/* The notice of @as_of's month from @store: figures and lights judged by
 * @rag_rules and @targets, lists by @rules. @office_name NULL or "" takes a
 * generic one. Never reads the clock. */
GtNotice   *gt_notice_build            (GtStore              *store,
                                        const GtAsOf         *as_of,
                                        const GtRagRules     *rag_rules,
                                        const GtStartTargets *targets,
                                        const GtNoticeRules  *rules,
                                        const char           *office_name,
                                        GError              **error);
/* The same with the office's own settings (gt-office-settings.h,
 * gt-notice-rules.h). */
GtNotice   *gt_notice_build_for_office (GtStore              *store,
                                        const GtAsOf         *as_of,
                                        GError              **error);
void        gt_notice_free             (GtNotice             *notice);
/* The notice's file name for @month of @year with @extension ("docx"):
 * 重点项目推进情况通报（2023年4月）.docx. */
char       *gt_notice_file_name        (int                   year,
                                        int                   month,
                                        const char           *extension);

/* Writes @notice to @path as PDF or DOCX, by its extension (any case); any
 * other extension is refused. Never over the register at @register_path
 * (gt-export-file.h). */
gboolean    gt_notice_write            (const GtNotice       *notice,
                                        const char           *path,
                                        const char           *register_path,
                                        GError              **error);
/* Whether @path ends in .pdf or .docx. */
gboolean    gt_notice_path_is_supported (const char          *path);

/* The renderers (gt-notice-print.c, gt-notice-docx.c). */
gboolean    gt_notice_write_pdf        (const GtNotice       *notice,
                                        const char           *path,
                                        const char           *register_path,
                                        GError              **error);
gboolean    gt_notice_write_docx       (const GtNotice       *notice,
                                        const char           *path,
                                        const char           *register_path,
                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtNotice, gt_notice_free)

G_END_DECLS
