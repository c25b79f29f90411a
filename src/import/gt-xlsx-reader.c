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
#include <libxml/xmlreader.h>
#include <zip.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"

/* A sheet's XML once unpacked: a real ledger of the caps' size is well under
 * it, and a zip bomb stops here, counted as it is read. */
#define MAX_SHEET_MB 64
/* The workbook and its relations: a list of sheets. */
#define MAX_SMALL_PART_MB 4

typedef enum {
  PART_OK,
  PART_TOO_LARGE,
  PART_DTD,
} PartTrouble;

/* A part of the zip as libxml2 reads it: unpacked as it goes, never whole. */
typedef struct {
  zip_file_t  *file;
  const char  *name;
  guint64      limit;
  guint64      read;
  PartTrouble  trouble;
  char         last;     /* the previous chunk's last byte, for a "<!" cut in two */
  char         last2;
} PartStream;

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
               _("The XLSX file cannot be read: %s"), message);
  return FALSE;
}

/* "<!" and a capital letter opens a DTD declaration (DOCTYPE, ENTITY, ELEMENT,
 * ATTLIST); comments and CDATA are "<!-" and "<![". No spreadsheet writes a
 * DTD into its parts, and one with entities is how a few kilobytes become
 * gigabytes: it is refused before libxml2 reads it. */
static gboolean
has_declaration (PartStream *stream,
                 const char *buffer,
                 gsize       length)
{
  if (length == 0)
    return FALSE;
  if ((stream->last2 == '<' && stream->last == '!' && g_ascii_isupper (buffer[0]))
      || (length > 1 && stream->last == '<' && buffer[0] == '!' && g_ascii_isupper (buffer[1])))
    return TRUE;
  for (const char *p = memchr (buffer, '<', length); p != NULL;
       p = memchr (p + 1, '<', length - (gsize) (p + 1 - buffer)))
    {
      gsize left = length - (gsize) (p - buffer);

      if (left >= 3 && p[1] == '!' && g_ascii_isupper (p[2]))
        return TRUE;
      if (left < 3)
        break;
    }
  stream->last2 = length > 1 ? buffer[length - 2] : stream->last;
  stream->last = buffer[length - 1];
  return FALSE;
}

static int
part_read_cb (void *context,
              char *buffer,
              int   length)
{
  PartStream *stream = context;
  zip_int64_t n = zip_fread (stream->file, buffer, (zip_uint64_t) length);

  if (n < 0)
    return -1;
  /* The size the zip declares is not trusted: the bytes are counted. */
  stream->read += (guint64) n;
  if (stream->read > stream->limit)
    {
      stream->trouble = PART_TOO_LARGE;
      return -1;
    }
  if (has_declaration (stream, buffer, (gsize) n))
    {
      stream->trouble = PART_DTD;
      return -1;
    }
  return (int) n;
}

static int
part_close_cb (void *context)
{
  /* The zip file is closed by whoever opened it. */
  return 0;
}

/* No network, no entities substituted, no DTD loaded, no error chatter on
 * stderr. */
#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

static gboolean
open_part (zip_t       *zip,
           const char  *name,
           guint        limit_mb,
           PartStream  *stream)
{
  zip_stat_t st;

  memset (stream, 0, sizeof *stream);
  stream->name = name;
  stream->limit = (guint64) limit_mb * 1024 * 1024;
  /* A declared size past the limit is refused at once; a smaller one may lie. */
  if (zip_stat (zip, name, ZIP_FL_NOCASE, &st) == 0 && (st.valid & ZIP_STAT_SIZE)
      && st.size > stream->limit)
    {
      stream->trouble = PART_TOO_LARGE;
      return FALSE;
    }
  stream->file = zip_fopen (zip, name, ZIP_FL_NOCASE);
  return stream->file != NULL;
}

static void
close_part (PartStream *stream)
{
  if (stream->file != NULL)
    zip_fclose (stream->file);
  stream->file = NULL;
}

/* The error for a part that went wrong as it was read; FALSE when it did not. */
static gboolean
part_trouble (PartStream  *stream,
              GError     **error)
{
  switch (stream->trouble)
    {
    case PART_TOO_LARGE:
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                   _("The XLSX file cannot be read: its part “%s” is more than %u MB once "
                     "unpacked, the most a ledger's part may be."),
                   stream->name, (guint) (stream->limit / (1024 * 1024)));
      return TRUE;
    case PART_DTD:
      fail (error, _("it is damaged: it declares a DTD or entities, which spreadsheets "
                     "never write"));
      return TRUE;
    case PART_OK:
    default:
      return FALSE;
    }
}

/* A small part as a tree; NULL (with @error set when it is hostile) when it is
 * missing or damaged. */
static xmlDoc *
read_xml (zip_t       *zip,
          const char  *name,
          GError     **error)
{
  PartStream stream;
  xmlDoc *doc = NULL;

  if (open_part (zip, name, MAX_SMALL_PART_MB, &stream))
    doc = xmlReadIO (part_read_cb, part_close_cb, &stream, name, NULL, XML_OPTIONS);
  close_part (&stream);
  if (part_trouble (&stream, error) && doc != NULL)
    g_clear_pointer (&doc, xmlFreeDoc);
  return doc;
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
  xmlDoc *rels = read_xml (zip, "xl/_rels/workbook.xml.rels", &local_error);
  xmlDoc *book = local_error == NULL ? read_xml (zip, "xl/workbook.xml", &local_error) : NULL;
  xmlNode *root;

  if (book == NULL)
    {
      if (rels != NULL)
        xmlFreeDoc (rels);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
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

/* Reading a sheet and the shared strings as a stream: a ledger's grid is all
 * that is kept, never the tree of its XML (a cell of it takes tens of bytes as
 * XML and hundreds as a tree). */

typedef struct {
  guint row;
  guint column;
  guint index;
} SharedCell;

typedef struct {
  GtLedgerSheet *sheet;
  GArray        *shared;    /* of SharedCell: the cells that name a shared string */
  const char    *part;      /* its path in the zip */
  guint64        n_cells;   /* <c> elements of the sheet, filled or not */
} SheetRead;

static void
ignore_error_cb (void        *data,
                 xmlErrorPtr  error)
{
  /* The damage is said once, in the reader's own words. */
}

static xmlTextReader *
open_reader (zip_t      *zip,
             const char *name,
             PartStream *stream)
{
  xmlTextReader *reader;

  if (!open_part (zip, name, MAX_SHEET_MB, stream))
    return NULL;
  reader = xmlReaderForIO (part_read_cb, part_close_cb, stream, name, NULL, XML_OPTIONS);
  if (reader != NULL)
    xmlTextReaderSetStructuredErrorHandler (reader, ignore_error_cb, NULL);
  return reader;
}

static gboolean
named (xmlTextReader *reader,
       const char    *name)
{
  const xmlChar *local = xmlTextReaderConstLocalName (reader);

  return local != NULL && strcmp ((const char *) local, name) == 0;
}

static char *
reader_attr (xmlTextReader *reader,
             const char    *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* Next node; FALSE at the end, on damage, and on anything of a DTD (refused
 * before it reaches libxml2 already: this is the second lock). */
static gboolean
next_node (xmlTextReader *reader,
           PartStream    *stream,
           int           *status)
{
  *status = xmlTextReaderRead (reader);
  if (*status != 1)
    return FALSE;
  switch (xmlTextReaderNodeType (reader))
    {
    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY:
    case XML_READER_TYPE_ENTITY_REFERENCE:
      stream->trouble = PART_DTD;
      *status = -1;
      return FALSE;
    default:
      return TRUE;
    }
}

static gboolean
is_text (xmlTextReader *reader)
{
  switch (xmlTextReaderNodeType (reader))
    {
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Appends the node's text to @text; FALSE when the cell is already past the
 * cap (four bytes a character at most), so that no more of it is kept. */
static gboolean
append_text (xmlTextReader  *reader,
             GString        *text,
             guint           row,
             guint           column,
             GError        **error)
{
  const xmlChar *value = xmlTextReaderConstValue (reader);

  if (value != NULL)
    g_string_append (text, (const char *) value);
  if (text->len > 4 * GT_LEDGER_MAX_CELL_CHARS)
    {
      gt_ledger_set_cell_too_long (error, row, column);
      return FALSE;
    }
  return TRUE;
}

/* What went wrong with a part once read: its trouble, or damage. */
static gboolean
finish_part (xmlTextReader  *reader,
             PartStream     *stream,
             int             status,
             GError        **error,
             GError        **local_error,
             const char     *damaged)
{
  if (reader != NULL)
    xmlFreeTextReader (reader);
  close_part (stream);
  if (*local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (local_error));
      return FALSE;
    }
  if (part_trouble (stream, error))
    return FALSE;
  if (reader == NULL || status < 0)
    return fail (error, damaged);
  return TRUE;
}

static gboolean
take_cell (SheetRead   *read,
           guint        row,
           guint        column,
           const char  *type,
           GString     *text,
           GError     **error)
{
  guint64 index = 0;

  if (g_strcmp0 (type, "e") == 0)
    return TRUE;
  if (g_strcmp0 (type, "s") != 0)
    return gt_ledger_sheet_put (read->sheet, row, column, g_strdup (text->str), error);

  /* A shared string: looked up once they are read, when it is known which of
   * them the sheet needs. */
  if (!g_ascii_string_to_unsigned (text->str, 10, 0, G_MAXUINT, &index, NULL))
    return TRUE;
  if (read->shared->len >= GT_LEDGER_MAX_CELLS)
    {
      g_autofree char *letter = gt_ledger_column_letter (column);

      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                   _("The sheet has more than %u cells (at row %u, column %s), the most a "
                     "ledger may have."),
                   GT_LEDGER_MAX_CELLS, row + 1, letter);
      return FALSE;
    }
  g_array_append_val (read->shared, ((SharedCell) { row, column, (guint) index }));
  return TRUE;
}

static gboolean
read_sheet (zip_t       *zip,
            const char  *part,
            SheetRead   *read,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *type = NULL;
  PartStream stream;
  xmlTextReader *reader = open_reader (zip, part, &stream);
  guint next_row = 0, row = 0, n_rows = 0;
  guint next_column = 0, column = 0;
  gboolean in_cell = FALSE, in_value = FALSE, in_inline = FALSE, in_t = FALSE;
  guint phonetic = 0;
  int status = -1;

  while (reader != NULL && local_error == NULL && next_node (reader, &stream, &status))
    {
      int kind = xmlTextReaderNodeType (reader);
      gboolean empty = xmlTextReaderIsEmptyElement (reader) == 1;

      if (kind == XML_READER_TYPE_ELEMENT && named (reader, "row"))
        {
          g_autofree char *r = NULL;
          guint64 number = 0;

          /* Rows come in order, each once: past the cap in number, the last
           * ones are past it in place too. Empty (a style only), a few of them
           * are let be; millions are how 64 MB of XML takes seconds. */
          if (++n_rows > GT_LEDGER_MAX_ROWS)
            {
              gt_ledger_set_too_many_rows (&local_error);
              break;
            }
          /* Rows and cells may leave out their references: then they follow on. */
          r = reader_attr (reader, "r");
          row = next_row;
          if (r != NULL && g_ascii_string_to_unsigned (r, 10, 1, G_MAXUINT, &number, NULL))
            row = (guint) (number - 1);
          next_row = row + 1;
          next_column = 0;
        }
      else if (kind == XML_READER_TYPE_ELEMENT && named (reader, "c"))
        {
          g_autofree char *ref = reader_attr (reader, "r");
          int c = ref != NULL ? column_of (ref) : -1;

          column = c >= 0 ? (guint) c : next_column;
          next_column = column + 1;
          if (++read->n_cells > GT_LEDGER_MAX_CELLS)
            {
              g_autofree char *letter = gt_ledger_column_letter (column);

              g_set_error (&local_error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                           _("The sheet has more than %u cells (at row %u, column %s), the "
                             "most a ledger may have."),
                           GT_LEDGER_MAX_CELLS, row + 1, letter);
              break;
            }
          g_free (type);
          type = reader_attr (reader, "t");
          g_string_truncate (text, 0);
          in_cell = !empty;
        }
      else if (kind == XML_READER_TYPE_ELEMENT && in_cell)
        {
          in_value |= !empty && named (reader, "v");
          in_inline |= !empty && named (reader, "is");
          in_t |= !empty && in_inline && named (reader, "t");
          phonetic += !empty && in_inline && named (reader, "rPh");
        }
      else if (kind == XML_READER_TYPE_END_ELEMENT && in_cell)
        {
          if (named (reader, "c"))
            {
              take_cell (read, row, column, type, text, &local_error);
              in_cell = in_value = in_inline = in_t = FALSE;
              phonetic = 0;
            }
          else if (named (reader, "v"))
            in_value = FALSE;
          else if (named (reader, "is"))
            in_inline = FALSE;
          else if (named (reader, "t"))
            in_t = FALSE;
          else if (named (reader, "rPh") && phonetic > 0)
            phonetic--;
        }
      else if (in_cell && is_text (reader) && (in_value || (in_t && phonetic == 0)))
        append_text (reader, text, row, column, &local_error);
    }

  return finish_part (reader, &stream, status, error, &local_error,
                      _("a sheet is missing or damaged"));
}

/* The <c> elements of @part, to weigh the shared strings against. */
static gboolean
count_cells (zip_t       *zip,
             const char  *part,
             guint64     *n_cells,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PartStream stream;
  xmlTextReader *reader = open_reader (zip, part, &stream);
  int status = -1;

  while (reader != NULL && next_node (reader, &stream, &status))
    if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT && named (reader, "c"))
      (*n_cells)++;
  return finish_part (reader, &stream, status, error, &local_error,
                      _("a sheet is missing or damaged"));
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
 * string, it is a way to fill the memory, and refused. */
static gboolean
read_shared_strings (zip_t       *zip,
                     GPtrArray   *parts,
                     SheetRead   *read,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PartStream stream;
  xmlTextReader *reader;
  guint64 n_strings = 0;
  guint64 n_cells = read->n_cells;
  gboolean all_counted = FALSE;
  gboolean in_string = FALSE, in_t = FALSE, wanted = FALSE;
  guint phonetic = 0;
  guint next = 0;      /* the first of read->shared not yet given its string */
  int status = -1;

  if (read->shared->len == 0)
    return TRUE;
  g_array_sort (read->shared, compare_shared);

  reader = open_reader (zip, "xl/sharedStrings.xml", &stream);
  /* Missing, the cells that name a string are empty, as before. */
  if (reader == NULL && stream.trouble == PART_OK)
    {
      close_part (&stream);
      return TRUE;
    }

  while (reader != NULL && local_error == NULL && next_node (reader, &stream, &status))
    {
      int kind = xmlTextReaderNodeType (reader);
      gboolean empty = xmlTextReaderIsEmptyElement (reader) == 1;
      SharedCell *cell = next < read->shared->len
                         ? &g_array_index (read->shared, SharedCell, next) : NULL;

      if (kind == XML_READER_TYPE_ELEMENT && named (reader, "si"))
        {
          n_strings++;
          if (n_strings > n_cells && !all_counted)
            {
              for (guint i = 0; i < parts->len && local_error == NULL; i++)
                if (strcmp (g_ptr_array_index (parts, i), read->part) != 0)
                  count_cells (zip, g_ptr_array_index (parts, i), &n_cells, &local_error);
              all_counted = TRUE;
            }
          if (local_error == NULL && n_strings > n_cells)
            g_set_error (&local_error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                         _("The XLSX file cannot be read: it has more shared strings than "
                           "its %u cells, which no spreadsheet writes."),
                         (guint) MIN (n_cells, G_MAXUINT));
          wanted = cell != NULL && cell->index == n_strings - 1;
          in_string = !empty;
          g_string_truncate (text, 0);
        }
      else if (kind == XML_READER_TYPE_ELEMENT && in_string && wanted)
        {
          in_t |= !empty && named (reader, "t");
          phonetic += !empty && named (reader, "rPh");
        }
      else if (kind == XML_READER_TYPE_END_ELEMENT && in_string && wanted)
        {
          if (named (reader, "t"))
            in_t = FALSE;
          else if (named (reader, "rPh") && phonetic > 0)
            phonetic--;
        }
      else if (in_string && wanted && in_t && phonetic == 0 && is_text (reader))
        append_text (reader, text, cell->row, cell->column, &local_error);

      /* The end of a string: every cell that names it gets it. */
      if (wanted && local_error == NULL
          && ((kind == XML_READER_TYPE_ELEMENT && named (reader, "si") && empty)
              || (kind == XML_READER_TYPE_END_ELEMENT && named (reader, "si"))))
        {
          for (; next < read->shared->len && local_error == NULL; next++)
            {
              cell = &g_array_index (read->shared, SharedCell, next);
              if (cell->index != n_strings - 1)
                break;
              gt_ledger_sheet_put (read->sheet, cell->row, cell->column, g_strdup (text->str),
                                   &local_error);
            }
          in_string = in_t = wanted = FALSE;
          phonetic = 0;
        }
    }

  return finish_part (reader, &stream, status, error, &local_error,
                      _("its shared strings are damaged"));
}

GtLedgerSheet *
gt_xlsx_read (const char  *data,
              gsize        length,
              int          sheet_index,
              GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) shared = g_array_new (FALSE, FALSE, sizeof (SharedCell));
  g_autoptr(GtLedgerSheet) sheet = NULL;
  SheetRead read = { NULL, };
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *zip;
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

  sheet = gt_ledger_sheet_new ();
  sheet->sheet = sheet_index;
  read.sheet = sheet;
  read.shared = shared;
  read.part = g_ptr_array_index (parts, sheet_index);
  if (!read_sheet (zip, read.part, &read, error)
      || !read_shared_strings (zip, parts, &read, error))
    goto out;

  g_ptr_array_add (names, NULL);
  sheet->sheet_names = (GStrv) g_ptr_array_steal (names, NULL);
  ok = TRUE;

out:
  zip_discard (zip);
  return ok ? g_steal_pointer (&sheet) : NULL;
}
