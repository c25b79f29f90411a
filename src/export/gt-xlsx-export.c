/* gt-xlsx-export.c: tables as an Excel workbook, through libxlsxwriter.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "gt-export-doc.h"
#include "gt-table-export.h"

typedef struct {
  lxw_format *title;
  lxw_format *header;
  lxw_format *text;
  lxw_format *wan;
  lxw_format *percent;
  lxw_format *integer;
  lxw_format *group;
  lxw_format *total_text;
  lxw_format *total_wan;
  lxw_format *total_percent;
  lxw_format *total_integer;
} Formats;

static lxw_format *
new_format (lxw_workbook *book,
            const char   *number,
            gboolean      bold)
{
  lxw_format *format = workbook_add_format (book);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_font_name (format, "等线");
  if (number != NULL)
    format_set_num_format (format, number);
  if (bold)
    format_set_bold (format);
  return format;
}

static void
make_formats (lxw_workbook *book,
              Formats      *f)
{
  f->title = workbook_add_format (book);
  format_set_bold (f->title);
  format_set_font_size (f->title, 16);
  format_set_font_name (f->title, "等线");
  format_set_align (f->title, LXW_ALIGN_CENTER);
  format_set_align (f->title, LXW_ALIGN_VERTICAL_CENTER);
  f->header = new_format (book, NULL, TRUE);
  format_set_align (f->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (f->header);
  format_set_bg_color (f->header, 0xDDE4EE);
  f->text = new_format (book, NULL, FALSE);
  f->wan = new_format (book, "#,##0.00", FALSE);
  f->percent = new_format (book, "0.0%", FALSE);
  f->integer = new_format (book, "0", FALSE);
  f->group = new_format (book, NULL, TRUE);
  format_set_bg_color (f->group, 0xF2F2F2);
  f->total_text = new_format (book, NULL, TRUE);
  f->total_wan = new_format (book, "#,##0.00", TRUE);
  f->total_percent = new_format (book, "0.0%", TRUE);
  f->total_integer = new_format (book, "0", TRUE);
}

static lxw_format *
cell_format (const Formats   *f,
             GtExportKind     kind,
             GtExportRowKind  row_kind)
{
  gboolean total = row_kind == GT_EXPORT_ROW_TOTAL;

  if (row_kind == GT_EXPORT_ROW_GROUP)
    return f->group;
  switch (kind)
    {
    case GT_EXPORT_WAN:
      return total ? f->total_wan : f->wan;
    case GT_EXPORT_PERCENT:
      return total ? f->total_percent : f->percent;
    case GT_EXPORT_INTEGER:
      return total ? f->total_integer : f->integer;
    case GT_EXPORT_TEXT:
    default:
      return total ? f->total_text : f->text;
    }
}

static void
write_sheet (lxw_workbook  *book,
             const Formats *f,
             GtExportTable *table)
{
  lxw_worksheet *sheet = workbook_add_worksheet (book, gt_export_table_get_sheet_name (table));
  guint n_columns = gt_export_table_get_n_columns (table);
  g_autofree char *title = gt_export_neutralise (gt_export_table_get_title (table));

  worksheet_set_row (sheet, 0, 30, NULL);
  if (n_columns > 1)
    worksheet_merge_range (sheet, 0, 0, 0, n_columns - 1, title, f->title);
  else
    worksheet_write_string (sheet, 0, 0, title, f->title);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *header = gt_export_neutralise (gt_export_table_get_header (table, c));

      worksheet_set_column (sheet, c, c, gt_export_table_get_width (table, c), NULL);
      worksheet_write_string (sheet, 1, c, header, f->header);
    }
  worksheet_freeze_panes (sheet, 2, 0);

  for (guint r = 0; r < gt_export_table_get_n_rows (table); r++)
    {
      GtExportRowKind row_kind = gt_export_table_get_row_kind (table, r);

      for (guint c = 0; c < n_columns; c++)
        {
          GtExportKind kind = gt_export_table_get_kind (table, c);
          lxw_format *format = cell_format (f, kind, row_kind);
          const char *text;
          double value;

          if (!gt_export_table_get_cell (table, r, c, &text, &value))
            worksheet_write_blank (sheet, r + 2, c, format);
          else if (text != NULL)
            {
              g_autofree char *safe = gt_export_neutralise (text);

              worksheet_write_string (sheet, r + 2, c, safe, format);
            }
          else
            worksheet_write_number (sheet, r + 2, c,
                                    kind == GT_EXPORT_WAN ? value / 10000.0 : value, format);
        }
    }
}

gboolean
gt_xlsx_export_write (GtExportTable **tables,
                      guint           n_tables,
                      const char     *path,
                      GError        **error)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  lxw_workbook *book;
  lxw_error status;
  Formats formats;

  book = workbook_new (partial);
  if (book == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, g_strerror (EACCES));
      return FALSE;
    }
  make_formats (book, &formats);
  for (guint i = 0; i < n_tables; i++)
    write_sheet (book, &formats, tables[i]);

  status = workbook_close (book);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, lxw_strerror (status));
      g_unlink (partial);
      return FALSE;
    }
  return gt_export_commit_file (partial, path, error);
}
