// The studio page's script (dist/studio/studio-page.js, loaded by demo/qr.html and inlined in
// the single-file studio): the single code's form and the batch panel.
import { startBatchPanel } from './batch-panel.js';
import { startCodeForm } from './code-form.js';

startCodeForm();
startBatchPanel();
