"""A document before it goes to paper: its pages rendered one under the other (PDFium, through
pypdfium2 — QtPdf is not in PySide6-Essentials), zoom, printing to any installed printer
through Qt's print dialog, and saving the PDF itself (the exact file, not a re-rendering).

`print_pdf` is the printing: each page rendered at the printer's resolution (at most 300 dpi)
and painted on the whole sheet — the documents keep their own margins — so it works with any
printer Qt knows, on Windows as on CUPS. Pages render on the GUI thread as they scroll into
view (a few kept); PDFium must not be used from two threads at once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.error_box import message_box, show_error
from qiuxue_desktop.views.settings_store import last_folder, remember_folder

if TYPE_CHECKING:
    from qiuxue_desktop.io.pdf.documents import PdfDocument
    from qiuxue_desktop.views.context import AppContext

GAP = 14  # pixels between pages
MAX_PRINT_DPI = 300
CACHED_PAGES = 8
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One page as an image at `dpi` (white paper, 32-bit)."""
    bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
    image = QImage(
        bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
    )
    return image.copy()  # own the pixels: the bitmap's buffer goes away with it


def print_pdf(data: bytes, printer: QPrinter, on_page: Callable[[int, int], bool] | None = None) -> int:
    """Print the PDF `data` on `printer` (its page range respected); returns the pages printed.
    `on_page(done, total)` is called after each page; returning False stops and aborts the job."""
    pdf = pdfium.PdfDocument(data)
    try:
        count = len(pdf)
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        width, height = pdf[first - 1].get_size()
        size = QPageSize(
            QSizeF(min(width, height), max(width, height)),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
        orientation = (
            QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(QApplication.translate("preview", "无法开始打印：打印机不可用或文件无法写入"))
        printed = 0
        try:
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                painter.drawImage(target, page_image(pdf[number - 1], dpi))
                printed += 1
                if on_page is not None and not on_page(printed, last - first + 1):
                    printer.abort()
                    break
        finally:
            painter.end()
        return printed
    finally:
        pdf.close()


class PageCanvas(QWidget):
    """The pages one under the other, centred, at a zoom (1.0: 96 pixels an inch)."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPages")
        self._pdf = pdfium.PdfDocument(data)
        self.sizes = [self._pdf[i].get_size() for i in range(len(self._pdf))]
        self._zoom = 1.0
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._closed = False
        self.setAutoFillBackground(False)
        self._resize()

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._cache.clear()
        self._resize()
        self.update()

    def _scale(self) -> float:
        return self._zoom * 96 / 72  # pixels per point

    def page_rects(self) -> list[QRect]:
        scale = self._scale()
        width = self.width()
        rects, y = [], GAP
        for w, h in self.sizes:
            pw, ph = round(w * scale), round(h * scale)
            rects.append(QRect(max(GAP, (width - pw) // 2), y, pw, ph))
            y += ph + GAP
        return rects

    def _resize(self) -> None:
        scale = self._scale()
        width = max((round(w * scale) for w, _h in self.sizes), default=0) + 2 * GAP
        height = sum(round(h * scale) + GAP for _w, h in self.sizes) + GAP
        self.setMinimumSize(width, height)
        self.resize(max(width, self.width()), height)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def image(self, index: int) -> QImage:
        """Page `index` rendered for the screen at the current zoom (kept while it is recent)."""
        if index in self._cache:
            self._cache.move_to_end(index)
            return self._cache[index]
        ratio = self.devicePixelRatioF()
        image = page_image(self._pdf[index], 96 * self._zoom * ratio)
        image.setDevicePixelRatio(ratio)
        self._cache[index] = image
        while len(self._cache) > CACHED_PAGES:
            self._cache.popitem(last=False)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(128, 128, 128))
        for index, rect in enumerate(self.page_rects() if not self._closed else []):
            if rect.intersects(event.rect()):
                painter.fillRect(rect.translated(3, 3), QColor(70, 70, 70))
                painter.drawImage(rect, self.image(index))
        painter.end()

    def close_document(self) -> None:
        if not self._closed:
            self._closed = True
            self._cache.clear()
            self._pdf.close()


class PreviewDialog(QDialog):
    """The document's pages, and what can be done with them: print, save as PDF, close."""

    def __init__(self, ctx: AppContext, document: PdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ctx = ctx
        self.document = document
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=document.title))
        self.canvas = PageCanvas(document.data, self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("previewScroll")
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_label = QLabel(self.tr("共 {n} 页").format(n=self.canvas.page_count), self)
        self.pages_label.setObjectName("previewPageCount")
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.setObjectName("previewPrint")
        self.save_button = QPushButton(self.tr("另存为 PDF…"), self)
        self.save_button.setObjectName("previewSave")
        self.zoom_out = QPushButton(self.tr("缩小"), self)
        self.zoom_in = QPushButton(self.tr("放大"), self)
        close = QPushButton(self.tr("关闭"), self)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.zoom_out.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self._step_zoom(1))
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button, self.zoom_out, self.zoom_in, self.pages_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1280, 900)
        self.resize(min(self.canvas.width() + 60, screen.width() - 80), min(960, screen.height() - 80))
        self._fit_width()

    def _fit_width(self) -> None:
        widest = max((w for w, _h in self.canvas.sizes), default=595)
        room = max(300, self.scroll_area.viewport().width() - 2 * GAP)
        fitting = [z for z in ZOOMS if widest * z * 96 / 72 <= room]
        self.canvas.set_zoom(fitting[-1] if fitting else ZOOMS[0])

    def _step_zoom(self, step: int) -> None:
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.canvas.zoom))
        self.canvas.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, index + step))])

    # --- printing and saving -------------------------------------------------------------

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.canvas.page_count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on a printer already set up; a progress dialog for a long document. Returns pages."""
        total = self.canvas.page_count
        progress = QProgressDialog(self.tr("正在打印……"), self.tr("取消"), 0, total, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def on_page(done: int, of: int) -> bool:
            progress.setMaximum(of)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            printed = print_pdf(self.document.data, printer, on_page)
        except OSError as exc:
            show_error(self, exc)
            return 0
        finally:
            progress.close()
            progress.deleteLater()
        return printed

    def save_with_dialog(self) -> None:
        suggested = str(Path(last_folder("documents")) / self.document.file_name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), suggested, self.tr("PDF 文件 (*.pdf)")
        )
        if chosen:
            remember_folder("documents", chosen)
            self.save_to(Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"))

    def save_to(self, path: Path) -> None:
        """Write the PDF on the file worker; say where it went."""
        from qiuxue_desktop.io.pdf.documents import write_pdf

        def saved(target: Path) -> None:
            message_box(self, self.tr("已保存"), self.tr("已保存到 {path}").format(path=target))

        def failed(exc: BaseException) -> bool:
            show_error(self, exc)
            return True

        self._ctx.runner.files(write_pdf, path, self.document.data, on_done=saved, on_error=failed)

    def done(self, result: int) -> None:
        self.canvas.close_document()
        super().done(result)
