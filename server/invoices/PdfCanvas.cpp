#include "PdfCanvas.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#include <cmath>

namespace ov::server {

namespace {
cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data),
                                               qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

void setColor(cairo_t *cr, PdfCanvas::Color c)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}
} // namespace

PdfCanvas::PdfCanvas(double widthPt, double heightPt, const QString &title,
                     const QString &createdIso)
    : m_width(widthPt)
    , m_height(heightPt)
{
    m_surface = cairo_pdf_surface_create_for_stream(appendTo, &m_bytes, widthPt, heightPt);
    cairo_pdf_surface_restrict_to_version(m_surface, CAIRO_PDF_VERSION_1_5);
    const QByteArray t = title.toUtf8();
    const QByteArray created = createdIso.toUtf8();
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_TITLE, t.constData());
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATOR, "Oficina Virtual");
    // Set, so cairo does not stamp the current time: the same invoice, the same bytes.
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATE_DATE, created.constData());
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_MOD_DATE, created.constData());
    m_cr = cairo_create(m_surface);
}

PdfCanvas::~PdfCanvas()
{
    if (m_cr)
        cairo_destroy(m_cr);
    if (m_surface)
        cairo_surface_destroy(m_surface);
}

double PdfCanvas::text(double x, double y, double width, const QString &text, double size,
                       bool bold, Align align, Color color)
{
    PangoLayout *layout = pango_cairo_create_layout(m_cr);
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, "DejaVu Sans");
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, int(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, align == Align::Right    ? PANGO_ALIGN_RIGHT
                                       : align == Align::Center ? PANGO_ALIGN_CENTER
                                                                : PANGO_ALIGN_LEFT);
    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(layout, utf8.constData(), int(utf8.size()));
    setColor(m_cr, color);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, layout);
    int w = 0;
    int h = 0;
    pango_layout_get_size(layout, &w, &h);
    pango_font_description_free(font);
    g_object_unref(layout);
    return double(h) / PANGO_SCALE;
}

void PdfCanvas::rect(double x, double y, double w, double h, Color fill)
{
    setColor(m_cr, fill);
    cairo_rectangle(m_cr, x, y, w, h);
    cairo_fill(m_cr);
}

void PdfCanvas::frame(double x, double y, double w, double h, Color stroke, double lineWidth)
{
    setColor(m_cr, stroke);
    cairo_set_line_width(m_cr, lineWidth);
    cairo_rectangle(m_cr, x, y, w, h);
    cairo_stroke(m_cr);
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, Color stroke, double lineWidth)
{
    setColor(m_cr, stroke);
    cairo_set_line_width(m_cr, lineWidth);
    cairo_move_to(m_cr, x1, y1);
    cairo_line_to(m_cr, x2, y2);
    cairo_stroke(m_cr);
}

void PdfCanvas::circle(double cx, double cy, double r, Color fill)
{
    setColor(m_cr, fill);
    cairo_arc(m_cr, cx, cy, r, 0, 2 * M_PI);
    cairo_fill(m_cr);
}

bool PdfCanvas::qr(double x, double y, double size, const QByteArray &data)
{
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return false;
    const int n = code->width;
    const double module = size / double(n + 8); // a quiet zone of four modules on each side
    rect(x, y, size, size, {1, 1, 1});
    setColor(m_cr, {0, 0, 0});
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col)
            if (code->data[row * n + col] & 1)
                cairo_rectangle(m_cr, x + (col + 4) * module, y + (row + 4) * module, module,
                                module);
    cairo_fill(m_cr);
    QRcode_free(code);
    return true;
}

QByteArray PdfCanvas::finish()
{
    cairo_show_page(m_cr);
    cairo_destroy(m_cr);
    m_cr = nullptr;
    cairo_surface_finish(m_surface);
    cairo_surface_destroy(m_surface);
    m_surface = nullptr;
    return m_bytes;
}

} // namespace ov::server
