/**
 * A properties panel group "Delegate (allowed beans)": service, send and business rule tasks (those not calling a
 * decision) and execution/task listeners pick their delegate from the beans the server allows, which writes
 * camunda:delegateExpression="${bean}". Designers never type an expression that could call any bean (STACK.md
 * pitfall 5); the server still validates on deploy.
 */
import { h } from '@bpmn-io/properties-panel/preact';
import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

const GROUP_ID = 'sf-allowed-beans';
const BEAN_EXPRESSION = /^\$\{\s*([A-Za-z_$][\w$]*)\s*\}$/;

/** A module per modeler, so that each editor has its own list of beans. */
export function allowedBeansModule(allowedBeans) {
  return {
    __init__: ['sfAllowedBeansProvider'],
    sfAllowedBeansProvider: ['type', AllowedBeansProvider],
    sfAllowedBeans: ['value', allowedBeans]
  };
}

class AllowedBeansProvider {

  constructor(propertiesPanel, sfAllowedBeans) {
    this._allowedBeans = sfAllowedBeans;
    // Below the Camunda provider (priority 1000 for the base groups), so that its groups exist to be placed after.
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element) {
    return groups => {
      const entries = delegateEntries(element, this._allowedBeans);
      if (!entries.length) {
        return groups;
      }
      const group = { id: GROUP_ID, label: 'Delegate (allowed beans)', entries };
      const implementation = groups.findIndex(g => g.id === 'CamundaPlatform__Implementation');
      const general = groups.findIndex(g => g.id === 'general');
      const at = implementation >= 0 ? implementation + 1 : general + 1;
      groups.splice(at, 0, group);
      return groups;
    };
  }
}

AllowedBeansProvider.$inject = ['propertiesPanel', 'sfAllowedBeans'];

function delegateEntries(element, allowedBeans) {
  const businessObject = getBusinessObject(element);
  const entries = [];
  if (takesDelegate(businessObject)) {
    // Entries hand their fields to the component; a stable component keeps Preact from remounting the select.
    entries.push({ id: 'sf-delegate-bean', component: ElementDelegate, isEdited: isSelectEntryEdited, allowedBeans });
  }
  listenersOf(businessObject).forEach((listener, index) => {
    entries.push({
      id: `sf-listener-${index}-bean`,
      component: ListenerDelegate,
      isEdited: isSelectEntryEdited,
      listener,
      allowedBeans
    });
  });
  return entries;
}

function takesDelegate(businessObject) {
  if (is(businessObject, 'bpmn:ServiceTask') || is(businessObject, 'bpmn:SendTask')) {
    return businessObject.get('camunda:type') !== 'external';
  }
  return is(businessObject, 'bpmn:BusinessRuleTask') && !businessObject.get('camunda:decisionRef');
}

function listenersOf(businessObject) {
  const extensions = businessObject.get('extensionElements');
  return (extensions ? extensions.get('values') : [])
    .filter(value => is(value, 'camunda:ExecutionListener') || is(value, 'camunda:TaskListener'));
}

function ElementDelegate(props) {
  const { element, id, allowedBeans } = props;
  const modeling = useService('modeling');
  return h(SelectEntry, {
    element,
    id,
    label: 'Bean',
    getValue: () => beanOf(getBusinessObject(element).get('camunda:delegateExpression')),
    setValue: bean => modeling.updateProperties(element, bean ? {
      'camunda:delegateExpression': '${' + bean + '}',
      'camunda:class': undefined,
      'camunda:expression': undefined,
      'camunda:resultVariable': undefined,
      'camunda:type': undefined,
      'camunda:topic': undefined
    } : { 'camunda:delegateExpression': undefined }),
    getOptions: () => options(allowedBeans.names, beanOf(getBusinessObject(element).get('camunda:delegateExpression')))
  });
}

function ListenerDelegate(props) {
  const { element, id, listener, allowedBeans } = props;
  const modeling = useService('modeling');
  const kind = is(listener, 'camunda:TaskListener') ? 'Task listener' : 'Execution listener';
  return h(SelectEntry, {
    element,
    id,
    label: `${kind} (${listener.get('event') || 'no event'})`,
    getValue: () => beanOf(listener.get('delegateExpression')),
    setValue: bean => modeling.updateModdleProperties(element, listener, bean ? {
      delegateExpression: '${' + bean + '}',
      class: undefined,
      expression: undefined,
      script: undefined
    } : { delegateExpression: undefined }),
    getOptions: () => options(allowedBeans.names, beanOf(listener.get('delegateExpression')))
  });
}

function beanOf(expression) {
  const match = BEAN_EXPRESSION.exec(expression || '');
  return match ? match[1] : '';
}

/** The allowed beans, plus the current one if it is not allowed, so that the select shows the truth. */
function options(names, current) {
  const choices = [{ value: '', label: '(none)' }];
  (names || []).forEach(name => choices.push({ value: name, label: name }));
  if (current && !(names || []).includes(current)) {
    choices.push({ value: current, label: `${current} (not allowed)` });
  }
  return choices;
}
