package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads a PDF page that has no usable text layer (a scan), by rendering and OCR. */
interface ScannedPageReader {

    PageText read(PDDocument document, int pageNumber, Deadline deadline);
}
