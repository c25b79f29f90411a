/* gt-xlsx-export.c: tables as an Excel workbook, through libxlsxwriter.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "gt-export-file.h"
#include "gt-table-export.h"

/* A4, in the paper sizes Excel numbers. */
#define PAPER_A4 9

/* The number format of each kind of column (GtExportKind). */
static const char *const number_formats[] = {
  [GT_EXPORT_TEXT] = NULL,
  [GT_EXPORT_WAN] = "#,##0.00",
  [GT_EXPORT_PERCENT] = "0.0%",
  [GT_EXPORT_INTEGER] = "0",
  [GT_EXPORT_POINTS] = "+0.0;-0.0;0.0",
  [GT_EXPORT_DATE] = "yyyy-mm-dd",
};
#define N_KINDS G_N_ELEMENTS (number_formats)

typedef struct {
  lxw_format *title;
  lxw_format *header;
  lxw_format *group;
  lxw_format *cell[N_KINDS];    /* plain rows */
  lxw_format *total[N_KINDS];   /* totals, in bold */
} Formats;

static lxw_format *
new_format (lxw_workbook *book,
            const char   *number,
            gboolean      bold)
{
  lxw_format *format = workbook_add_format (book);

  if (format == NULL)
    return NULL;
  format_set_border (format, LXW_BORDER_THIN);
  format_set_font_name (format, "等线");
  if (number != NULL)
    format_set_num_format (format, number);
  if (bold)
    format_set_bold (format);
  return format;
}

/* FALSE when libxlsxwriter could not make one (out of memory). */
static gboolean
make_formats (lxw_workbook *book,
              Formats      *f)
{
  f->title = workbook_add_format (book);
  f->header = new_format (book, NULL, TRUE);
  f->group = new_format (book, NULL, TRUE);
  if (f->title == NULL || f->header == NULL || f->group == NULL)
    return FALSE;
  for (guint k = 0; k < N_KINDS; k++)
    {
      f->cell[k] = new_format (book, number_formats[k], FALSE);
      f->total[k] = new_format (book, number_formats[k], TRUE);
      if (f->cell[k] == NULL || f->total[k] == NULL)
        return FALSE;
      /* Text wraps in its column, as on paper, rather than running on. */
      format_set_align (f->cell[k], LXW_ALIGN_VERTICAL_CENTER);
      format_set_align (f->total[k], LXW_ALIGN_VERTICAL_CENTER);
      if (k == GT_EXPORT_TEXT)
        {
          format_set_text_wrap (f->cell[k]);
          format_set_text_wrap (f->total[k]);
        }
    }

  format_set_bold (f->title);
  format_set_font_size (f->title, 16);
  format_set_font_name (f->title, "等线");
  format_set_align (f->title, LXW_ALIGN_CENTER);
  format_set_align (f->title, LXW_ALIGN_VERTICAL_CENTER);
  format_set_align (f->header, LXW_ALIGN_CENTER);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (f->header);
  format_set_bg_color (f->header, 0xDDE4EE);
  format_set_bg_color (f->group, 0xF2F2F2);
  return TRUE;
}

static lxw_format *
cell_format (const Formats   *f,
             GtExportKind     kind,
             GtExportRowKind  row_kind)
{
  if (row_kind == GT_EXPORT_ROW_GROUP)
    return f->group;
  if ((guint) kind >= N_KINDS)
    kind = GT_EXPORT_TEXT;
  return row_kind == GT_EXPORT_ROW_TOTAL ? f->total[kind] : f->cell[kind];
}

/* Excel holds at most 32,767 characters in a cell, counted in UTF-16 code
 * units. libxlsxwriter counts code points, and refuses a longer string whole
 * (LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED), leaving the cell empty. */
#define CELL_MAX_UNITS 32767

typedef struct {
  lxw_workbook *book;
  Formats       formats;
  GPtrArray    *warnings;   /* NULL: none wanted */
} Writer;

/* @text cut to what a cell holds, "…" (one unit) at the end; NULL if it fits. */
static char *
cut_to_cell (const char *text)
{
  const char *cut = NULL;
  gsize units = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      /* Four bytes of UTF-8: beyond the BMP, a surrogate pair in UTF-16. */
      gsize width = (guchar) *p >= 0xF0 ? 2 : 1;

      if (cut == NULL && units + width > CELL_MAX_UNITS - 1)
        cut = p;
      units += width;
      if (units > CELL_MAX_UNITS)
        {
          g_autofree char *kept = g_strndup (text, cut - text);

          return g_strconcat (kept, "…", NULL);
        }
    }
  return NULL;
}

/* A text cell: neutralised, cut to Excel's limit with a warning. */
static lxw_error
write_text (Writer        *w,
            lxw_worksheet *sheet,
            GtExportTable *table,
            guint          row,
            guint          column,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *safe = gt_export_neutralise (text);
  g_autofree char *cut = cut_to_cell (safe);

  if (cut != NULL && w->warnings != NULL)
    {
      char letters[LXW_MAX_COL_NAME_LENGTH];

      lxw_col_to_name (letters, (lxw_col_t) column, FALSE);
      /* TRANSLATORS: sheet name, row number, column letter, column header */
      g_ptr_array_add (w->warnings,
                       g_strdup_printf (_("Sheet “%s”, row %u, column %s (%s): the text is "
                                          "longer than an Excel cell holds and was cut short"),
                                        gt_export_table_get_sheet_name (table), row + 1,
                                        letters, gt_export_table_get_header (table, column)));
    }
  if (row == 0 && gt_export_table_get_n_columns (table) > 1)
    return worksheet_merge_range (sheet, 0, 0, 0, gt_export_table_get_n_columns (table) - 1,
                                  cut != NULL ? cut : safe, format);
  return worksheet_write_string (sheet, row, column, cut != NULL ? cut : safe, format);
}

static lxw_error
write_cell (Writer        *w,
            lxw_worksheet *sheet,
            GtExportTable *table,
            guint          r,
            guint          c)
{
  GtExportKind kind = gt_export_table_get_kind (table, c);
  lxw_format *format = cell_format (&w->formats, kind, gt_export_table_get_row_kind (table, r));
  const char *text;
  double value;

  if (!gt_export_table_get_cell (table, r, c, &text, &value))
    return worksheet_write_blank (sheet, r + 2, c, format);
  if (text != NULL)
    return write_text (w, sheet, table, r + 2, c, text, format);
  if (kind == GT_EXPORT_DATE && g_date_valid_julian ((guint32) value))
    {
      GDate date;
      lxw_datetime when = { 0 };

      g_date_clear (&date, 1);
      g_date_set_julian (&date, (guint32) value);
      when.year = g_date_get_year (&date);
      when.month = g_date_get_month (&date);
      when.day = g_date_get_day (&date);
      /* Excel's dates start in 1900; an earlier one stays text. */
      if (when.year >= 1900)
        return worksheet_write_datetime (sheet, r + 2, c, &when, format);
    }
  if (kind == GT_EXPORT_DATE)
    {
      g_autofree char *shown = gt_export_table_format_cell (table, r, c);

      return worksheet_write_string (sheet, r + 2, c, shown, format);
    }
  return worksheet_write_number (sheet, r + 2, c,
                                 kind == GT_EXPORT_WAN ? value / 10000.0 : value, format);
}

/* Made for printing as offices print a ledger: landscape A4, one page wide,
 * the title and the header on every page, "第 x 页 / 共 y 页" at the foot. */
static lxw_error
set_up_printing (lxw_worksheet *sheet)
{
  /* TRANSLATORS: the foot of a printed sheet in Excel's notation: &P is the
   * page, &N the number of pages; Chinese: 第 &P 页 / 共 &N 页 */
  lxw_error status = worksheet_set_footer (sheet, _("&CPage &P of &N"));

  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, PAPER_A4);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_center_horizontally (sheet);
  if (status == LXW_NO_ERROR)
    status = worksheet_repeat_rows (sheet, 0, 1);
  return status;
}

/* Every call's status is checked: a cell refused must fail the export, not
 * leave a hole in the sheet. */
static lxw_error
write_sheet (Writer        *w,
             GtExportTable *table)
{
  const char *name = gt_export_table_get_sheet_name (table);
  guint n_columns = gt_export_table_get_n_columns (table);
  lxw_worksheet *sheet;
  lxw_error status;

  status = workbook_validate_sheet_name (w->book, name);
  if (status != LXW_NO_ERROR)
    return status;
  sheet = workbook_add_worksheet (w->book, name);
  if (sheet == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;

  status = worksheet_set_row (sheet, 0, 30, NULL);
  if (status == LXW_NO_ERROR)
    status = write_text (w, sheet, table, 0, 0, gt_export_table_get_title (table),
                         w->formats.title);
  for (guint c = 0; status == LXW_NO_ERROR && c < n_columns; c++)
    {
      status = worksheet_set_column (sheet, c, c, gt_export_table_get_width (table, c), NULL);
      if (status == LXW_NO_ERROR)
        status = write_text (w, sheet, table, 1, c, gt_export_table_get_header (table, c),
                             w->formats.header);
    }
  if (status == LXW_NO_ERROR)
    status = set_up_printing (sheet);
  if (status != LXW_NO_ERROR)
    return status;
  worksheet_freeze_panes (sheet, 2, 0);

  for (guint r = 0; r < gt_export_table_get_n_rows (table); r++)
    for (guint c = 0; c < n_columns; c++)
      {
        status = write_cell (w, sheet, table, r, c);
        if (status != LXW_NO_ERROR)
          return status;
      }
  return LXW_NO_ERROR;
}

/* The end tag of the root element of @xml ("</worksheet>") ends it. */
static gboolean
xml_complete (const char *xml,
              gsize       length)
{
  const char *end = xml + length;
  const char *p = xml;
  const char *name;
  g_autofree char *close = NULL;
  gsize name_length;

  /* Past the declaration, if any, to the root element. */
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (end - p > 2 && p[0] == '<' && p[1] == '?')
    {
      p = g_strstr_len (p, end - p, "?>");
      if (p == NULL)
        return FALSE;
      p += 2;
    }
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p == end || *p != '<')
    return FALSE;
  name = ++p;
  while (p < end && !g_ascii_isspace (*p) && *p != '>' && *p != '/')
    p++;
  name_length = p - name;

  while (end > xml && g_ascii_isspace (end[-1]))
    end--;
  close = g_strdup_printf ("</%.*s>", (int) name_length, name);
  return ((gsize) (end - xml) >= strlen (close) &&
          memcmp (end - strlen (close), close, strlen (close)) == 0) ||
         (end - xml >= 2 && end[-2] == '/' && end[-1] == '>' &&
          g_strstr_len (name, end - name, "<") == NULL);
}

/* libxlsxwriter 1.1.4 writes each part of the workbook to a temporary file
 * of its own before zipping it, and does not check those writes: on a full
 * disk or past a file size limit it zips the parts cut short and reports
 * success. So the workbook is read back: every XML part must be whole. */
static gboolean
workbook_complete (const char *path)
{
  zip_t *zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, NULL);
  gboolean complete = zip != NULL;
  zip_int64_t n = complete ? zip_get_num_entries (zip, 0) : 0;

  for (zip_int64_t i = 0; complete && i < n; i++)
    {
      g_autofree char *data = NULL;
      zip_file_t *part;
      zip_stat_t st;

      complete = zip_stat_index (zip, i, 0, &st) == 0 &&
                 (st.valid & (ZIP_STAT_NAME | ZIP_STAT_SIZE)) ==
                 (ZIP_STAT_NAME | ZIP_STAT_SIZE);
      if (!complete || !(g_str_has_suffix (st.name, ".xml") ||
                         g_str_has_suffix (st.name, ".rels")))
        continue;
      part = zip_fopen_index (zip, i, 0);
      data = g_malloc (st.size + 1);
      complete = part != NULL && zip_fread (part, data, st.size) == (zip_int64_t) st.size &&
                 xml_complete (data, st.size);
      if (part != NULL)
        zip_fclose (part);
    }
  if (zip != NULL)
    zip_discard (zip);
  return complete;
}

gboolean
gt_xlsx_export_write (GtExportTable **tables,
                      guint           n_tables,
                      const char     *path,
                      GError        **error)
{
  return gt_xlsx_export_write_with_warnings (tables, n_tables, path, NULL, error);
}

gboolean
gt_xlsx_export_write_with_warnings (GtExportTable **tables,
                                    guint           n_tables,
                                    const char     *path,
                                    GPtrArray      *warnings,
                                    GError        **error)
{
  return gt_xlsx_export_write_full (tables, n_tables, path, warnings, NULL, error);
}

gboolean
gt_xlsx_export_write_full (GtExportTable         **tables,
                           guint                   n_tables,
                           const char             *path,
                           GPtrArray              *warnings,
                           const GtExportMonitor  *monitor,
                           GError                **error)
{
  g_autoptr(GtExportFile) file = NULL;
  Writer w = { NULL, { 0 }, warnings };
  lxw_error status = LXW_NO_ERROR;

  g_return_val_if_fail (n_tables > 0, FALSE);

  file = gt_export_file_open (path, gt_export_table_get_register (tables[0]), error);
  if (file == NULL)
    return FALSE;
  /* libxlsxwriter opens the file by name when it closes the book: our own
   * temporary, made with a unique name. */
  w.book = workbook_new (gt_export_file_get_temp_path (file));
  if (w.book == NULL)
    return gt_export_file_set_error (file, lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED),
                                     error);
  if (!make_formats (w.book, &w.formats))
    status = LXW_ERROR_MEMORY_MALLOC_FAILED;
  for (guint i = 0; status == LXW_NO_ERROR && i < n_tables; i++)
    {
      /* The sheets are quick; the zipping at the close takes the time. */
      if (!gt_export_monitor_step (monitor, i, n_tables + 1, error))
        {
          lxw_workbook_free (w.book);
          return FALSE;
        }
      status = write_sheet (&w, tables[i]);
    }
  if (status != LXW_NO_ERROR)
    {
      /* Nothing is written: the temporary goes with @file. */
      lxw_workbook_free (w.book);
      return gt_export_file_set_error (file, lxw_strerror (status), error);
    }

  status = workbook_close (w.book);
  if (status != LXW_NO_ERROR)
    return gt_export_file_set_error (file, lxw_strerror (status), error);
  if (!workbook_complete (gt_export_file_get_temp_path (file)))
    return gt_export_file_set_error (file, _("the workbook came out incomplete; the disk may "
                                             "be full"), error);
  if (!gt_export_monitor_step (monitor, 1, 1, error))
    return FALSE;
  return gt_export_file_commit (file, error);
}
