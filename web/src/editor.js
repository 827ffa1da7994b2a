// The playground's SQL editor: CodeMirror 6 with PostgreSQL highlighting and
// a lint gutter for load errors. Bundled by esbuild into dist/editor.js.
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { sql, PostgreSQL } from '@codemirror/lang-sql';
import { setDiagnostics, lintGutter } from '@codemirror/lint';

// The editor lives in a shadow root: there CodeMirror installs its styles as
// constructed (adopted) style sheets, which a strict Content-Security-Policy
// (style-src 'self', no 'unsafe-inline') allows; in the document itself it
// would add <style> elements, which that policy blocks.
const hostSheet = new CSSStyleSheet();
hostSheet.replaceSync(`
  :host { display: block; height: 100%; }
  .wrap { height: 100%; }
  .cm-editor { height: 100%; font-size: 13px; }
  .cm-editor.cm-focused { outline: none; }
  .cm-scroller { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; line-height: 1.5; }
  .cm-gutters { background: #fafbfc; border-right: 1px solid #eceef2; color: #9aa3b2; }
  .cm-activeLineGutter { background: #eef1f5; }
  .cm-activeLine { background: #f7f9fc; }
`);

export function createEditor(host, doc, { onChange, label, readOnly = false } = {}) {
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, hostSheet];
  const parent = document.createElement('div');
  parent.className = 'wrap';
  root.append(parent);
  const view = new EditorView({
    parent,
    root,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        sql({ dialect: PostgreSQL }),
        lintGutter(),
        EditorView.lineWrapping,
        EditorState.readOnly.of(readOnly),
        EditorView.contentAttributes.of(label ? { 'aria-label': label } : {}),
        EditorView.updateListener.of((u) => { if (u.docChanged && onChange) onChange(); }),
      ],
    }),
  });
  return {
    view,
    get text() { return view.state.doc.toString(); },
    set text(t) { view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: t } }); },
    /** mark an error at a 0-based offset (or clear with null) */
    showError(err) {
      if (!err) { view.dispatch(setDiagnostics(view.state, [])); return; }
      const len = view.state.doc.length;
      const from = Math.max(0, Math.min(err.offset, len));
      const line = view.state.doc.lineAt(from);
      const to = Math.max(from + 1, Math.min(line.to, len));
      view.dispatch(setDiagnostics(view.state, [{ from, to: Math.min(to, len), severity: 'error', message: err.message }]));
      view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
    },
  };
}
