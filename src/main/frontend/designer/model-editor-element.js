/**
 * What the three bpmn.io editors share as custom elements: imports run one after another (and after the editor
 * exists), each import is timed and reported as an 'sf-imported' event instead of throwing, and bursts of edits
 * become one 'sf-changed' event. Light DOM on purpose: the bpmn.io style sheets are global and must reach the
 * editor's markup.
 */
const CHANGE_QUIET_MILLIS = 300;

export class ModelEditorElement extends HTMLElement {

  constructor() {
    super();
    this._work = Promise.resolve();
    this._changeTimer = null;
  }

  connectedCallback() {
    if (!this._creating) {
      this.classList.add('sf-model-editor');
      // The bpmn.io libraries are loaded on first use (see loadLibraries), not with every page of the application.
      this._creating = Promise.resolve(this.createEditor()).then(editor => {
        this._editor = editor;
      });
    } else if (this._editor) {
      // Moved in the page: the editor and its content survive, only its size may have changed.
      this.reconnected();
    }
  }

  disconnectedCallback() {
    // The editor is kept: Vaadin moves elements by detaching and attaching them again.
    this._flushChange();
  }

  /** Imports the text after any import still running; resolves when the 'sf-imported' event has been sent. */
  importContent(text) {
    return this._enqueue(() => this._import(text));
  }

  /** The current model as text, after any import still running. */
  content() {
    return this._enqueue(() => this.save());
  }

  _enqueue(task) {
    const run = this._work.then(() => this._whenCreated()).then(task);
    this._work = run.catch(() => undefined);
    return run;
  }

  _whenCreated() {
    if (this._editor) {
      return undefined;
    }
    // A call that arrives before the element is in the page waits for connectedCallback.
    return new Promise(resolve => {
      const poll = () => (this._editor ? resolve() : requestAnimationFrame(poll));
      poll();
    });
  }

  async _import(text) {
    const started = performance.now();
    let warnings = [];
    let error = null;
    // Editors report the import itself as a change (a cleared command stack); that is not the user's edit.
    this._importing = true;
    try {
      warnings = ((await this.load(text || '')) || []).map(describe);
    } catch (e) {
      error = describe(e);
      warnings = (e && e.warnings ? e.warnings : []).map(describe);
    }
    await firstPaint();
    this._importing = false;
    const durationMillis = Math.round(performance.now() - started);
    const elementCount = error ? 0 : this.countElements();
    this.setAttribute('data-import-ms', String(durationMillis));
    this.setAttribute('data-elements', String(elementCount));
    if (error) {
      this.setAttribute('data-import-error', error);
    } else {
      this.removeAttribute('data-import-error');
    }
    this.dispatchEvent(new CustomEvent('sf-imported', {
      detail: { durationMillis, elementCount, warnings, error }
    }));
    return durationMillis;
  }

  /** Editors call this on every edit; the server hears once per burst. */
  changed() {
    if (this._importing) {
      return;
    }
    clearTimeout(this._changeTimer);
    this._changeTimer = setTimeout(() => this._flushChange(), CHANGE_QUIET_MILLIS);
  }

  _flushChange() {
    if (this._changeTimer === null) {
      return;
    }
    clearTimeout(this._changeTimer);
    this._changeTimer = null;
    this.dispatchEvent(new CustomEvent('sf-changed'));
  }

  // To be provided by each editor; createEditor may return a promise of the editor.
  createEditor() { throw new Error('createEditor'); }
  reconnected() {}
  async load(text) { throw new Error('load'); }
  async save() { throw new Error('save'); }
  countElements() { return 0; }
  showProblems(problems) {}
}

function describe(problem) {
  if (!problem) {
    return 'unknown problem';
  }
  return String(problem.message || problem);
}

function firstPaint() {
  return new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Problems grouped by the element they name, messages joined for a tooltip. */
export function messagesByElement(problems) {
  const grouped = new Map();
  for (const problem of problems || []) {
    if (!problem.elementId) {
      continue;
    }
    const messages = grouped.get(problem.elementId) || [];
    messages.push(problem.message || problem.code || '');
    grouped.set(problem.elementId, messages);
  }
  return grouped;
}

/**
 * Makes the named methods wait for the editor and for earlier imports, so that the server may call them in any
 * order, also before the element is in the page (Vaadin sends the calls right after creating it).
 */
export function queueBehindImports(editorClass, names) {
  names.forEach(name => {
    const direct = editorClass.prototype[name];
    editorClass.prototype[name] = function (...args) {
      return this._enqueue(() => direct.apply(this, args));
    };
  });
}
