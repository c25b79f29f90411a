/* gt-docx-parts.c: the pieces of a Word document: WordprocessingML elements
 * and their properties, text made safe for XML, and the zip.
 *
 * The elements inside w:pPr and w:rPr come in the order the schema gives,
 * which Word insists on. Text is checked before it is written: characters
 * XML 1.0 cannot hold (a control character pasted into a project's name) are
 * dropped, tabs become spaces and line breaks w:br, since a file Word refuses
 * is no use to an office. The zip is made in memory: libzip writes a file of
 * its own by renaming over it, which would bypass gt-export-file.h's checks
 * and temporary.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <zip.h>

#include "gt-docx-private.h"

void
_gt_docx_attribute_int (xmlTextWriterPtr  xml,
                        const char       *name,
                        int               value)
{
  xmlTextWriterWriteFormatAttribute (xml, BAD_CAST name, "%d", value);
}

void
_gt_docx_attribute (xmlTextWriterPtr  xml,
                    const char       *name,
                    const char       *value)
{
  xmlTextWriterWriteAttribute (xml, BAD_CAST name, BAD_CAST value);
}

void
_gt_docx_start (xmlTextWriterPtr  xml,
                const char       *name)
{
  xmlTextWriterStartElement (xml, BAD_CAST name);
}

void
_gt_docx_end (xmlTextWriterPtr xml)
{
  xmlTextWriterEndElement (xml);
}

/* <name w:val="value"/> */
void
_gt_docx_element_val (xmlTextWriterPtr  xml,
                      const char       *name,
                      const char       *value)
{
  _gt_docx_start (xml, name);
  _gt_docx_attribute (xml, "w:val", value);
  _gt_docx_end (xml);
}

void
_gt_docx_element_val_int (xmlTextWriterPtr  xml,
                          const char       *name,
                          int               value)
{
  _gt_docx_start (xml, name);
  _gt_docx_attribute_int (xml, "w:val", value);
  _gt_docx_end (xml);
}

static void
write_fonts (xmlTextWriterPtr  xml,
             const char       *east_asian,
             const char       *latin)
{
  if (east_asian == NULL && latin == NULL)
    return;
  _gt_docx_start (xml, "w:rFonts");
  if (latin != NULL)
    {
      _gt_docx_attribute (xml, "w:ascii", latin);
      _gt_docx_attribute (xml, "w:hAnsi", latin);
    }
  if (east_asian != NULL)
    _gt_docx_attribute (xml, "w:eastAsia", east_asian);
  _gt_docx_end (xml);
}

void
_gt_docx_write_run_properties (xmlTextWriterPtr   xml,
                               const GtDocxStyle *style)
{
  _gt_docx_start (xml, "w:rPr");
  write_fonts (xml, style->east_asian_font, style->latin_font);
  if (style->bold)
    {
      _gt_docx_start (xml, "w:b");
      _gt_docx_end (xml);
      _gt_docx_start (xml, "w:bCs");
      _gt_docx_end (xml);
    }
  if (style->color != NULL)
    _gt_docx_element_val (xml, "w:color", style->color);
  if (style->size > 0)
    {
      _gt_docx_element_val_int (xml, "w:sz", (int) (style->size * 2 + 0.5));
      _gt_docx_element_val_int (xml, "w:szCs", (int) (style->size * 2 + 0.5));
    }
  _gt_docx_end (xml);
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

void
_gt_docx_write_paragraph_properties (xmlTextWriterPtr   xml,
                                     const GtDocxStyle *style,
                                     double             default_size)
{
  double size = style->size > 0 ? style->size : default_size;

  _gt_docx_start (xml, "w:pPr");
  if (style->keep_with_next)
    {
      _gt_docx_start (xml, "w:keepNext");
      _gt_docx_end (xml);
    }
  if (style->rule_below != NULL)
    {
      _gt_docx_start (xml, "w:pBdr");
      _gt_docx_start (xml, "w:bottom");
      _gt_docx_attribute (xml, "w:val", "single");
      _gt_docx_attribute_int (xml, "w:sz", 12);
      _gt_docx_attribute_int (xml, "w:space", 4);
      _gt_docx_attribute (xml, "w:color", style->rule_below);
      _gt_docx_end (xml);
      _gt_docx_end (xml);
    }
  _gt_docx_start (xml, "w:spacing");
  _gt_docx_attribute_int (xml, "w:before", (int) (style->space_before * 20 + 0.5));
  _gt_docx_attribute_int (xml, "w:after", (int) (style->space_after * 20 + 0.5));
  if (style->line_pitch > 0)
    {
      _gt_docx_attribute_int (xml, "w:line", (int) (style->line_pitch * 20 + 0.5));
      _gt_docx_attribute (xml, "w:lineRule", "exact");
    }
  _gt_docx_end (xml);
  if (style->first_line_chars > 0 || style->right_chars > 0)
    {
      /* In characters for Word and WPS, in twips for the others. */
      _gt_docx_start (xml, "w:ind");
      if (style->right_chars > 0)
        {
          _gt_docx_attribute_int (xml, "w:rightChars", (int) (style->right_chars * 100));
          _gt_docx_attribute_int (xml, "w:right", (int) (style->right_chars * size * 20));
        }
      if (style->first_line_chars > 0)
        {
          _gt_docx_attribute_int (xml, "w:firstLineChars", (int) (style->first_line_chars * 100));
          _gt_docx_attribute_int (xml, "w:firstLine", (int) (style->first_line_chars * size * 20));
        }
      _gt_docx_end (xml);
    }
  _gt_docx_element_val (xml, "w:jc", align_name (style->align));
  _gt_docx_end (xml);
}

/* Characters XML 1.0 allows, less those it allows but Word chokes on. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void
_gt_docx_write_text_runs (xmlTextWriterPtr   xml,
                          const char        *text,
                          const GtDocxStyle *style)
{
  g_autoptr(GString) piece = g_string_new (NULL);
  const char *p = text != NULL && g_utf8_validate (text, -1, NULL) ? text : "";

  _gt_docx_start (xml, "w:r");
  _gt_docx_write_run_properties (xml, style);
  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == '\n')
        {
          _gt_docx_start (xml, "w:t");
          _gt_docx_attribute (xml, "xml:space", "preserve");
          xmlTextWriterWriteString (xml, BAD_CAST piece->str);
          _gt_docx_end (xml);
          g_string_truncate (piece, 0);
          if (c == 0)
            break;
          _gt_docx_start (xml, "w:br");
          _gt_docx_end (xml);
          continue;
        }
      if (c == '\t')
        c = ' ';
      if (c == '\r' || !is_xml_char (c))
        continue;
      g_string_append_unichar (piece, c);
    }
  _gt_docx_end (xml);
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
GBytes *
_gt_docx_zip_parts (const char *const *names,
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
