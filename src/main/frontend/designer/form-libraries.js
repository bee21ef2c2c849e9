/** The form-js editor, loaded by <sf-form-editor> on first use. */
import { FormEditor } from '@bpmn-io/form-js';

import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js/dist/assets/properties-panel.css';

export { FormEditor };
