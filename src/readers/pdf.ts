// The PDF parser, bundled on its own (dist/readers/pdf.js) and loaded only when a PDF source is read, so the
// extension's activation and main bundle stay small. unpdf's build of PDF.js runs in Node and in web workers
// without a separate worker file.
export { getDocument } from 'unpdf/pdfjs';
