/* gt-export-table.c: the shape every exported table takes.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "gt-export-table.h"
#include "gt-format.h"

typedef struct {
  char     *text;
  double    value;
  gboolean  set;
} Cell;

typedef struct {
  char         *header;
  GtExportKind  kind;
  double        width;
} Column;

struct _GtExportTable {
  char   *title;
  char   *sheet_name;
  GArray *columns;     /* Column */
  GArray *row_kinds;   /* GtExportRowKind */
  GArray *row_lights;  /* int: GtRag or −1 */
  GArray *cells;       /* Cell, row by row */
  char   *register_path;
};

static void
clear_cell (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
}

static void
clear_column (gpointer data)
{
  Column *column = data;

  g_free (column->header);
}

GtExportTable *
gt_export_table_new (const char *title,
                     const char *sheet_name)
{
  GtExportTable *self = g_new0 (GtExportTable, 1);

  self->title = g_strdup (title);
  self->sheet_name = g_strdup (sheet_name);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, clear_column);
  self->row_kinds = g_array_new (FALSE, TRUE, sizeof (GtExportRowKind));
  self->row_lights = g_array_new (FALSE, TRUE, sizeof (int));
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (self->cells, clear_cell);
  return self;
}

void
gt_export_table_free (GtExportTable *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->sheet_name);
  g_free (self->register_path);
  g_array_unref (self->columns);
  g_array_unref (self->row_kinds);
  g_array_unref (self->row_lights);
  g_array_unref (self->cells);
  g_free (self);
}

void
gt_export_table_set_register (GtExportTable *self,
                              const char    *register_path)
{
  g_free (self->register_path);
  self->register_path = g_strdup (register_path);
}

const char *
gt_export_table_get_register (GtExportTable *self)
{
  return self->register_path;
}

void
gt_export_table_add_column (GtExportTable *self,
                            const char    *header,
                            GtExportKind   kind,
                            double         width)
{
  Column column = { g_strdup (header), kind, width };

  /* Columns come first: rows already made would lose their shape. */
  g_return_if_fail (self->row_kinds->len == 0);
  g_array_append_val (self->columns, column);
}

guint
gt_export_table_add_row (GtExportTable   *self,
                         GtExportRowKind  kind)
{
  int none = -1;

  g_array_append_val (self->row_kinds, kind);
  g_array_append_val (self->row_lights, none);
  g_array_set_size (self->cells, self->cells->len + self->columns->len);
  return self->row_kinds->len - 1;
}

static Cell *
get_cell (GtExportTable *self,
          guint          row,
          guint          column)
{
  g_return_val_if_fail (row < self->row_kinds->len && column < self->columns->len, NULL);
  return &g_array_index (self->cells, Cell, row * self->columns->len + column);
}

void
gt_export_table_set_text (GtExportTable *self,
                          guint          row,
                          guint          column,
                          const char    *text)
{
  Cell *cell = get_cell (self, row, column);

  g_return_if_fail (cell != NULL);
  g_free (cell->text);
  cell->text = g_strdup (text != NULL ? text : "");
  cell->set = TRUE;
}

void
gt_export_table_set_value (GtExportTable *self,
                           guint          row,
                           guint          column,
                           double         value)
{
  Cell *cell = get_cell (self, row, column);

  g_return_if_fail (cell != NULL);
  g_clear_pointer (&cell->text, g_free);
  cell->value = value;
  cell->set = TRUE;
}

void
gt_export_table_set_date (GtExportTable *self,
                          guint          row,
                          guint          column,
                          const GDate   *date)
{
  if (date != NULL && g_date_valid (date))
    gt_export_table_set_value (self, row, column, g_date_get_julian (date));
}

void
gt_export_table_set_row_light (GtExportTable *self,
                               guint          row,
                               int            light)
{
  g_return_if_fail (row < self->row_lights->len);
  g_array_index (self->row_lights, int, row) = light;
}

int
gt_export_table_get_row_light (GtExportTable *self,
                               guint          row)
{
  g_return_val_if_fail (row < self->row_lights->len, -1);
  return g_array_index (self->row_lights, int, row);
}

const char *
gt_export_table_get_title (GtExportTable *self)
{
  return self->title;
}

const char *
gt_export_table_get_sheet_name (GtExportTable *self)
{
  return self->sheet_name;
}

guint
gt_export_table_get_n_columns (GtExportTable *self)
{
  return self->columns->len;
}

guint
gt_export_table_get_n_rows (GtExportTable *self)
{
  return self->row_kinds->len;
}

const char *
gt_export_table_get_header (GtExportTable *self,
                            guint          column)
{
  g_return_val_if_fail (column < self->columns->len, NULL);
  return g_array_index (self->columns, Column, column).header;
}

GtExportKind
gt_export_table_get_kind (GtExportTable *self,
                          guint          column)
{
  g_return_val_if_fail (column < self->columns->len, GT_EXPORT_TEXT);
  return g_array_index (self->columns, Column, column).kind;
}

double
gt_export_table_get_width (GtExportTable *self,
                           guint          column)
{
  g_return_val_if_fail (column < self->columns->len, 0);
  return g_array_index (self->columns, Column, column).width;
}

GtExportRowKind
gt_export_table_get_row_kind (GtExportTable *self,
                              guint          row)
{
  g_return_val_if_fail (row < self->row_kinds->len, GT_EXPORT_ROW_PLAIN);
  return g_array_index (self->row_kinds, GtExportRowKind, row);
}

gboolean
gt_export_table_get_cell (GtExportTable  *self,
                          guint           row,
                          guint           column,
                          const char    **text,
                          double         *value)
{
  Cell *cell = get_cell (self, row, column);

  if (text != NULL)
    *text = cell != NULL ? cell->text : NULL;
  if (value != NULL)
    *value = cell != NULL ? cell->value : 0;
  return cell != NULL && cell->set;
}

char *
gt_export_table_format_cell (GtExportTable *self,
                             guint          row,
                             guint          column)
{
  const char *text;
  double value;

  if (!gt_export_table_get_cell (self, row, column, &text, &value))
    return g_strdup ("");
  if (text != NULL)
    return g_strdup (text);

  switch (gt_export_table_get_kind (self, column))
    {
    case GT_EXPORT_WAN:
      return gt_format_wan (llround (value));
    case GT_EXPORT_PERCENT:
      return g_strdup_printf ("%.1f%%", value * 100.0);
    case GT_EXPORT_INTEGER:
      return g_strdup_printf ("%.0f", value);
    case GT_EXPORT_POINTS:
      /* Rounded first, so that −0.04 reads 0.0 and not -0.0. */
      value = round (value * 10) / 10;
      return value == 0 ? g_strdup ("0.0") : g_strdup_printf ("%+.1f", value);
    case GT_EXPORT_DATE:
      {
        GDate date;

        g_date_clear (&date, 1);
        if (value < 1 || value > G_MAXUINT32)
          return g_strdup ("");
        g_date_set_julian (&date, (guint32) value);
        return gt_date_to_iso (&date);
      }
    case GT_EXPORT_TEXT:
    default:
      return g_strdup_printf ("%g", value);
    }
}

char *
gt_export_neutralise (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  /* OWASP's list for CSV injection: these start a formula in Excel, LibreOffice
   * and WPS, and a tab or CR can hide one behind white space. */
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}
