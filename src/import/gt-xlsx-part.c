/* gt-xlsx-part.c: the parts of an XLSX zip, read only as far as is safe.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "gt-ledger-sheet.h"
#include "gt-xlsx-part.h"

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

gboolean
gt_xlsx_fail (GError     **error,
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
           guint64      limit,
           PartStream  *stream)
{
  zip_stat_t st;

  memset (stream, 0, sizeof *stream);
  stream->name = name;
  stream->limit = limit;
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
      gt_xlsx_fail (error, _("it is damaged: it declares a DTD or entities, which "
                             "spreadsheets never write"));
      return TRUE;
    case PART_OK:
    default:
      return FALSE;
    }
}

xmlDoc *
gt_xlsx_part_read_tree (zip_t       *zip,
                        const char  *name,
                        GError     **error)
{
  PartStream stream;
  xmlDoc *doc = NULL;

  if (open_part (zip, name, (guint64) GT_XLSX_MAX_SMALL_PART_MB * 1024 * 1024, &stream))
    doc = xmlReadIO (part_read_cb, part_close_cb, &stream, name, NULL, XML_OPTIONS);
  close_part (&stream);
  if (part_trouble (&stream, error) && doc != NULL)
    g_clear_pointer (&doc, xmlFreeDoc);
  return doc;
}

void
gt_xlsx_sax_stop (GtXlsxSax *sax)
{
  xmlStopParser (sax->ctxt);
}

static void
internal_subset_cb (void          *data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  GtXlsxSax *sax = data;

  sax->dtd = TRUE;
  gt_xlsx_sax_stop (sax);
}

static xmlEntity *
get_entity_cb (void          *data,
               const xmlChar *name)
{
  xmlEntity *entity = xmlGetPredefinedEntity (name);

  if (entity == NULL)
    {
      ((GtXlsxSax *) data)->dtd = TRUE;
      gt_xlsx_sax_stop (data);
    }
  return entity;
}

static void
ignore_error_cb (void        *data,
                 xmlErrorPtr  error)
{
  /* The damage is said once, in the reader's own words. */
}

void
gt_xlsx_sax_init (xmlSAXHandler *handler)
{
  memset (handler, 0, sizeof *handler);
  handler->initialized = XML_SAX2_MAGIC;
  handler->internalSubset = internal_subset_cb;
  handler->getEntity = get_entity_cb;
  handler->serror = ignore_error_cb;
}

gboolean
gt_xlsx_part_parse (zip_t          *zip,
                    const char     *name,
                    xmlSAXHandler  *handler,
                    GtXlsxSax      *sax,
                    gboolean       *missing,
                    GError        **error,
                    const char     *damaged)
{
  PartStream stream;
  char buffer[65536];
  int n = 0;
  gboolean well_formed;

  *missing = FALSE;
  if (!open_part (zip, name,
                  sax->limit > 0 ? sax->limit : (guint64) GT_XLSX_MAX_PART_MB * 1024 * 1024,
                  &stream))
    {
      close_part (&stream);
      *missing = !part_trouble (&stream, error);
      return FALSE;
    }

  sax->ctxt = xmlCreatePushParserCtxt (handler, sax, NULL, 0, name);
  if (sax->ctxt == NULL)
    {
      close_part (&stream);
      return gt_xlsx_fail (error, damaged);
    }
  xmlCtxtUseOptions (sax->ctxt, XML_OPTIONS);
  while (sax->error == NULL && !sax->done && !sax->dtd
         && (n = part_read_cb (&stream, buffer, sizeof buffer)) > 0)
    if (xmlParseChunk (sax->ctxt, buffer, n, 0) != 0)
      break;
  if (n == 0 && sax->error == NULL && !sax->done && !sax->dtd)
    xmlParseChunk (sax->ctxt, NULL, 0, 1);
  well_formed = n >= 0 && sax->ctxt->wellFormed;
  xmlFreeParserCtxt (sax->ctxt);
  sax->ctxt = NULL;
  sax->unpacked = stream.read;
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
  if (!well_formed && !sax->done)
    return gt_xlsx_fail (error, damaged);
  return TRUE;
}

gboolean
gt_xlsx_attr (int             n_attributes,
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
