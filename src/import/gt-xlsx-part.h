/* gt-xlsx-part.h: the parts of an XLSX zip, read only as far as is safe.
 *
 * A part is unpacked as libxml2 reads it and its bytes are counted (the size
 * the zip declares may lie); one past its cap, or one that declares a DTD (how
 * entities turn kilobytes into gigabytes), is refused before libxml2 reads it.
 * No network, no entity substituted, no error chatter on stderr.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <zip.h>

G_BEGIN_DECLS

/* A sheet's XML once unpacked: a ledger within the caps is well under it. */
#define GT_XLSX_MAX_PART_MB        64
/* The workbook and its relations: lists of sheets, read as trees. */
#define GT_XLSX_MAX_SMALL_PART_MB  4

/* Sets "The XLSX file cannot be read: @message"; returns FALSE. */
gboolean  gt_xlsx_fail            (GError          **error,
                                   const char       *message);

/* A small part as a tree; NULL when it is missing or damaged, with @error set
 * when it is past its cap or declares a DTD. */
xmlDoc   *gt_xlsx_part_read_tree  (zip_t            *zip,
                                   const char       *name,
                                   GError          **error);

/* What a SAX2 parse of a part starts its user data with. */
typedef struct {
  xmlParserCtxt *ctxt;
  GError        *error;     /* set by a callback (a cap passed): the parse stops */
  gboolean       done;      /* set by a callback that has all it needs: it stops too */
  gboolean       dtd;       /* a DTD met after all: the second lock */
  guint64        limit;     /* bytes of XML at most; 0 for GT_XLSX_MAX_PART_MB */
  guint64        unpacked;  /* bytes of XML read, once parsed */
  GString       *text;      /* for the callbacks' use */
} GtXlsxSax;

/* Clears @handler and sets what refuses DTDs and entities and keeps quiet. */
void      gt_xlsx_sax_init        (xmlSAXHandler    *handler);
/* From a callback, with @sax->error set: no more callbacks come. */
void      gt_xlsx_sax_stop        (GtXlsxSax        *sax);
/* Parses the part @name (at most @sax->limit bytes) with @handler and @sax as
 * user data. FALSE with @error for a cap passed, a DTD or damage (said as
 * @damaged); FALSE without it, and *@missing, when there is no such part. */
gboolean  gt_xlsx_part_parse      (zip_t            *zip,
                                   const char       *name,
                                   xmlSAXHandler    *handler,
                                   GtXlsxSax        *sax,
                                   gboolean         *missing,
                                   GError          **error,
                                   const char       *damaged);
/* The value of the unprefixed attribute @name of a SAX2 start tag into @out,
 * cut to @size; FALSE when there is none. */
gboolean  gt_xlsx_attr            (int               n_attributes,
                                   const xmlChar   **attributes,
                                   const char       *name,
                                   char             *out,
                                   gsize             size);

G_END_DECLS
