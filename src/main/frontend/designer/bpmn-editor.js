/**
 * <sf-bpmn-editor>: bpmn-js with the Camunda 7 properties panel (canvas left, panel right), or, with the
 * read-only attribute, a NavigatedViewer for side-by-side comparisons. Problems and changes are shown as marker
 * classes on the shapes; see designer.css.
 */
import { ModelEditorElement, messagesByElement, queueBehindImports } from './model-editor-element.js';

import './designer.css';

const CHANGE_KINDS = ['added', 'changed', 'removed'];

class BpmnEditorElement extends ModelEditorElement {

  async createEditor() {
    const {
      Modeler, NavigatedViewer, BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule, CamundaPlatformBehaviorsModule, camundaModdle, allowedBeansModule
    } = await import('./bpmn-libraries.js');
    this._allowedBeans = { names: [] };
    this._problemIds = [];
    this._changeIds = [];
    const readOnly = this.hasAttribute('read-only');
    const canvas = document.createElement('div');
    canvas.className = 'sf-editor-canvas';
    this.appendChild(canvas);
    if (readOnly) {
      return new NavigatedViewer({ container: canvas, moddleExtensions: { camunda: camundaModdle } });
    }
    const panel = document.createElement('div');
    panel.className = 'sf-editor-panel';
    this.appendChild(panel);
    const modeler = new Modeler({
      container: canvas,
      propertiesPanel: { parent: panel },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaPlatformBehaviorsModule,
        allowedBeansModule(this._allowedBeans)
      ],
      moddleExtensions: { camunda: camundaModdle }
    });
    modeler.on('commandStack.changed', event => event.trigger !== 'clear' && this.changed());
    return modeler;
  }

  reconnected() {
    this._editor.get('canvas').resized();
  }

  async load(xml) {
    const result = await this._editor.importXML(xml);
    this._problemIds = [];
    this._changeIds = [];
    this._editor.get('canvas').zoom('fit-viewport', 'auto');
    return result.warnings;
  }

  async save() {
    const { xml } = await this._editor.saveXML({ format: true });
    return xml;
  }

  countElements() {
    // Shapes and connections; labels and the invisible root planes are not elements a designer drew.
    return this._editor.get('elementRegistry')
      .filter(element => element.parent && element.type !== 'label' && !element.labelTarget).length;
  }

  showProblems(problems) {
    const canvas = this._editor.get('canvas');
    const overlays = this._editor.get('overlays');
    const registry = this._editor.get('elementRegistry');
    this._problemIds.forEach(id => registry.get(id) && canvas.removeMarker(id, 'sf-problem'));
    overlays.remove({ type: 'sf-problem' });
    this._problemIds = [];
    messagesByElement(problems).forEach((messages, id) => {
      const element = registry.get(id);
      if (!element) {
        return;
      }
      canvas.addMarker(element, 'sf-problem');
      const badge = document.createElement('div');
      badge.className = 'sf-problem-badge';
      badge.textContent = messages.length > 1 ? String(messages.length) : '!';
      badge.title = messages.join('\n');
      overlays.add(element, 'sf-problem', { position: { top: -10, right: 10 }, html: badge });
      this._problemIds.push(id);
    });
  }

  showChanges(kindsById) {
    const canvas = this._editor.get('canvas');
    const registry = this._editor.get('elementRegistry');
    this._changeIds.forEach(id => {
      if (registry.get(id)) {
        CHANGE_KINDS.forEach(kind => canvas.removeMarker(id, 'sf-' + kind));
      }
    });
    this._changeIds = [];
    Object.entries(kindsById || {}).forEach(([id, kind]) => {
      if (registry.get(id) && CHANGE_KINDS.includes(kind)) {
        canvas.addMarker(id, 'sf-' + kind);
        this._changeIds.push(id);
      }
    });
  }

  selectElement(id) {
    const element = this._editor.get('elementRegistry').get(id);
    if (!element) {
      return;
    }
    const canvas = this._editor.get('canvas');
    // An element inside a collapsed sub-process lives on its own plane.
    const root = canvas.findRoot ? canvas.findRoot(element) : null;
    if (root && root !== canvas.getRootElement()) {
      canvas.setRootElement(root);
    }
    const selection = this._editor.get('selection', false);
    if (selection) {
      selection.select(element);
    }
    canvas.scrollToElement(element);
  }

  setAllowedBeans(names) {
    this._allowedBeans.names = names || [];
    const eventBus = this._editor.get('eventBus');
    if (this._editor.get('propertiesPanel', false)) {
      eventBus.fire('propertiesPanel.providersChanged');
    }
  }
}

queueBehindImports(BpmnEditorElement, ['showProblems', 'showChanges', 'selectElement', 'setAllowedBeans']);

customElements.define('sf-bpmn-editor', BpmnEditorElement);
