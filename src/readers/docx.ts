// The Word (.docx) reader, bundled on its own (dist/readers/docx.js) and loaded only when a .docx source is read.
// mammoth's browser build (JSZip, no file system) runs in Node and in web workers alike.
export { extractRawText } from 'mammoth';
