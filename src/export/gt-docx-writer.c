/* gt-docx-writer.c: Word documents written with xmlTextWriter and libzip.
 *
 * The package holds the least that Word, WPS and LibreOffice all open:
 * [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml (the
 * default fonts, the East Asian one named in w:eastAsia so that Chinese text
 * is not set in a Latin font), word/settings.xml (Word's current layout, not
 * its compatibility mode), word/footer1.xml (the page number) and
 * word/_rels/document.xml.rels. The elements inside w:tblPr, w:tcPr and
 * w:sectPr come in the order the schema gives, which Word insists on; the
 * paragraphs' and runs' are written by gt-docx-parts.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "gt-docx-private.h"
#include "gt-export-file.h"

#define NS_W   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG "http://schemas.openxmlformats.org/package/2006/relationships"
#define NS_CT  "http://schemas.openxmlformats.org/package/2006/content-types"
#define REL    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define MIME   "application/vnd.openxmlformats-officedocument.wordprocessingml"
#define RELS_MIME "application/vnd.openxmlformats-package.relationships+xml"

/* A4 in twentieths of a point. */
#define PAGE_WIDTH  11906
#define PAGE_HEIGHT 16838

struct _GtDocxWriter {
  xmlBufferPtr     buffer;
  xmlTextWriterPtr xml;
  char            *east_asian_font;
  char            *latin_font;
  double           size;
  int              margins[4];       /* twips: top, right, bottom, left */
  gboolean         page_numbers;
  GtDocxStyle      number_style;
  char            *number_east_asian_font;
  char            *number_latin_font;
  /* the table being written */
  guint            n_columns;
  int             *column_widths;    /* twips */
  guint            n_rows;
  gboolean         written;
};

static int
mm_to_twips (double mm)
{
  return (int) (mm / 25.4 * 1440.0 + 0.5);
}

GtDocxWriter *
gt_docx_writer_new (const char *east_asian_font,
                    const char *latin_font,
                    double      size)
{
  GtDocxWriter *self = g_new0 (GtDocxWriter, 1);

  self->east_asian_font = g_strdup (east_asian_font);
  self->latin_font = g_strdup (latin_font);
  self->size = size > 0 ? size : 12;
  gt_docx_writer_set_margins (self, 25.4, 25.4, 25.4, 25.4);

  self->buffer = xmlBufferCreate ();
  self->xml = xmlNewTextWriterMemory (self->buffer, 0);
  xmlTextWriterStartDocument (self->xml, "1.0", "UTF-8", "yes");
  _gt_docx_start (self->xml, "w:document");
  _gt_docx_attribute (self->xml, "xmlns:w", NS_W);
  _gt_docx_attribute (self->xml, "xmlns:r", NS_R);
  _gt_docx_start (self->xml, "w:body");
  return self;
}

void
gt_docx_writer_free (GtDocxWriter *self)
{
  if (self == NULL)
    return;
  if (self->xml != NULL)
    xmlFreeTextWriter (self->xml);
  if (self->buffer != NULL)
    xmlBufferFree (self->buffer);
  g_free (self->east_asian_font);
  g_free (self->latin_font);
  g_free (self->number_east_asian_font);
  g_free (self->number_latin_font);
  g_free (self->column_widths);
  g_free (self);
}

void
gt_docx_writer_set_margins (GtDocxWriter *self,
                            double        top,
                            double        right,
                            double        bottom,
                            double        left)
{
  self->margins[0] = mm_to_twips (top);
  self->margins[1] = mm_to_twips (right);
  self->margins[2] = mm_to_twips (bottom);
  self->margins[3] = mm_to_twips (left);
}

void
gt_docx_writer_set_page_numbers (GtDocxWriter      *self,
                                 const GtDocxStyle *style)
{
  self->page_numbers = TRUE;
  self->number_style = *style;
  g_free (self->number_east_asian_font);
  g_free (self->number_latin_font);
  self->number_east_asian_font = g_strdup (style->east_asian_font);
  self->number_latin_font = g_strdup (style->latin_font);
  self->number_style.east_asian_font = self->number_east_asian_font;
  self->number_style.latin_font = self->number_latin_font;
  self->number_style.color = NULL;
  self->number_style.rule_below = NULL;
}

void
gt_docx_writer_add_paragraph (GtDocxWriter      *self,
                              const char        *text,
                              const GtDocxStyle *style)
{
  g_return_if_fail (!self->written && self->column_widths == NULL);

  _gt_docx_start (self->xml, "w:p");
  _gt_docx_write_paragraph_properties (self->xml, style, self->size);
  if (text != NULL && *text != '\0')
    _gt_docx_write_text_runs (self->xml, text, style);
  _gt_docx_end (self->xml);
}

static void
write_border (xmlTextWriterPtr  xml,
              const char       *side)
{
  _gt_docx_start (xml, side);
  _gt_docx_attribute (xml, "w:val", "single");
  _gt_docx_attribute_int (xml, "w:sz", 4);
  _gt_docx_attribute_int (xml, "w:space", 0);
  _gt_docx_attribute (xml, "w:color", "000000");
  _gt_docx_end (xml);
}

void
gt_docx_writer_begin_table (GtDocxWriter *self,
                            guint         n_columns,
                            const guint  *widths)
{
  static const char *const sides[] = {
    "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"
  };
  xmlTextWriterPtr xml = self->xml;
  int text_width = PAGE_WIDTH - self->margins[1] - self->margins[3];
  guint sum = 0;

  g_return_if_fail (!self->written && self->column_widths == NULL && n_columns > 0);

  for (guint c = 0; c < n_columns; c++)
    sum += MAX (widths[c], 1);
  self->n_columns = n_columns;
  self->n_rows = 0;
  self->column_widths = g_new0 (int, n_columns);
  for (guint c = 0; c < n_columns; c++)
    self->column_widths[c] = (int) ((gint64) text_width * MAX (widths[c], 1) / sum);

  _gt_docx_start (xml, "w:tbl");
  _gt_docx_start (xml, "w:tblPr");
  _gt_docx_start (xml, "w:tblW");
  _gt_docx_attribute_int (xml, "w:w", text_width);
  _gt_docx_attribute (xml, "w:type", "dxa");
  _gt_docx_end (xml);
  _gt_docx_element_val (xml, "w:jc", "center");
  _gt_docx_start (xml, "w:tblBorders");
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    write_border (xml, sides[i]);
  _gt_docx_end (xml);
  _gt_docx_start (xml, "w:tblLayout");
  _gt_docx_attribute (xml, "w:type", "fixed");
  _gt_docx_end (xml);
  _gt_docx_start (xml, "w:tblCellMar");
  _gt_docx_start (xml, "w:left");
  _gt_docx_attribute_int (xml, "w:w", 57);
  _gt_docx_attribute (xml, "w:type", "dxa");
  _gt_docx_end (xml);
  _gt_docx_start (xml, "w:right");
  _gt_docx_attribute_int (xml, "w:w", 57);
  _gt_docx_attribute (xml, "w:type", "dxa");
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  _gt_docx_start (xml, "w:tblGrid");
  for (guint c = 0; c < n_columns; c++)
    {
      _gt_docx_start (xml, "w:gridCol");
      _gt_docx_attribute_int (xml, "w:w", self->column_widths[c]);
      _gt_docx_end (xml);
    }
  _gt_docx_end (xml);
}

void
gt_docx_writer_add_row (GtDocxWriter       *self,
                        const char *const  *cells,
                        const gboolean     *right,
                        const GtDocxStyle  *style)
{
  xmlTextWriterPtr xml = self->xml;

  g_return_if_fail (self->column_widths != NULL);

  _gt_docx_start (xml, "w:tr");
  _gt_docx_start (xml, "w:trPr");
  _gt_docx_start (xml, "w:cantSplit");
  _gt_docx_end (xml);
  if (self->n_rows == 0)
    {
      _gt_docx_start (xml, "w:tblHeader");
      _gt_docx_end (xml);
    }
  _gt_docx_end (xml);
  for (guint c = 0; c < self->n_columns; c++)
    {
      GtDocxStyle cell = *style;

      if (self->n_rows == 0)
        cell.align = GT_DOCX_ALIGN_CENTER;
      else if (right != NULL && right[c])
        cell.align = GT_DOCX_ALIGN_RIGHT;
      _gt_docx_start (xml, "w:tc");
      _gt_docx_start (xml, "w:tcPr");
      _gt_docx_start (xml, "w:tcW");
      _gt_docx_attribute_int (xml, "w:w", self->column_widths[c]);
      _gt_docx_attribute (xml, "w:type", "dxa");
      _gt_docx_end (xml);
      _gt_docx_element_val (xml, "w:vAlign", "center");
      _gt_docx_end (xml);
      /* Every cell holds a paragraph, even an empty one: Word requires it. */
      _gt_docx_start (xml, "w:p");
      _gt_docx_write_paragraph_properties (xml, &cell, self->size);
      if (cells[c] != NULL && *cells[c] != '\0')
        _gt_docx_write_text_runs (xml, cells[c], &cell);
      _gt_docx_end (xml);
      _gt_docx_end (xml);
    }
  _gt_docx_end (xml);
  self->n_rows++;
}

void
gt_docx_writer_end_table (GtDocxWriter *self)
{
  g_return_if_fail (self->column_widths != NULL);

  _gt_docx_end (self->xml);
  g_clear_pointer (&self->column_widths, g_free);
}

static void
finish_document (GtDocxWriter *self)
{
  xmlTextWriterPtr xml = self->xml;

  _gt_docx_start (xml, "w:sectPr");
  if (self->page_numbers)
    {
      _gt_docx_start (xml, "w:footerReference");
      _gt_docx_attribute (xml, "w:type", "default");
      _gt_docx_attribute (xml, "r:id", "rIdFooter1");
      _gt_docx_end (xml);
    }
  _gt_docx_start (xml, "w:pgSz");
  _gt_docx_attribute_int (xml, "w:w", PAGE_WIDTH);
  _gt_docx_attribute_int (xml, "w:h", PAGE_HEIGHT);
  _gt_docx_end (xml);
  _gt_docx_start (xml, "w:pgMar");
  _gt_docx_attribute_int (xml, "w:top", self->margins[0]);
  _gt_docx_attribute_int (xml, "w:right", self->margins[1]);
  _gt_docx_attribute_int (xml, "w:bottom", self->margins[2]);
  _gt_docx_attribute_int (xml, "w:left", self->margins[3]);
  _gt_docx_attribute_int (xml, "w:header", 851);
  _gt_docx_attribute_int (xml, "w:footer", mm_to_twips (20));
  _gt_docx_attribute_int (xml, "w:gutter", 0);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  xmlTextWriterEndDocument (xml);   /* closes w:body and w:document */
  xmlTextWriterFlush (xml);
}

/* A part written by @write into a new buffer, returned as bytes. */
typedef void (*PartFunc) (GtDocxWriter     *self,
                          xmlTextWriterPtr  xml);

static GBytes *
make_part (GtDocxWriter *self,
           PartFunc      write)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  xmlTextWriterPtr xml = xmlNewTextWriterMemory (buffer, 0);
  GBytes *bytes;

  xmlTextWriterStartDocument (xml, "1.0", "UTF-8", "yes");
  write (self, xml);
  xmlTextWriterEndDocument (xml);
  xmlFreeTextWriter (xml);
  bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

static void
write_override (xmlTextWriterPtr  xml,
                const char       *part,
                const char       *type)
{
  _gt_docx_start (xml, "Override");
  _gt_docx_attribute (xml, "PartName", part);
  _gt_docx_attribute (xml, "ContentType", type);
  _gt_docx_end (xml);
}

static void
content_types_part (GtDocxWriter     *self,
                    xmlTextWriterPtr  xml)
{
  _gt_docx_start (xml, "Types");
  _gt_docx_attribute (xml, "xmlns", NS_CT);
  _gt_docx_start (xml, "Default");
  _gt_docx_attribute (xml, "Extension", "rels");
  _gt_docx_attribute (xml, "ContentType", RELS_MIME);
  _gt_docx_end (xml);
  _gt_docx_start (xml, "Default");
  _gt_docx_attribute (xml, "Extension", "xml");
  _gt_docx_attribute (xml, "ContentType", "application/xml");
  _gt_docx_end (xml);
  write_override (xml, "/word/document.xml", MIME ".document.main+xml");
  write_override (xml, "/word/styles.xml", MIME ".styles+xml");
  write_override (xml, "/word/settings.xml", MIME ".settings+xml");
  if (self->page_numbers)
    write_override (xml, "/word/footer1.xml", MIME ".footer+xml");
  _gt_docx_end (xml);
}

static void
write_relationship (xmlTextWriterPtr  xml,
                    const char       *id,
                    const char       *type,
                    const char       *target)
{
  _gt_docx_start (xml, "Relationship");
  _gt_docx_attribute (xml, "Id", id);
  _gt_docx_attribute (xml, "Type", type);
  _gt_docx_attribute (xml, "Target", target);
  _gt_docx_end (xml);
}

static void
package_rels_part (GtDocxWriter     *self,
                   xmlTextWriterPtr  xml)
{
  _gt_docx_start (xml, "Relationships");
  _gt_docx_attribute (xml, "xmlns", NS_PKG);
  write_relationship (xml, "rId1", REL "/officeDocument", "word/document.xml");
  _gt_docx_end (xml);
}

static void
document_rels_part (GtDocxWriter     *self,
                    xmlTextWriterPtr  xml)
{
  _gt_docx_start (xml, "Relationships");
  _gt_docx_attribute (xml, "xmlns", NS_PKG);
  write_relationship (xml, "rIdStyles", REL "/styles", "styles.xml");
  write_relationship (xml, "rIdSettings", REL "/settings", "settings.xml");
  if (self->page_numbers)
    write_relationship (xml, "rIdFooter1", REL "/footer", "footer1.xml");
  _gt_docx_end (xml);
}

/* Word's current layout rules (without them it opens the file in
 * "Compatibility Mode"), and Chinese punctuation set half-width where two
 * meet, as WPS does. */
static void
settings_part (GtDocxWriter     *self,
               xmlTextWriterPtr  xml)
{
  _gt_docx_start (xml, "w:settings");
  _gt_docx_attribute (xml, "xmlns:w", NS_W);
  _gt_docx_element_val_int (xml, "w:defaultTabStop", 420);
  _gt_docx_element_val (xml, "w:characterSpacingControl", "compressPunctuation");
  _gt_docx_start (xml, "w:compat");
  _gt_docx_start (xml, "w:compatSetting");
  _gt_docx_attribute (xml, "w:name", "compatibilityMode");
  _gt_docx_attribute (xml, "w:uri", "http://schemas.microsoft.com/office/word");
  _gt_docx_attribute (xml, "w:val", "15");
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
}

/* The defaults every paragraph starts from, and the Normal style. */
static void
styles_part (GtDocxWriter     *self,
             xmlTextWriterPtr  xml)
{
  GtDocxStyle normal = { self->east_asian_font, self->latin_font, self->size, };

  _gt_docx_start (xml, "w:styles");
  _gt_docx_attribute (xml, "xmlns:w", NS_W);
  _gt_docx_start (xml, "w:docDefaults");
  _gt_docx_start (xml, "w:rPrDefault");
  _gt_docx_write_run_properties (xml, &normal);
  _gt_docx_end (xml);
  _gt_docx_start (xml, "w:pPrDefault");
  _gt_docx_start (xml, "w:pPr");
  _gt_docx_start (xml, "w:spacing");
  _gt_docx_attribute_int (xml, "w:after", 0);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  _gt_docx_start (xml, "w:style");
  _gt_docx_attribute (xml, "w:type", "paragraph");
  _gt_docx_attribute (xml, "w:default", "1");
  _gt_docx_attribute (xml, "w:styleId", "Normal");
  _gt_docx_element_val (xml, "w:name", "Normal");
  _gt_docx_start (xml, "w:qFormat");
  _gt_docx_end (xml);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
}

static void
footer_part (GtDocxWriter     *self,
             xmlTextWriterPtr  xml)
{
  GtDocxStyle style = self->number_style;
  static const char *const fields[] = { "begin", NULL, "separate", "1", "end" };

  style.align = GT_DOCX_ALIGN_CENTER;
  _gt_docx_start (xml, "w:ftr");
  _gt_docx_attribute (xml, "xmlns:w", NS_W);
  _gt_docx_attribute (xml, "xmlns:r", NS_R);
  _gt_docx_start (xml, "w:p");
  _gt_docx_write_paragraph_properties (xml, &style, self->size);
  _gt_docx_write_text_runs (xml, "— ", &style);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      _gt_docx_start (xml, "w:r");
      _gt_docx_write_run_properties (xml, &style);
      if (i == 1)
        {
          _gt_docx_start (xml, "w:instrText");
          _gt_docx_attribute (xml, "xml:space", "preserve");
          xmlTextWriterWriteString (xml, BAD_CAST " PAGE ");
          _gt_docx_end (xml);
        }
      else if (i == 3)
        {
          _gt_docx_start (xml, "w:t");
          xmlTextWriterWriteString (xml, BAD_CAST fields[i]);
          _gt_docx_end (xml);
        }
      else
        {
          _gt_docx_start (xml, "w:fldChar");
          _gt_docx_attribute (xml, "w:fldCharType", fields[i]);
          _gt_docx_end (xml);
        }
      _gt_docx_end (xml);
    }
  _gt_docx_write_text_runs (xml, " —", &style);
  _gt_docx_end (xml);
  _gt_docx_end (xml);
}

gboolean
gt_docx_writer_write (GtDocxWriter  *self,
                      const char    *path,
                      const char    *register_path,
                      GError       **error)
{
  static const char *const names[] = {
    "[Content_Types].xml", "_rels/.rels", "word/document.xml",
    "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
    "word/footer1.xml",
  };
  g_autoptr(GtExportFile) file = NULL;
  g_autoptr(GBytes) zipped = NULL;
  g_autoptr(GError) zip_error = NULL;
  GBytes *parts[G_N_ELEMENTS (names)] = { NULL, };
  guint n_parts;
  gsize size;
  gconstpointer data;

  g_return_val_if_fail (!self->written && self->column_widths == NULL, FALSE);

  file = gt_export_file_open (path, register_path, error);
  if (file == NULL)
    return FALSE;
  self->written = TRUE;
  finish_document (self);
  xmlFreeTextWriter (self->xml);
  self->xml = NULL;

  parts[0] = make_part (self, content_types_part);
  parts[1] = make_part (self, package_rels_part);
  parts[2] = g_bytes_new (xmlBufferContent (self->buffer),
                          (gsize) xmlBufferLength (self->buffer));
  parts[3] = make_part (self, document_rels_part);
  parts[4] = make_part (self, styles_part);
  parts[5] = make_part (self, settings_part);
  n_parts = 6;
  if (self->page_numbers)
    parts[n_parts++] = make_part (self, footer_part);

  zipped = _gt_docx_zip_parts (names, parts, n_parts, &zip_error);
  for (guint i = 0; i < n_parts; i++)
    g_bytes_unref (parts[i]);
  if (zipped == NULL)
    return gt_export_file_set_error (file, zip_error->message, error);
  data = g_bytes_get_data (zipped, &size);
  if (!gt_export_file_write (file, data, size))
    return gt_export_file_set_error (file, NULL, error);
  return gt_export_file_commit (file, error);
}
