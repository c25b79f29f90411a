/* gt-docx-writer.c: Word documents written with xmlTextWriter and libzip.
 *
 * The package holds the least that Word, WPS and LibreOffice all open:
 * [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml (the
 * default fonts, the East Asian one named in w:eastAsia so that Chinese text
 * is not set in a Latin font), word/footer1.xml (the page number) and
 * word/_rels/document.xml.rels. The elements inside w:pPr, w:rPr, w:tblPr and
 * w:sectPr come in the order the schema gives, which Word insists on.
 *
 * Text is checked before it is written: characters XML 1.0 cannot hold (a
 * control character pasted into a project's name) are dropped, tabs become
 * spaces and line breaks w:br, since a file Word refuses is no use to an
 * office.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <zip.h>

#include "gt-docx-writer.h"
#include "gt-export-file.h"

#define NS_W   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG "http://schemas.openxmlformats.org/package/2006/relationships"
#define NS_CT  "http://schemas.openxmlformats.org/package/2006/content-types"
#define REL    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define MIME   "application/vnd.openxmlformats-officedocument.wordprocessingml"

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

static void
attribute_int (xmlTextWriterPtr  xml,
               const char       *name,
               int               value)
{
  xmlTextWriterWriteFormatAttribute (xml, BAD_CAST name, "%d", value);
}

static void
attribute (xmlTextWriterPtr  xml,
           const char       *name,
           const char       *value)
{
  xmlTextWriterWriteAttribute (xml, BAD_CAST name, BAD_CAST value);
}

static void
start (xmlTextWriterPtr  xml,
       const char       *name)
{
  xmlTextWriterStartElement (xml, BAD_CAST name);
}

static void
end (xmlTextWriterPtr xml)
{
  xmlTextWriterEndElement (xml);
}

/* <name w:val="value"/> */
static void
element_val (xmlTextWriterPtr  xml,
             const char       *name,
             const char       *value)
{
  start (xml, name);
  attribute (xml, "w:val", value);
  end (xml);
}

static void
element_val_int (xmlTextWriterPtr  xml,
                 const char       *name,
                 int               value)
{
  start (xml, name);
  attribute_int (xml, "w:val", value);
  end (xml);
}

static void
write_fonts (xmlTextWriterPtr  xml,
             const char       *east_asian,
             const char       *latin)
{
  if (east_asian == NULL && latin == NULL)
    return;
  start (xml, "w:rFonts");
  if (latin != NULL)
    {
      attribute (xml, "w:ascii", latin);
      attribute (xml, "w:hAnsi", latin);
    }
  if (east_asian != NULL)
    attribute (xml, "w:eastAsia", east_asian);
  end (xml);
}

static void
write_run_properties (xmlTextWriterPtr   xml,
                      const GtDocxStyle *style)
{
  start (xml, "w:rPr");
  write_fonts (xml, style->east_asian_font, style->latin_font);
  if (style->bold)
    {
      start (xml, "w:b");
      end (xml);
      start (xml, "w:bCs");
      end (xml);
    }
  if (style->color != NULL)
    element_val (xml, "w:color", style->color);
  if (style->size > 0)
    {
      element_val_int (xml, "w:sz", (int) (style->size * 2 + 0.5));
      element_val_int (xml, "w:szCs", (int) (style->size * 2 + 0.5));
    }
  end (xml);
}

static const char *
align_name (GtDocxAlign align)
{
  switch (align)
    {
    case GT_DOCX_ALIGN_CENTER:
      return "center";
    case GT_DOCX_ALIGN_RIGHT:
      return "right";
    case GT_DOCX_ALIGN_BOTH:
      return "both";
    case GT_DOCX_ALIGN_LEFT:
    default:
      return "left";
    }
}

static void
write_paragraph_properties (GtDocxWriter      *self,
                            const GtDocxStyle *style)
{
  xmlTextWriterPtr xml = self->xml;
  double size = style->size > 0 ? style->size : self->size;

  start (xml, "w:pPr");
  if (style->keep_with_next)
    {
      start (xml, "w:keepNext");
      end (xml);
    }
  if (style->rule_below != NULL)
    {
      start (xml, "w:pBdr");
      start (xml, "w:bottom");
      attribute (xml, "w:val", "single");
      attribute_int (xml, "w:sz", 12);
      attribute_int (xml, "w:space", 4);
      attribute (xml, "w:color", style->rule_below);
      end (xml);
      end (xml);
    }
  start (xml, "w:spacing");
  attribute_int (xml, "w:before", (int) (style->space_before * 20 + 0.5));
  attribute_int (xml, "w:after", (int) (style->space_after * 20 + 0.5));
  if (style->line_pitch > 0)
    {
      attribute_int (xml, "w:line", (int) (style->line_pitch * 20 + 0.5));
      attribute (xml, "w:lineRule", "exact");
    }
  end (xml);
  if (style->first_line_chars > 0 || style->right_chars > 0)
    {
      /* In characters for Word and WPS, in twips for the others. */
      start (xml, "w:ind");
      if (style->right_chars > 0)
        {
          attribute_int (xml, "w:rightChars", (int) (style->right_chars * 100));
          attribute_int (xml, "w:right", (int) (style->right_chars * size * 20));
        }
      if (style->first_line_chars > 0)
        {
          attribute_int (xml, "w:firstLineChars", (int) (style->first_line_chars * 100));
          attribute_int (xml, "w:firstLine", (int) (style->first_line_chars * size * 20));
        }
      end (xml);
    }
  element_val (xml, "w:jc", align_name (style->align));
  end (xml);
}

/* Characters XML 1.0 allows, less those it allows but Word chokes on. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

static void
write_text_runs (xmlTextWriterPtr   xml,
                 const char        *text,
                 const GtDocxStyle *style)
{
  g_autoptr(GString) piece = g_string_new (NULL);
  const char *p = text != NULL && g_utf8_validate (text, -1, NULL) ? text : "";

  start (xml, "w:r");
  write_run_properties (xml, style);
  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == '\n')
        {
          start (xml, "w:t");
          attribute (xml, "xml:space", "preserve");
          xmlTextWriterWriteString (xml, BAD_CAST piece->str);
          end (xml);
          g_string_truncate (piece, 0);
          if (c == 0)
            break;
          start (xml, "w:br");
          end (xml);
          continue;
        }
      if (c == '\t')
        c = ' ';
      if (c == '\r' || !is_xml_char (c))
        continue;
      g_string_append_unichar (piece, c);
    }
  end (xml);
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
  start (self->xml, "w:document");
  attribute (self->xml, "xmlns:w", NS_W);
  attribute (self->xml, "xmlns:r", NS_R);
  start (self->xml, "w:body");
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

  start (self->xml, "w:p");
  write_paragraph_properties (self, style);
  if (text != NULL && *text != '\0')
    write_text_runs (self->xml, text, style);
  end (self->xml);
}

static void
write_border (xmlTextWriterPtr  xml,
              const char       *side)
{
  start (xml, side);
  attribute (xml, "w:val", "single");
  attribute_int (xml, "w:sz", 4);
  attribute_int (xml, "w:space", 0);
  attribute (xml, "w:color", "000000");
  end (xml);
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

  start (xml, "w:tbl");
  start (xml, "w:tblPr");
  start (xml, "w:tblW");
  attribute_int (xml, "w:w", text_width);
  attribute (xml, "w:type", "dxa");
  end (xml);
  element_val (xml, "w:jc", "center");
  start (xml, "w:tblBorders");
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    write_border (xml, sides[i]);
  end (xml);
  start (xml, "w:tblLayout");
  attribute (xml, "w:type", "fixed");
  end (xml);
  start (xml, "w:tblCellMar");
  start (xml, "w:left");
  attribute_int (xml, "w:w", 57);
  attribute (xml, "w:type", "dxa");
  end (xml);
  start (xml, "w:right");
  attribute_int (xml, "w:w", 57);
  attribute (xml, "w:type", "dxa");
  end (xml);
  end (xml);
  end (xml);
  start (xml, "w:tblGrid");
  for (guint c = 0; c < n_columns; c++)
    {
      start (xml, "w:gridCol");
      attribute_int (xml, "w:w", self->column_widths[c]);
      end (xml);
    }
  end (xml);
}

void
gt_docx_writer_add_row (GtDocxWriter       *self,
                        const char *const  *cells,
                        const gboolean     *right,
                        const GtDocxStyle  *style)
{
  xmlTextWriterPtr xml = self->xml;

  g_return_if_fail (self->column_widths != NULL);

  start (xml, "w:tr");
  start (xml, "w:trPr");
  start (xml, "w:cantSplit");
  end (xml);
  if (self->n_rows == 0)
    {
      start (xml, "w:tblHeader");
      end (xml);
    }
  end (xml);
  for (guint c = 0; c < self->n_columns; c++)
    {
      GtDocxStyle cell = *style;

      if (self->n_rows == 0)
        cell.align = GT_DOCX_ALIGN_CENTER;
      else if (right != NULL && right[c])
        cell.align = GT_DOCX_ALIGN_RIGHT;
      start (xml, "w:tc");
      start (xml, "w:tcPr");
      start (xml, "w:tcW");
      attribute_int (xml, "w:w", self->column_widths[c]);
      attribute (xml, "w:type", "dxa");
      end (xml);
      element_val (xml, "w:vAlign", "center");
      end (xml);
      /* Every cell holds a paragraph, even an empty one: Word requires it. */
      start (xml, "w:p");
      write_paragraph_properties (self, &cell);
      if (cells[c] != NULL && *cells[c] != '\0')
        write_text_runs (xml, cells[c], &cell);
      end (xml);
      end (xml);
    }
  end (xml);
  self->n_rows++;
}

void
gt_docx_writer_end_table (GtDocxWriter *self)
{
  g_return_if_fail (self->column_widths != NULL);

  end (self->xml);
  g_clear_pointer (&self->column_widths, g_free);
}

static void
finish_document (GtDocxWriter *self)
{
  xmlTextWriterPtr xml = self->xml;

  start (xml, "w:sectPr");
  if (self->page_numbers)
    {
      start (xml, "w:footerReference");
      attribute (xml, "w:type", "default");
      attribute (xml, "r:id", "rIdFooter1");
      end (xml);
    }
  start (xml, "w:pgSz");
  attribute_int (xml, "w:w", PAGE_WIDTH);
  attribute_int (xml, "w:h", PAGE_HEIGHT);
  end (xml);
  start (xml, "w:pgMar");
  attribute_int (xml, "w:top", self->margins[0]);
  attribute_int (xml, "w:right", self->margins[1]);
  attribute_int (xml, "w:bottom", self->margins[2]);
  attribute_int (xml, "w:left", self->margins[3]);
  attribute_int (xml, "w:header", 851);
  attribute_int (xml, "w:footer", mm_to_twips (20));
  attribute_int (xml, "w:gutter", 0);
  end (xml);
  end (xml);
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
  start (xml, "Override");
  attribute (xml, "PartName", part);
  attribute (xml, "ContentType", type);
  end (xml);
}

static void
content_types_part (GtDocxWriter     *self,
                    xmlTextWriterPtr  xml)
{
  start (xml, "Types");
  attribute (xml, "xmlns", NS_CT);
  start (xml, "Default");
  attribute (xml, "Extension", "rels");
  attribute (xml, "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  end (xml);
  start (xml, "Default");
  attribute (xml, "Extension", "xml");
  attribute (xml, "ContentType", "application/xml");
  end (xml);
  write_override (xml, "/word/document.xml", MIME ".document.main+xml");
  write_override (xml, "/word/styles.xml", MIME ".styles+xml");
  if (self->page_numbers)
    write_override (xml, "/word/footer1.xml", MIME ".footer+xml");
  end (xml);
}

static void
write_relationship (xmlTextWriterPtr  xml,
                    const char       *id,
                    const char       *type,
                    const char       *target)
{
  start (xml, "Relationship");
  attribute (xml, "Id", id);
  attribute (xml, "Type", type);
  attribute (xml, "Target", target);
  end (xml);
}

static void
package_rels_part (GtDocxWriter     *self,
                   xmlTextWriterPtr  xml)
{
  start (xml, "Relationships");
  attribute (xml, "xmlns", NS_PKG);
  write_relationship (xml, "rId1", REL "/officeDocument", "word/document.xml");
  end (xml);
}

static void
document_rels_part (GtDocxWriter     *self,
                    xmlTextWriterPtr  xml)
{
  start (xml, "Relationships");
  attribute (xml, "xmlns", NS_PKG);
  write_relationship (xml, "rIdStyles", REL "/styles", "styles.xml");
  if (self->page_numbers)
    write_relationship (xml, "rIdFooter1", REL "/footer", "footer1.xml");
  end (xml);
}

/* The defaults every paragraph starts from, and the Normal style. */
static void
styles_part (GtDocxWriter     *self,
             xmlTextWriterPtr  xml)
{
  GtDocxStyle normal = { self->east_asian_font, self->latin_font, self->size, };

  start (xml, "w:styles");
  attribute (xml, "xmlns:w", NS_W);
  start (xml, "w:docDefaults");
  start (xml, "w:rPrDefault");
  write_run_properties (xml, &normal);
  end (xml);
  start (xml, "w:pPrDefault");
  start (xml, "w:pPr");
  start (xml, "w:spacing");
  attribute_int (xml, "w:after", 0);
  end (xml);
  end (xml);
  end (xml);
  end (xml);
  start (xml, "w:style");
  attribute (xml, "w:type", "paragraph");
  attribute (xml, "w:default", "1");
  attribute (xml, "w:styleId", "Normal");
  element_val (xml, "w:name", "Normal");
  start (xml, "w:qFormat");
  end (xml);
  end (xml);
  end (xml);
}

static void
footer_part (GtDocxWriter     *self,
             xmlTextWriterPtr  xml)
{
  GtDocxStyle style = self->number_style;
  static const char *const fields[] = { "begin", NULL, "separate", "1", "end" };

  style.align = GT_DOCX_ALIGN_CENTER;
  start (xml, "w:ftr");
  attribute (xml, "xmlns:w", NS_W);
  attribute (xml, "xmlns:r", NS_R);
  start (xml, "w:p");
  {
    /* write_paragraph_properties() takes the writer only for its size. */
    xmlTextWriterPtr saved = self->xml;

    self->xml = xml;
    write_paragraph_properties (self, &style);
    self->xml = saved;
  }
  write_text_runs (xml, "— ", &style);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      start (xml, "w:r");
      write_run_properties (xml, &style);
      if (i == 1)
        {
          start (xml, "w:instrText");
          attribute (xml, "xml:space", "preserve");
          xmlTextWriterWriteString (xml, BAD_CAST " PAGE ");
          end (xml);
        }
      else if (i == 3)
        {
          start (xml, "w:t");
          xmlTextWriterWriteString (xml, BAD_CAST fields[i]);
          end (xml);
        }
      else
        {
          start (xml, "w:fldChar");
          attribute (xml, "w:fldCharType", fields[i]);
          end (xml);
        }
      end (xml);
    }
  write_text_runs (xml, " —", &style);
  end (xml);
  end (xml);
}

static gboolean
add_part (zip_t      *zip,
          const char *name,
          GBytes     *bytes)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);
  zip_source_t *source = zip_source_buffer (zip, data, size, 0);

  if (source == NULL)
    return FALSE;
  if (zip_file_add (zip, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0)
    {
      zip_source_free (source);
      return FALSE;
    }
  return TRUE;
}

/* The zip made in memory: libzip writes a file of its own by renaming over
 * it, which would bypass gt-export-file.h's checks and temporary. */
static GBytes *
zip_parts (const char *const *names,
           GBytes           **parts,
           guint              n_parts,
           GError           **error)
{
  zip_error_t zip_error;
  zip_source_t *source;
  zip_stat_t st;
  zip_t *zip;
  guint8 *data = NULL;
  gboolean ok = TRUE;

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  zip = source != NULL ? zip_open_from_source (source, ZIP_TRUNCATE, &zip_error) : NULL;
  if (zip == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      if (source != NULL)
        zip_source_free (source);
      return NULL;
    }
  zip_source_keep (source);
  for (guint i = 0; i < n_parts && ok; i++)
    ok = add_part (zip, names[i], parts[i]);
  if (!ok || zip_close (zip) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", zip_strerror (zip));
      zip_discard (zip);
      zip_source_free (source);
      zip_error_fini (&zip_error);
      return NULL;
    }

  ok = zip_source_stat (source, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
       zip_source_open (source) == 0;
  if (ok)
    {
      data = g_malloc (MAX (st.size, 1));
      ok = zip_source_read (source, data, st.size) == (zip_int64_t) st.size;
      zip_source_close (source);
    }
  zip_source_free (source);
  zip_error_fini (&zip_error);
  if (!ok)
    {
      g_free (data);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("the document could not be packed"));
      return NULL;
    }
  return g_bytes_new_take (data, st.size);
}

gboolean
gt_docx_writer_write (GtDocxWriter  *self,
                      const char    *path,
                      const char    *register_path,
                      GError       **error)
{
  static const char *const names[] = {
    "[Content_Types].xml", "_rels/.rels", "word/document.xml",
    "word/_rels/document.xml.rels", "word/styles.xml", "word/footer1.xml",
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
  n_parts = 5;
  if (self->page_numbers)
    parts[n_parts++] = make_part (self, footer_part);

  zipped = zip_parts (names, parts, n_parts, &zip_error);
  for (guint i = 0; i < n_parts; i++)
    g_bytes_unref (parts[i]);
  if (zipped == NULL)
    return gt_export_file_set_error (file, zip_error->message, error);
  data = g_bytes_get_data (zipped, &size);
  if (!gt_export_file_write (file, data, size))
    return gt_export_file_set_error (file, NULL, error);
  return gt_export_file_commit (file, error);
}
