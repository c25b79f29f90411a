/* gt-xlsx-reader.c: XLSX ledgers, read with libzip and libxml2.
 *
 * Only what a ledger needs: the sheet list (xl/workbook.xml and its relations),
 * the shared strings and the cell values of one sheet. Numbers stay as the file
 * writes them; dates are Excel serial numbers, which the value parser knows.
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

#include "gt-ledger-sheet.h"

/* Beyond any real ledger; they keep a hostile file from taking all memory. */
#define MAX_PART_SIZE (256u * 1024 * 1024)
#define MAX_ROWS      200000
#define MAX_COLUMNS   1024

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
               _("The XLSX file cannot be read: %s"), message);
  return FALSE;
}

static GBytes *
read_part (zip_t      *zip,
           const char *name)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  zip_file_t *file = zip_fopen (zip, name, ZIP_FL_NOCASE);
  guint8 chunk[16384];
  zip_int64_t n;

  if (file == NULL)
    return NULL;
  while ((n = zip_fread (file, chunk, sizeof chunk)) > 0)
    {
      if (buffer->len + (guint64) n > MAX_PART_SIZE)
        {
          n = -1;
          break;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }
  zip_fclose (file);
  if (n < 0)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static xmlDoc *
read_xml (zip_t      *zip,
          const char *name)
{
  g_autoptr(GBytes) bytes = read_part (zip, name);
  gsize size;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (size == 0 || size > G_MAXINT)
    return NULL;
  /* No network, no entity expansion (the default), no error chatter on stderr. */
  return xmlReadMemory (data, (int) size, name, NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

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

/* Appends the text of every <t> under @node, leaving out phonetic runs (<rPh>). */
static void
collect_text (xmlNode *node,
              GString *out)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is (child, "rPh"))
        continue;
      if (is (child, "t"))
        {
          xmlChar *text = xmlNodeGetContent (child);

          if (text != NULL)
            g_string_append (out, (const char *) text);
          xmlFree (text);
        }
      else
        collect_text (child, out);
    }
}

static GPtrArray *
read_shared_strings (zip_t *zip)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  xmlDoc *doc = read_xml (zip, "xl/sharedStrings.xml");
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNode *si = root != NULL ? root->children : NULL; si != NULL; si = si->next)
    {
      GString *text;

      if (!is (si, "si"))
        continue;
      text = g_string_new (NULL);
      collect_text (si, text);
      g_ptr_array_add (strings, g_string_free (text, FALSE));
    }
  if (doc != NULL)
    xmlFreeDoc (doc);
  return strings;
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
  xmlDoc *rels = read_xml (zip, "xl/_rels/workbook.xml.rels");
  xmlDoc *book = read_xml (zip, "xl/workbook.xml");
  xmlNode *root;

  if (book == NULL)
    {
      if (rels != NULL)
        xmlFreeDoc (rels);
      return fail (error, _("it has no workbook"));
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
    return fail (error, _("it has no sheets"));
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

static char *
cell_text (xmlNode   *cell,
           GPtrArray *shared)
{
  g_autofree char *type = get_attr (cell, "t");
  GString *text = g_string_new (NULL);

  for (xmlNode *child = cell->children; child != NULL; child = child->next)
    {
      if (is (child, "v"))
        {
          xmlChar *value = xmlNodeGetContent (child);

          if (value != NULL && g_strcmp0 (type, "s") == 0)
            {
              guint64 index = 0;

              if (g_ascii_string_to_unsigned ((const char *) value, 10, 0, G_MAXUINT,
                                              &index, NULL)
                  && index < shared->len)
                g_string_append (text, g_ptr_array_index (shared, index));
            }
          else if (value != NULL && g_strcmp0 (type, "e") != 0)
            g_string_append (text, (const char *) value);
          xmlFree (value);
        }
      else if (is (child, "is"))
        collect_text (child, text);
    }
  return g_string_free (text, FALSE);
}

static gboolean
read_cells (xmlNode        *root,
            GPtrArray      *shared,
            GtLedgerSheet  *sheet,
            GError        **error)
{
  for (xmlNode *data = root->children; data != NULL; data = data->next)
    {
      guint next_row = 0;

      if (!is (data, "sheetData"))
        continue;
      for (xmlNode *row = data->children; row != NULL; row = row->next)
        {
          g_autofree char *r = NULL;
          guint64 row_number = 0;
          int next_column = 0;

          if (!is (row, "row"))
            continue;
          r = get_attr (row, "r");
          if (r != NULL && g_ascii_string_to_unsigned (r, 10, 1, MAX_ROWS, &row_number, NULL))
            next_row = (guint) row_number - 1;
          if (next_row >= MAX_ROWS)
            return fail (error, _("the sheet has too many rows"));

          for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
            {
              g_autofree char *ref = NULL;
              int column;

              if (!is (cell, "c"))
                continue;
              ref = get_attr (cell, "r");
              column = ref != NULL ? column_of (ref) : -1;
              if (column < 0)
                column = next_column;
              if (column >= MAX_COLUMNS)
                return fail (error, _("the sheet has too many columns"));
              gt_ledger_sheet_take (sheet, next_row, column, cell_text (cell, shared));
              next_column = column + 1;
            }
          /* An empty row still takes its place, so that row numbers match. */
          while (gt_ledger_sheet_n_rows (sheet) <= next_row)
            gt_ledger_sheet_add_row (sheet);
          next_row++;
        }
    }
  return TRUE;
}

GtLedgerSheet *
gt_xlsx_read (const char  *data,
              gsize        length,
              int          sheet_index,
              GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) shared = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *zip;
  xmlDoc *doc = NULL;
  xmlNode *root;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL, NULL);

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (data, length, 0, &zip_error);
  zip = source != NULL ? zip_open_from_source (source, ZIP_RDONLY, &zip_error) : NULL;
  if (zip == NULL)
    {
      if (source != NULL)
        zip_source_free (source);
      zip_error_fini (&zip_error);
      fail (error, _("it is not a valid zip archive"));
      return NULL;
    }
  zip_error_fini (&zip_error);

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

  doc = read_xml (zip, g_ptr_array_index (parts, sheet_index));
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      fail (error, _("a sheet is missing or damaged"));
      goto out;
    }

  shared = read_shared_strings (zip);
  sheet = gt_ledger_sheet_new ();
  sheet->sheet = sheet_index;
  if (!read_cells (root, shared, sheet, error))
    goto out;

  g_ptr_array_add (names, NULL);
  sheet->sheet_names = (GStrv) g_ptr_array_steal (names, NULL);
  ok = TRUE;

out:
  if (doc != NULL)
    xmlFreeDoc (doc);
  zip_discard (zip);
  return ok ? g_steal_pointer (&sheet) : NULL;
}
