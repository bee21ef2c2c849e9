/**
 * <sf-dmn-editor>: the dmn-js modeler, opened on the decision table of the first decision rather than the
 * requirements diagram, because the rules are what designers change.
 */
import { ModelEditorElement, messagesByElement, queueBehindImports } from './model-editor-element.js';

import './designer.css';

class DmnEditorElement extends ModelEditorElement {

  async createEditor() {
    const { DmnModeler } = await import('./dmn-libraries.js');
    const canvas = document.createElement('div');
    canvas.className = 'sf-editor-canvas';
    this.appendChild(canvas);
    const modeler = new DmnModeler({ container: canvas });
    // Each view (requirements diagram, each table) has its own command stack.
    const watched = new WeakSet();
    modeler.on('views.changed', () => {
      const viewer = modeler.getActiveViewer();
      if (viewer && !watched.has(viewer)) {
        watched.add(viewer);
        viewer.get('eventBus').on('commandStack.changed', event => event.trigger !== 'clear' && this.changed());
      }
    });
    return modeler;
  }

  reconnected() {
    const viewer = this._editor.getActiveViewer();
    const canvas = viewer && viewer.get('canvas', false);
    if (canvas) {
      canvas.resized();
    }
  }

  async load(xml) {
    const result = await this._editor.importXML(xml);
    const table = this._editor.getViews().find(view => view.type === 'decisionTable');
    if (table) {
      await this._editor.open(table);
    }
    return result.warnings;
  }

  async save() {
    const { xml } = await this._editor.saveXML({ format: true });
    return xml;
  }

  /** Rules of all decision tables: what a designer edits in DMN. */
  countElements() {
    const definitions = this._editor.getDefinitions();
    return ((definitions && definitions.drgElement) || [])
      .map(element => element.decisionLogic)
      .filter(logic => logic && logic.$type === 'dmn:DecisionTable')
      .reduce((rules, table) => rules + (table.rule || []).length, 0);
  }

  /**
   * Best effort: the table view has no overlays. Problems naming a decision (or its table) of this file outline the
   * editor and list their messages in its tooltip; the designer view lists them all anyway.
   */
  showProblems(problems) {
    const definitions = this._editor.getDefinitions();
    const ids = new Set();
    ((definitions && definitions.drgElement) || []).forEach(element => {
      ids.add(element.id);
      if (element.decisionLogic) {
        ids.add(element.decisionLogic.id);
        (element.decisionLogic.rule || []).forEach(rule => ids.add(rule.id));
      }
    });
    const messages = [];
    messagesByElement(problems).forEach((texts, id) => ids.has(id) && messages.push(...texts));
    this.classList.toggle('sf-has-problems', messages.length > 0);
    if (messages.length) {
      this.setAttribute('title', messages.join('\n'));
    } else {
      this.removeAttribute('title');
    }
  }
}

queueBehindImports(DmnEditorElement, ['showProblems']);

customElements.define('sf-dmn-editor', DmnEditorElement);
