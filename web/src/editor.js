// The playground's SQL editor: CodeMirror 6 with PostgreSQL highlighting and
// a lint gutter for load errors. Bundled by esbuild into dist/editor.js.
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { sql, PostgreSQL } from '@codemirror/lang-sql';
import { setDiagnostics, lintGutter } from '@codemirror/lint';

export function createEditor(parent, doc, { onChange, label, readOnly = false } = {}) {
  const view = new EditorView({
    parent,
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
