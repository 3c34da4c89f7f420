#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace ov::server {

struct PdfColor
{
    double r = 0, g = 0, b = 0;
};

// One PDF page drawn with cairo, text laid out by pango (subset fonts embedded, any script):
// the few primitives an invoice needs, in points from the top left. Deterministic: the same
// calls give the same bytes (the creation date is the caller's, never the clock's).
class PdfCanvas
{
public:
    enum class Align
    {
        Left,
        Right,
        Center
    };
    using Color = PdfColor;

    PdfCanvas(double widthPt, double heightPt, const QString &title, const QString &createdIso);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas &) = delete;
    PdfCanvas &operator=(const PdfCanvas &) = delete;

    double width() const { return m_width; }
    double height() const { return m_height; }

    // Draws `text` in a box `width` wide at (x, y); returns the height it took.
    double text(double x, double y, double width, const QString &text, double size = 9,
                bool bold = false, Align align = Align::Left, Color color = {});
    void rect(double x, double y, double w, double h, Color fill);
    void frame(double x, double y, double w, double h, Color stroke, double lineWidth = 0.6);
    void line(double x1, double y1, double x2, double y2, Color stroke, double lineWidth = 0.6);
    void circle(double cx, double cy, double r, Color fill);
    // A QR code of `data` (libqrencode, level M), `size` points square; false if it cannot.
    bool qr(double x, double y, double size, const QByteArray &data);

    // Ends the document and returns its bytes.
    QByteArray finish();

private:
    double m_width;
    double m_height;
    QByteArray m_bytes;
    cairo_surface_t *m_surface = nullptr;
    cairo_t *m_cr = nullptr;
};

} // namespace ov::server
