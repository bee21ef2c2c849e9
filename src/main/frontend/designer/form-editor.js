/** <sf-form-editor>: the form-js editor; its content is the form's JSON schema. */
import { ModelEditorElement, messagesByElement, queueBehindImports } from './model-editor-element.js';

import './designer.css';

class FormEditorElement extends ModelEditorElement {

  async createEditor() {
    const { FormEditor } = await import('./form-libraries.js');
    const canvas = document.createElement('div');
    canvas.className = 'sf-editor-canvas';
    this.appendChild(canvas);
    const editor = new FormEditor({ container: canvas });
    editor.on('changed', () => this.changed());
    return editor;
  }

  async load(json) {
    const result = await this._editor.importSchema(JSON.parse(json));
    return result.warnings;
  }

  async save() {
    return JSON.stringify(this._editor.saveSchema(), null, 2);
  }

  /** Components at any depth (groups and dynamic lists hold their own). */
  countElements() {
    const count = components => (components || [])
      .reduce((total, component) => total + 1 + count(component.components), 0);
    return count(this._editor.saveSchema().components);
  }

  /**
   * Problems naming a component id (or key) outline that component in the editor, with the messages as its
   * tooltip; others are left to the designer view's list.
   */
  showProblems(problems) {
    this.querySelectorAll('.sf-problem-field').forEach(node => {
      node.classList.remove('sf-problem-field');
      node.removeAttribute('title');
    });
    const byKey = new Map();
    const index = components => (components || []).forEach(component => {
      byKey.set(component.id, component.id);
      if (component.key) {
        byKey.set(component.key, component.id);
      }
      index(component.components);
    });
    index(this._editor.saveSchema().components);
    messagesByElement(problems).forEach((messages, name) => {
      const id = byKey.get(name);
      const node = id && this.querySelector(`[data-id="${CSS.escape(id)}"]`);
      if (node) {
        node.classList.add('sf-problem-field');
        node.setAttribute('title', messages.join('\n'));
      }
    });
  }
}

queueBehindImports(FormEditorElement, ['showProblems']);

customElements.define('sf-form-editor', FormEditorElement);
