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

/* Reading a sheet and the shared strings as a stream, with libxml2's SAX2
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

/* What every SAX parse below starts with. */
typedef struct {
  xmlParserCtxt *ctxt;
  GError        *error;     /* a cap passed: the parse stops */
  gboolean       dtd;       /* a DTD met after all: the second lock */
  GString       *text;
} Sax;

static void
sax_fail (Sax *sax)
{
  xmlStopParser (sax->ctxt);
}

static void
internal_subset_cb (void          *data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  Sax *sax = data;

  sax->dtd = TRUE;
  sax_fail (sax);
}

static xmlEntity *
get_entity_cb (void          *data,
               const xmlChar *name)
{
  xmlEntity *entity = xmlGetPredefinedEntity (name);

  if (entity == NULL)
    {
      ((Sax *) data)->dtd = TRUE;
      sax_fail (data);
    }
  return entity;
}

static void
ignore_error_cb (void        *data,
                 xmlErrorPtr  error)
{
  /* The damage is said once, in the reader's own words. */
}

static void
init_handler (xmlSAXHandler *handler)
{
  memset (handler, 0, sizeof *handler);
  handler->initialized = XML_SAX2_MAGIC;
  handler->internalSubset = internal_subset_cb;
  handler->getEntity = get_entity_cb;
  handler->serror = ignore_error_cb;
}

/* Parses the part @name with @handler as it is unpacked. FALSE with @error for
 * a cap passed, a DTD or damage; FALSE without it, and *@missing, when there
 * is no such part. */
static gboolean
parse_part (zip_t          *zip,
            const char     *name,
            xmlSAXHandler  *handler,
            Sax            *sax,
            gboolean       *missing,
            GError        **error,
            const char     *damaged)
{
  PartStream stream;
  char buffer[65536];
  int n = 0;
  gboolean well_formed;

  *missing = FALSE;
  if (!open_part (zip, name, MAX_SHEET_MB, &stream))
    {
      close_part (&stream);
      *missing = !part_trouble (&stream, error);
      return FALSE;
    }

  sax->ctxt = xmlCreatePushParserCtxt (handler, sax, NULL, 0, name);
  if (sax->ctxt == NULL)
    {
      close_part (&stream);
      return fail (error, damaged);
    }
  xmlCtxtUseOptions (sax->ctxt, XML_OPTIONS);
  while (sax->error == NULL && !sax->dtd
         && (n = part_read_cb (&stream, buffer, sizeof buffer)) > 0)
    if (xmlParseChunk (sax->ctxt, buffer, n, 0) != 0)
      break;
  if (n == 0 && sax->error == NULL && !sax->dtd)
    xmlParseChunk (sax->ctxt, NULL, 0, 1);
  well_formed = n >= 0 && sax->ctxt->wellFormed;
  xmlFreeParserCtxt (sax->ctxt);
  sax->ctxt = NULL;
  close_part (&stream);

  if (sax->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sax->error));
      return FALSE;
    }
  if (sax->dtd)
    stream.trouble = PART_DTD;
  if (part_trouble (&stream, error))
    return FALSE;
  if (!well_formed)
    return fail (error, damaged);
  return TRUE;
}

/* The value of the attribute @name (no prefix) into @out, cut to @size. */
static gboolean
attr_value (int             n_attributes,
            const xmlChar **attributes,
            const char     *name,
            char           *out,
            gsize           size)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;
      gsize length;

      if (a[1] != NULL || strcmp ((const char *) a[0], name) != 0)
        continue;
      length = MIN ((gsize) (a[4] - a[3]), size - 1);
      memcpy (out, a[3], length);
      out[length] = '\0';
      return TRUE;
    }
  return FALSE;
}

/* Appends @length bytes to the cell's text; FALSE when the cell is already
 * past the cap (four bytes a character at most), so that no more is kept. */
static gboolean
append_text (Sax           *sax,
             const xmlChar *text,
             int            length,
             guint          row,
             guint          column)
{
  g_string_append_len (sax->text, (const char *) text, length);
  if (sax->text->len <= 4 * GT_LEDGER_MAX_CELL_CHARS)
    return TRUE;
  gt_ledger_set_cell_too_long (&sax->error, row, column);
  sax_fail (sax);
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
  Sax        sax;
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
          sax_fail (&self->sax);
          return;
        }
      /* Rows and cells may leave out their references: then they follow on. */
      self->row = self->next_row;
      if (attr_value (n_attributes, attributes, "r", reference, sizeof reference)
          && g_ascii_string_to_unsigned (reference, 10, 1, G_MAXUINT, &number, NULL))
        self->row = (guint) (number - 1);
      self->next_row = self->row + 1;
      self->next_column = 0;
    }
  else if (strcmp (name, "c") == 0)
    {
      int column = attr_value (n_attributes, attributes, "r", reference, sizeof reference)
                   ? column_of (reference) : -1;

      self->column = column >= 0 ? (guint) column : self->next_column;
      self->next_column = self->column + 1;
      if (++self->read->n_cells > GT_LEDGER_MAX_CELLS)
        {
          set_too_many_cells (&self->sax.error, self->row, self->column);
          sax_fail (&self->sax);
          return;
        }
      if (!attr_value (n_attributes, attributes, "t", self->type, sizeof self->type))
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
        sax_fail (&self->sax);
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
  SheetSax self = { { NULL, NULL, FALSE, text }, read, };
  xmlSAXHandler handler;
  gboolean missing = FALSE;

  init_handler (&handler);
  handler.startElementNs = sheet_start_cb;
  handler.endElementNs = sheet_end_cb;
  handler.characters = sheet_text_cb;
  handler.cdataBlock = sheet_text_cb;
  handler.ignorableWhitespace = sheet_text_cb;
  if (parse_part (zip, read->part, &handler, &self.sax, &missing, error,
                  _("a sheet is missing or damaged")))
    return TRUE;
  return missing ? fail (error, _("a sheet is missing or damaged")) : FALSE;
}

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
  Sax *sax = data;

  /* The count is kept in the text's length, which nothing else uses here. */
  if (strcmp ((const char *) local_name, "c") == 0)
    sax->text->len++;
}

/* The <c> elements of every sheet of the workbook but @read's, added to
 * *@n_cells. */
static gboolean
count_other_cells (zip_t       *zip,
                   GPtrArray   *parts,
                   SheetRead   *read,
                   guint64     *n_cells,
                   GError     **error)
{
  xmlSAXHandler handler;

  init_handler (&handler);
  handler.startElementNs = count_cells_cb;
  for (guint i = 0; i < parts->len; i++)
    {
      GString count = { NULL, 0, 0 };
      Sax sax = { NULL, NULL, FALSE, &count };
      gboolean missing;

      if (strcmp (g_ptr_array_index (parts, i), read->part) == 0)
        continue;
      if (!parse_part (zip, g_ptr_array_index (parts, i), &handler, &sax, &missing, error,
                       _("a sheet is missing or damaged")) && !missing)
        return FALSE;
      *n_cells += count.len;
    }
  return TRUE;
}

typedef struct {
  Sax        sax;
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
            sax_fail (&self->sax);
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
  SharedSax self = { { NULL, NULL, FALSE, text }, read, };
  xmlSAXHandler handler;
  gboolean missing = FALSE;
  guint64 n_cells = read->n_cells;

  if (read->shared->len == 0)
    return TRUE;
  g_array_sort (read->shared, compare_shared);

  init_handler (&handler);
  handler.startElementNs = shared_start_cb;
  handler.endElementNs = shared_end_cb;
  handler.characters = shared_text_cb;
  handler.cdataBlock = shared_text_cb;
  handler.ignorableWhitespace = shared_text_cb;
  if (!parse_part (zip, "xl/sharedStrings.xml", &handler, &self.sax, &missing, error,
                   _("its shared strings are damaged")))
    /* Missing, the cells that name a string are empty, as before. */
    return missing;

  if (self.n_strings > n_cells && !count_other_cells (zip, parts, read, &n_cells, error))
    return FALSE;
  if (self.n_strings > n_cells)
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
      fail (error, _("it is not a valid zip archive"));
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
      fail (error, _("it is not a valid zip archive"));
      return NULL;
    }
  return read_zip (zip, sheet_index, error);
}
