package com.billaudit.ocr;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

import java.awt.geom.Point2D;

/**
 * Walks a PDF page's content for the images it draws: paths are not built, and what paints
 * other than an image (a stroke, a fill, a shading) is only announced, to {@link #paintsOther}.
 */
abstract class PageImagesEngine extends PDFGraphicsStreamEngine {

    PageImagesEngine(PDPage page) {
        super(page);
    }

    /** Something other than an image is painted on the page; by default of no interest. */
    void paintsOther() {
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
        paintsOther();
    }

    @Override
    public void fillPath(int windingRule) {
        paintsOther();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paintsOther();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        paintsOther();
    }
}
