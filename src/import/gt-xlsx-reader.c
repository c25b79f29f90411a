/* gt-xlsx-reader.c: XLSX ledgers, read with libzip and libxml2.
 *
 * Only what a ledger needs: the sheet list (xl/workbook.xml and its relations),
 * the shared strings and the cell values of one sheet. Numbers stay as the file
 * writes them; dates are Excel serial numbers, which the value parser knows.
 * Every part is read through gt-xlsx-part.c, within its caps and never with a
 * DTD; the sheet's cells within the caps of gt-ledger-sheet.h.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-xlsx-part.h"

static gboolean
is (xmlNode    *node,
    const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* The sheets' names and their parts' paths inside the zip, in workbook order. */
static gboolean
read_workbook (zip_t      *zip,
               GPtrArray  *names,
               GPtrArray  *parts,
               GError    **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                         g_free, g_free);
  g_autoptr(GError) local_error = NULL;
  xmlDoc *rels = gt_xlsx_part_read_tree (zip, "xl/_rels/workbook.xml.rels", &local_error);
  xmlDoc *book = NULL;
  xmlNode *root;

  if (local_error == NULL)
    book = gt_xlsx_part_read_tree (zip, "xl/workbook.xml", &local_error);

  if (book == NULL)
    {
      if (rels != NULL)
        xmlFreeDoc (rels);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return gt_xlsx_fail (error, _("it has no workbook"));
    }

  root = rels != NULL ? xmlDocGetRootElement (rels) : NULL;
  for (xmlNode *rel = root != NULL ? root->children : NULL; rel != NULL; rel = rel->next)
    {
      char *id, *target;

      if (!is (rel, "Relationship"))
        continue;
      id = get_attr (rel, "Id");
      target = get_attr (rel, "Target");
      if (id != NULL && target != NULL)
        g_hash_table_replace (targets, id, target);
      else
        {
          g_free (id);
          g_free (target);
        }
    }

  root = xmlDocGetRootElement (book);
  for (xmlNode *node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      if (!is (node, "sheets"))
        continue;
      for (xmlNode *sheet = node->children; sheet != NULL; sheet = sheet->next)
        {
          g_autofree char *name = NULL;
          g_autofree char *rid = NULL;
          const char *target;

          if (!is (sheet, "sheet"))
            continue;
          name = get_attr (sheet, "name");
          /* r:id is in the relationships namespace; xmlGetProp ignores namespaces. */
          rid = get_attr (sheet, "id");
          target = rid != NULL ? g_hash_table_lookup (targets, rid) : NULL;
          if (target == NULL)
            continue;
          g_ptr_array_add (names, g_strdup (name != NULL ? name : ""));
          if (target[0] == '/')
            g_ptr_array_add (parts, g_strdup (target + 1));
          else
            g_ptr_array_add (parts, g_strconcat ("xl/", target, NULL));
        }
    }

  xmlFreeDoc (book);
  if (rels != NULL)
    xmlFreeDoc (rels);
  if (names->len == 0)
    return gt_xlsx_fail (error, _("it has no sheets"));
  return TRUE;
}

/* "AB12" → column 27 (0-based); -1 when there is no column letter. */
static int
column_of (const char *reference)
{
  int column = 0;
  int letters = 0;

  for (const char *p = reference; g_ascii_isalpha (*p); p++, letters++)
    {
      if (letters >= 3)
        return -1;
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
    }
  return letters > 0 ? column - 1 : -1;
}

/* The sheet and the shared strings are read as a stream, with libxml2's SAX2
 * parser: a ledger's grid is all that is kept, never a tree of its XML (a cell
 * takes tens of bytes as XML and hundreds as a tree), and no node is made for
 * what is thrown away (the reader API took twice as long over 64 MB). */

typedef struct {
  guint row;
  guint column;
  guint index;
} SharedCell;

typedef struct {
  GtLedgerSheet *sheet;
  GArray        *shared;    /* of SharedCell: the cells that name a shared string */
  const char    *part;      /* the sheet's path in the zip */
  guint64        n_cells;   /* <c> elements of the sheet, filled or not */
} SheetRead;

/* Appends @length bytes to the cell's text; FALSE when the cell is already
 * past the cap (four bytes a character at most), so that no more is kept. */
static gboolean
append_text (GtXlsxSax     *sax,
             const xmlChar *text,
             int            length,
             guint          row,
             guint          column)
{
  g_string_append_len (sax->text, (const char *) text, length);
  if (sax->text->len <= 4 * GT_LEDGER_MAX_CELL_CHARS)
    return TRUE;
  gt_ledger_set_cell_too_long (&sax->error, row, column);
  gt_xlsx_sax_stop (sax);
  return FALSE;
}

static void
set_too_many_cells (GError **error,
                    guint    row,
                    guint    column)
{
  g_autofree char *letter = gt_ledger_column_letter (column);

  g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
               _("The sheet has more than %u cells (at row %u, column %s), the most a "
                 "ledger may have."),
               GT_LEDGER_MAX_CELLS, row + 1, letter);
}

typedef struct {
  GtXlsxSax  sax;
  SheetRead *read;
  guint      row, next_row, n_rows;
  guint      column, next_column;
  char       type[16];
  gboolean   in_cell, in_value, in_inline, in_t;
  guint      phonetic;
} SheetSax;

static void
sheet_start_cb (void           *data,
                const xmlChar  *local_name,
                const xmlChar  *prefix,
                const xmlChar  *uri,
                int             n_namespaces,
                const xmlChar **namespaces,
                int             n_attributes,
                int             n_defaulted,
                const xmlChar **attributes)
{
  SheetSax *self = data;
  const char *name = (const char *) local_name;
  char reference[16];

  if (strcmp (name, "row") == 0)
    {
      guint64 number = 0;

      /* Rows come in order, each once: past the cap in number, the last ones
       * are past it in place too. Empty (a style only), a few of them are let
       * be; millions are how 64 MB of XML takes seconds. */
      if (++self->n_rows > GT_LEDGER_MAX_ROWS)
        {
          gt_ledger_set_too_many_rows (&self->sax.error);
          gt_xlsx_sax_stop (&self->sax);
          return;
        }
      /* Rows and cells may leave out their references: then they follow on. */
      self->row = self->next_row;
      if (gt_xlsx_attr (n_attributes, attributes, "r", reference, sizeof reference)
          && g_ascii_string_to_unsigned (reference, 10, 1, G_MAXUINT, &number, NULL))
        self->row = (guint) (number - 1);
      self->next_row = self->row + 1;
      self->next_column = 0;
    }
  else if (strcmp (name, "c") == 0)
    {
      int column = gt_xlsx_attr (n_attributes, attributes, "r", reference, sizeof reference)
                   ? column_of (reference) : -1;

      self->column = column >= 0 ? (guint) column : self->next_column;
      self->next_column = self->column + 1;
      if (++self->read->n_cells > GT_LEDGER_MAX_CELLS)
        {
          set_too_many_cells (&self->sax.error, self->row, self->column);
          gt_xlsx_sax_stop (&self->sax);
          return;
        }
      if (!gt_xlsx_attr (n_attributes, attributes, "t", self->type, sizeof self->type))
        self->type[0] = '\0';
      g_string_truncate (self->sax.text, 0);
      self->in_cell = TRUE;
    }
  else if (self->in_cell)
    {
      self->in_value |= strcmp (name, "v") == 0;
      self->in_inline |= strcmp (name, "is") == 0;
      self->in_t |= self->in_inline && strcmp (name, "t") == 0;
      self->phonetic += self->in_inline && strcmp (name, "rPh") == 0;
    }
}

static void
take_cell (SheetSax *self)
{
  SheetRead *read = self->read;
  guint64 index = 0;
  const char *text = self->sax.text->str;

  if (strcmp (self->type, "e") == 0)
    return;
  if (strcmp (self->type, "s") != 0)
    {
      if (!gt_ledger_sheet_put (read->sheet, self->row, self->column, g_strdup (text),
                                &self->sax.error))
        gt_xlsx_sax_stop (&self->sax);
      return;
    }
  /* A shared string: looked up once they are read, when it is known which of
   * them the sheet needs. A cell past the cells' cap is refused above. */
  if (g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &index, NULL))
    g_array_append_val (read->shared, ((SharedCell) { self->row, self->column, (guint) index }));
}

static void
sheet_end_cb (void          *data,
              const xmlChar *local_name,
              const xmlChar *prefix,
              const xmlChar *uri)
{
  SheetSax *self = data;
  const char *name = (const char *) local_name;

  if (!self->in_cell)
    return;
  if (strcmp (name, "c") == 0)
    {
      take_cell (self);
      self->in_cell = self->in_value = self->in_inline = self->in_t = FALSE;
      self->phonetic = 0;
    }
  else if (strcmp (name, "v") == 0)
    self->in_value = FALSE;
  else if (strcmp (name, "is") == 0)
    self->in_inline = FALSE;
  else if (strcmp (name, "t") == 0)
    self->in_t = FALSE;
  else if (strcmp (name, "rPh") == 0 && self->phonetic > 0)
    self->phonetic--;
}

static void
sheet_text_cb (void          *data,
               const xmlChar *text,
               int            length)
{
  SheetSax *self = data;

  if (self->in_cell && (self->in_value || (self->in_t && self->phonetic == 0)))
    append_text (&self->sax, text, length, self->row, self->column);
}

static gboolean
read_sheet (zip_t       *zip,
            SheetRead   *read,
            GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  SheetSax self = { .sax.text = text, .read = read };
  xmlSAXHandler handler;
  gboolean missing = FALSE;

  gt_xlsx_sax_init (&handler);
  handler.startElementNs = sheet_start_cb;
  handler.endElementNs = sheet_end_cb;
  handler.characters = sheet_text_cb;
  handler.cdataBlock = sheet_text_cb;
  handler.ignorableWhitespace = sheet_text_cb;
  if (gt_xlsx_part_parse (zip, read->part, &handler, &self.sax, &missing, error,
                          _("a sheet is missing or damaged")))
    return TRUE;
  return missing ? gt_xlsx_fail (error, _("a sheet is missing or damaged")) : FALSE;
}

/* What is read of the other sheets to weigh the shared strings, at most. */
#define COUNT_BUDGET_MB 16

typedef struct {
  GtXlsxSax sax;
  guint64   n_cells;
  guint64   wanted;    /* enough cells: no need to read on */
} CountSax;

static void
count_cells_cb (void           *data,
                const xmlChar  *local_name,
                const xmlChar  *prefix,
                const xmlChar  *uri,
                int             n_namespaces,
                const xmlChar **namespaces,
                int             n_attributes,
                int             n_defaulted,
                const xmlChar **attributes)
{
  CountSax *self = data;

  if (strcmp ((const char *) local_name, "c") == 0 && ++self->n_cells >= self->wanted)
    {
      self->sax.done = TRUE;
      gt_xlsx_sax_stop (&self->sax);
    }
}

/* Whether the workbook's sheets have @n_strings cells at least, @n_cells of
 * them in the sheet read: its other sheets are counted until they have, or
 * until COUNT_BUDGET_MB of them is read. Sheets too large to count (or
 * damaged) have the benefit of the doubt, which costs nothing: only the
 * strings that the sheet read names are ever kept. */
static gboolean
has_cells_for (zip_t     *zip,
               GPtrArray *parts,
               SheetRead *read,
               guint64    n_strings,
               guint64   *n_cells)
{
  guint64 budget = (guint64) COUNT_BUDGET_MB * 1024 * 1024;
  xmlSAXHandler handler;

  gt_xlsx_sax_init (&handler);
  handler.startElementNs = count_cells_cb;
  for (guint i = 0; i < parts->len && *n_cells < n_strings; i++)
    {
      CountSax self = { .sax.limit = budget, .n_cells = *n_cells, .wanted = n_strings };
      g_autoptr(GError) error = NULL;
      gboolean missing;

      if (strcmp (g_ptr_array_index (parts, i), read->part) == 0)
        continue;
      if (!gt_xlsx_part_parse (zip, g_ptr_array_index (parts, i), &handler, &self.sax,
                               &missing, &error, "")
          && !missing)
        return TRUE;
      *n_cells = self.n_cells;
      budget -= MIN (budget, self.sax.unpacked);
      if (budget == 0)
        return TRUE;
    }
  return *n_cells >= n_strings;
}

typedef struct {
  GtXlsxSax  sax;
  SheetRead *read;
  guint64    n_strings;
  guint      next;      /* the first of read->shared not yet given its string */
  gboolean   wanted, in_t;
  guint      phonetic;
} SharedSax;

static SharedCell *
next_shared (SharedSax *self)
{
  GArray *shared = self->read->shared;

  return self->next < shared->len ? &g_array_index (shared, SharedCell, self->next) : NULL;
}

static void
shared_start_cb (void           *data,
                 const xmlChar  *local_name,
                 const xmlChar  *prefix,
                 const xmlChar  *uri,
                 int             n_namespaces,
                 const xmlChar **namespaces,
                 int             n_attributes,
                 int             n_defaulted,
                 const xmlChar **attributes)
{
  SharedSax *self = data;
  const char *name = (const char *) local_name;

  if (strcmp (name, "si") == 0)
    {
      SharedCell *cell = next_shared (self);

      self->wanted = cell != NULL && cell->index == self->n_strings;
      self->n_strings++;
      self->in_t = FALSE;
      self->phonetic = 0;
      g_string_truncate (self->sax.text, 0);
    }
  else if (self->wanted)
    {
      self->in_t |= strcmp (name, "t") == 0;
      self->phonetic += strcmp (name, "rPh") == 0;
    }
}

static void
shared_end_cb (void          *data,
               const xmlChar *local_name,
               const xmlChar *prefix,
               const xmlChar *uri)
{
  SharedSax *self = data;
  const char *name = (const char *) local_name;
  SharedCell *cell;

  if (!self->wanted)
    return;
  if (strcmp (name, "t") == 0)
    self->in_t = FALSE;
  else if (strcmp (name, "rPh") == 0 && self->phonetic > 0)
    self->phonetic--;
  else if (strcmp (name, "si") == 0)
    {
      /* Every cell that names the string gets it. */
      for (; (cell = next_shared (self)) != NULL && cell->index == self->n_strings - 1;
           self->next++)
        if (!gt_ledger_sheet_put (self->read->sheet, cell->row, cell->column,
                                  g_strdup (self->sax.text->str), &self->sax.error))
          {
            gt_xlsx_sax_stop (&self->sax);
            return;
          }
      self->wanted = FALSE;
    }
}

static void
shared_text_cb (void          *data,
                const xmlChar *text,
                int            length)
{
  SharedSax *self = data;
  SharedCell *cell = next_shared (self);

  if (self->wanted && self->in_t && self->phonetic == 0)
    append_text (&self->sax, text, length, cell->row, cell->column);
}

static int
compare_shared (gconstpointer a,
                gconstpointer b)
{
  const SharedCell *x = a;
  const SharedCell *y = b;

  return x->index < y->index ? -1 : x->index > y->index;
}

/* Stores the shared strings the sheet names into its cells. A table of more
 * strings than the workbook has cells is no spreadsheet's: a few bytes a
 * string, it is a way to fill the memory (here: the time), and refused. */
static gboolean
read_shared_strings (zip_t       *zip,
                     GPtrArray   *parts,
                     SheetRead   *read,
                     GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  SharedSax self = { .sax.text = text, .read = read };
  xmlSAXHandler handler;
  gboolean missing = FALSE;
  guint64 n_cells = read->n_cells;

  if (read->shared->len == 0)
    return TRUE;
  g_array_sort (read->shared, compare_shared);

  gt_xlsx_sax_init (&handler);
  handler.startElementNs = shared_start_cb;
  handler.endElementNs = shared_end_cb;
  handler.characters = shared_text_cb;
  handler.cdataBlock = shared_text_cb;
  handler.ignorableWhitespace = shared_text_cb;
  if (!gt_xlsx_part_parse (zip, "xl/sharedStrings.xml", &handler, &self.sax, &missing, error,
                           _("its shared strings are damaged")))
    /* Missing, the cells that name a string are empty, as before. */
    return missing;

  if (self.n_strings > n_cells && !has_cells_for (zip, parts, read, self.n_strings, &n_cells))
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                   _("The XLSX file cannot be read: it has more shared strings than its %u "
                     "cells, which no spreadsheet writes."),
                   (guint) MIN (n_cells, G_MAXUINT));
      return FALSE;
    }
  return TRUE;
}

/* Reads sheet @sheet_index of @zip, and discards @zip. */
static GtLedgerSheet *
read_zip (zip_t   *zip,
          int      sheet_index,
          GError **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) shared = g_array_new (FALSE, FALSE, sizeof (SharedCell));
  g_autoptr(GtLedgerSheet) sheet = NULL;
  SheetRead read = { NULL, };
  gboolean ok = FALSE;

  if (!read_workbook (zip, names, parts, error))
    goto out;

  if (sheet_index < 0)
    sheet_index = 0;
  if ((guint) sheet_index >= names->len)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET,
                   _("The workbook has %u sheets; there is no sheet %d."),
                   names->len, sheet_index + 1);
      goto out;
    }

  sheet = gt_ledger_sheet_new ();
  sheet->sheet = sheet_index;
  read.sheet = sheet;
  read.shared = shared;
  read.part = g_ptr_array_index (parts, sheet_index);
  if (!read_sheet (zip, &read, error) || !read_shared_strings (zip, parts, &read, error))
    goto out;

  g_ptr_array_add (names, NULL);
  sheet->sheet_names = (GStrv) g_ptr_array_steal (names, NULL);
  ok = TRUE;

out:
  zip_discard (zip);
  return ok ? g_steal_pointer (&sheet) : NULL;
}

GtLedgerSheet *
gt_xlsx_read (const char  *data,
              gsize        length,
              int          sheet_index,
              GError     **error)
{
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *zip;

  g_return_val_if_fail (data != NULL, NULL);

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (data, length, 0, &zip_error);
  zip = source != NULL ? zip_open_from_source (source, ZIP_RDONLY, &zip_error) : NULL;
  zip_error_fini (&zip_error);
  if (zip == NULL)
    {
      if (source != NULL)
        zip_source_free (source);
      gt_xlsx_fail (error, _("it is not a valid zip archive"));
      return NULL;
    }
  return read_zip (zip, sheet_index, error);
}

GtLedgerSheet *
gt_xlsx_read_file (const char  *path,
                   int          sheet_index,
                   GError     **error)
{
  int zip_error = 0;
  /* From the file: a workbook's pictures and other parts are never read. */
  zip_t *zip = zip_open (path, ZIP_RDONLY, &zip_error);

  g_return_val_if_fail (path != NULL, NULL);

  if (zip == NULL)
    {
      gt_xlsx_fail (error, _("it is not a valid zip archive"));
      return NULL;
    }
  return read_zip (zip, sheet_index, error);
}
