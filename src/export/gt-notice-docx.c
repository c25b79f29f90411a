/* gt-notice-docx.c: the monthly notice as a Word document, for the office to
 * edit (above all its 下步工作) before it is issued.
 *
 * Set as government documents are (GB/T 9704): A4, margins of 37, 26, 35 and
 * 28 mm, the office's name in red over the document number and a red rule, the
 * title in a bold 宋体 at 22 points, the text in 仿宋 at 16 points (三号) on an
 * exact line pitch, headings in 黑体 and 楷体, tables in 五号, "— 1 —" at the
 * foot. The fonts are named as Windows and WPS name them; a machine without
 * them substitutes its own Chinese serif and sans.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-docx-writer.h"
#include "gt-notice.h"

#define LATIN       "Times New Roman"
#define SONG        "宋体"
#define FANGSONG    "仿宋"
#define HEI         "黑体"
#define KAI         "楷体"
#define RED         "C00000"

#define BODY_SIZE   16.0     /* 三号 */
#define BODY_PITCH  28.95    /* 22 lines to the page */
#define TITLE_SIZE  22.0     /* 二号 */
#define HEAD_SIZE   26.0
#define TABLE_SIZE  10.5     /* 五号 */
#define NOTE_SIZE   12.0
#define NUMBER_SIZE 14.0     /* 四号, the page number */

static GtDocxStyle
body_style (void)
{
  GtDocxStyle style = { FANGSONG, LATIN, BODY_SIZE, };

  style.align = GT_DOCX_ALIGN_BOTH;
  style.line_pitch = BODY_PITCH;
  return style;
}

static void
add_blank (GtDocxWriter *writer)
{
  GtDocxStyle style = body_style ();

  gt_docx_writer_add_paragraph (writer, "", &style);
}

static void
add_head (GtDocxWriter   *writer,
          const GtNotice *notice)
{
  GtDocxStyle office = { SONG, LATIN, HEAD_SIZE, TRUE, RED, GT_DOCX_ALIGN_CENTER, };
  GtDocxStyle number = body_style ();
  GtDocxStyle title = { SONG, LATIN, TITLE_SIZE, TRUE, NULL, GT_DOCX_ALIGN_CENTER, };
  GtDocxStyle addressee = body_style ();

  office.line_pitch = HEAD_SIZE * 1.5;
  office.space_after = 12;
  gt_docx_writer_add_paragraph (writer, notice->office_name, &office);
  number.align = GT_DOCX_ALIGN_CENTER;
  number.rule_below = RED;
  number.space_after = 18;
  gt_docx_writer_add_paragraph (writer, notice->number, &number);
  add_blank (writer);
  title.line_pitch = TITLE_SIZE * 1.5;
  gt_docx_writer_add_paragraph (writer, notice->title, &title);
  add_blank (writer);
  addressee.align = GT_DOCX_ALIGN_LEFT;
  gt_docx_writer_add_paragraph (writer, notice->addressee, &addressee);
}

static void
add_table (GtDocxWriter        *writer,
           const GtNoticeBlock *block)
{
  GtDocxStyle header = { HEI, LATIN, TABLE_SIZE, };
  GtDocxStyle cell = { FANGSONG, LATIN, TABLE_SIZE, };
  GtDocxStyle after = body_style ();

  header.line_pitch = cell.line_pitch = TABLE_SIZE * 1.6;
  gt_docx_writer_begin_table (writer, block->n_columns, block->widths);
  for (guint r = 0; r < block->n_rows; r++)
    gt_docx_writer_add_row (writer, (const char *const *) &block->cells[r * block->n_columns],
                            block->figures, r == 0 ? &header : &cell);
  gt_docx_writer_end_table (writer);
  /* Word joins two tables with nothing between; and the text goes on below. */
  after.line_pitch = BODY_PITCH / 2;
  gt_docx_writer_add_paragraph (writer, "", &after);
}

static void
add_block (GtDocxWriter        *writer,
           const GtNoticeBlock *block)
{
  GtDocxStyle style = body_style ();

  switch (block->kind)
    {
    case GT_NOTICE_HEADING:
      style.east_asian_font = HEI;
      style.first_line_chars = 2;
      style.keep_with_next = TRUE;
      break;
    case GT_NOTICE_SUBHEADING:
      style.east_asian_font = KAI;
      style.first_line_chars = 2;
      style.keep_with_next = TRUE;
      break;
    case GT_NOTICE_NOTE:
      style.size = NOTE_SIZE;
      style.line_pitch = NOTE_SIZE * 1.6;
      style.first_line_chars = 2;
      break;
    case GT_NOTICE_TABLE:
      add_table (writer, block);
      return;
    case GT_NOTICE_PARAGRAPH:
    default:
      style.first_line_chars = 2;
      break;
    }
  gt_docx_writer_add_paragraph (writer, block->text, &style);
}

gboolean
gt_notice_write_docx (const GtNotice  *notice,
                      const char      *path,
                      const char      *register_path,
                      GError         **error)
{
  g_autoptr(GtDocxWriter) writer = gt_docx_writer_new (FANGSONG, LATIN, BODY_SIZE);
  GtDocxStyle number = { SONG, LATIN, NUMBER_SIZE, };
  GtDocxStyle sign = body_style ();

  gt_docx_writer_set_margins (writer, 37, 26, 35, 28);
  gt_docx_writer_set_page_numbers (writer, &number);
  add_head (writer, notice);
  for (guint i = 0; i < notice->blocks->len; i++)
    add_block (writer, notice->blocks->pdata[i]);

  add_blank (writer);
  add_blank (writer);
  sign.align = GT_DOCX_ALIGN_RIGHT;
  sign.right_chars = 4;
  gt_docx_writer_add_paragraph (writer, notice->office_name, &sign);
  gt_docx_writer_add_paragraph (writer, notice->date_text, &sign);
  return gt_docx_writer_write (writer, path, register_path, error);
}
