"""Validation findings in the user's language. The Qt-free validation layer words its
findings in English with every detail; here each finding code has a translatable sentence
naming the nodes (%1) and a translatable hint. In an English interface the detailed English
text is shown as it is; in another language the translated sentence is shown, with the
English details in the tooltip."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FINDING_TEXTS: dict[str, tuple[str, str]] = {
    "resource-id-clash": (QT_TRANSLATE_NOOP("Findings", "A shared resource has the same id as %1."),
                          QT_TRANSLATE_NOOP("Findings", "Give the resource or the node another id.")),
    "resource-outside-back-office": (QT_TRANSLATE_NOOP("Findings", "%1 depends on a shared resource but is not a backstage or support node."),
                                     QT_TRANSLATE_NOOP("Findings", "Move the dependency to the backstage or support step that uses it.")),
    "resource-unknown": (QT_TRANSLATE_NOOP("Findings", "%1 depends on a resource that is not in the catalogue."),
                         QT_TRANSLATE_NOOP("Findings", "Add the resource to the catalogue or choose an existing one.")),
    "resource-owner-differs": (QT_TRANSLATE_NOOP("Findings", "%1 and its shared resource have different owners."),
                               QT_TRANSLATE_NOOP("Findings", "Agree on one owner, or link the node to the right resource.")),
    "resource-category-differs": (QT_TRANSLATE_NOOP("Findings", "%1 and its shared resource have different categories."),
                                  QT_TRANSLATE_NOOP("Findings", "Correct the category of the node or of the resource.")),
    "volume-not-touchpoint": (QT_TRANSLATE_NOOP("Findings", "%1 has a volume of customer visits but is not a touchpoint."),
                              QT_TRANSLATE_NOOP("Findings", "Remove the volume, or give it to the touchpoint the customers visit.")),
    "empty-label": (QT_TRANSLATE_NOOP("Findings", "%1 has no label."), QT_TRANSLATE_NOOP("Findings", "Give the node a short label.")),
    "invalid-lane": (QT_TRANSLATE_NOOP("Findings", "%1 is in an unknown lane."),
                     QT_TRANSLATE_NOOP("Findings", "Move the node into one of the five lanes.")),
    "invalid-failure-probability": (QT_TRANSLATE_NOOP("Findings", "%1 has a failure probability outside 0 to 1."),
                                    QT_TRANSLATE_NOOP("Findings", "Enter a probability between 0 and 1.")),
    "invalid-requires": (QT_TRANSLATE_NOOP("Findings", "%1 has an invalid “requires” value."),
                         QT_TRANSLATE_NOOP("Findings", "Choose all, any, or a number of supports of at least 1.")),
    "invalid-edge-kind": (QT_TRANSLATE_NOOP("Findings", "The connection between %1 has an unknown kind."),
                          QT_TRANSLATE_NOOP("Findings", "Make it a flow or a support connection.")),
    "unknown-node": (QT_TRANSLATE_NOOP("Findings", "%1 is referred to but does not exist."),
                     QT_TRANSLATE_NOOP("Findings", "Remove the connections that refer to it, or add the node again.")),
    "unknown-stage": (QT_TRANSLATE_NOOP("Findings", "%1 is placed in a stage that does not exist."),
                      QT_TRANSLATE_NOOP("Findings", "Move the node into an existing stage.")),
    "unknown-incident-node": (QT_TRANSLATE_NOOP("Findings", "Incident records name %1, which is not in the blueprint."),
                              QT_TRANSLATE_NOOP("Findings", "Correct the incident log or add the missing node.")),
    "requires-out-of-range": (QT_TRANSLATE_NOOP("Findings", "%1 needs more working supports than it has."),
                              QT_TRANSLATE_NOOP("Findings", "Lower the number it requires or add the missing supports.")),
    "support-cycle": (QT_TRANSLATE_NOOP("Findings", "Support connections run in a circle: %1."),
                      QT_TRANSLATE_NOOP("Findings", "Remove or reverse one support connection in the circle.")),
    "support-cycles-truncated": (QT_TRANSLATE_NOOP("Findings", "There are many more support circles among %1."),
                                 QT_TRANSLATE_NOOP("Findings", "Untangle the support connections between these nodes.")),
    "no-flow": (QT_TRANSLATE_NOOP("Findings", "The journey has no flow connections."),
                QT_TRANSLATE_NOOP("Findings", "Connect the customer actions and touchpoints in the order of the journey.")),
    "flow-without-start": (QT_TRANSLATE_NOOP("Findings", "The journey through %1 has no start."),
                           QT_TRANSLATE_NOOP("Findings", "Let the journey begin with a customer action.")),
    "flow-start-not-customer": (QT_TRANSLATE_NOOP("Findings", "The journey starts at %1, not at a customer action."),
                                QT_TRANSLATE_NOOP("Findings", "Begin the journey with what the customer does.")),
    "flow-without-end": (QT_TRANSLATE_NOOP("Findings", "The journey through %1 has no end."),
                         QT_TRANSLATE_NOOP("Findings", "Let the journey end with a customer action.")),
    "flow-end-not-customer": (QT_TRANSLATE_NOOP("Findings", "The journey ends at %1, not at a customer action."),
                              QT_TRANSLATE_NOOP("Findings", "Close the loop: end the journey with what the customer does.")),
    "touchpoint-off-flow": (QT_TRANSLATE_NOOP("Findings", "Touchpoint %1 is not on the journey."),
                            QT_TRANSLATE_NOOP("Findings", "Connect it by flow to the customer actions before and after it.")),
    "flow-bypasses-touchpoint": (QT_TRANSLATE_NOOP("Findings", "The flow %1 jumps between the customer and the back office."),
                                 QT_TRANSLATE_NOOP("Findings", "Route it through the touchpoint where the customer meets the service.")),
    "touchpoint-unsupported": (QT_TRANSLATE_NOOP("Findings", "Nothing behind the line of visibility supports touchpoint %1."),
                               QT_TRANSLATE_NOOP("Findings", "Add the backstage work and support processes it needs.")),
    "supports-nothing": (QT_TRANSLATE_NOOP("Findings", "%1 supports nothing."),
                         QT_TRANSLATE_NOOP("Findings", "Connect it to the step it makes possible, or remove it.")),
    "missing-owner": (QT_TRANSLATE_NOOP("Findings", "%1 has no owner."),
                      QT_TRANSLATE_NOOP("Findings", "Name the department or responsible post that answers for it.")),
    "stage-without-customer-action": (QT_TRANSLATE_NOOP("Findings", "Stage %1 has no customer action."),
                                      QT_TRANSLATE_NOOP("Findings", "Add what the customer does in this stage, or merge the stage.")),
    "commitment-level-lane": (QT_TRANSLATE_NOOP("Findings", "A commitment on %1 is at the wrong level for its lane."),
                              QT_TRANSLATE_NOOP("Findings", "Level 1 belongs on touchpoints, levels 2 and 3 behind the line of visibility.")),
    "commitment-without-parent": (QT_TRANSLATE_NOOP("Findings", "A lower commitment on %1 has no parent."),
                                  QT_TRANSLATE_NOOP("Findings", "Attach it to the commitment one level up that it carries.")),
    "commitment-unknown-parent": (QT_TRANSLATE_NOOP("Findings", "A commitment on %1 names a parent that does not exist."),
                                  QT_TRANSLATE_NOOP("Findings", "Choose an existing commitment one level up.")),
    "commitment-parent-level": (QT_TRANSLATE_NOOP("Findings", "A commitment on %1 hangs under a parent of the wrong level."),
                                QT_TRANSLATE_NOOP("Findings", "Its parent must be exactly one level up.")),
    "commitment-unit-mismatch": (QT_TRANSLATE_NOOP("Findings", "A commitment on %1 uses a unit that cannot convert to its parent's."),
                                 QT_TRANSLATE_NOOP("Findings", "Use units of the same kind (durations with durations).")),
    "commitment-incomplete": (QT_TRANSLATE_NOOP("Findings", "A commitment on %1 has no target, unit or name."),
                              QT_TRANSLATE_NOOP("Findings", "Complete the commitment so it can be measured.")),
    "commitment-budget-overrun": (QT_TRANSLATE_NOOP("Findings", "The lower commitments under %1 add up to more than its promise."),
                                  QT_TRANSLATE_NOOP("Findings", "Tighten the lower targets or renegotiate the promise.")),
    "commitment-unplaced": (QT_TRANSLATE_NOOP("Findings", "A lower commitment on %1 is on no support path to its parent's step."),
                            QT_TRANSLATE_NOOP("Findings", "Connect its step by support to the step its parent is on.")),
    "execution-unknown-commitment": (QT_TRANSLATE_NOOP("Findings", "Execution records name commitments that do not exist."),
                                     QT_TRANSLATE_NOOP("Findings", "Correct the execution log or add the commitments.")),
    "fmea-not-fail-point": (QT_TRANSLATE_NOOP("Findings", "%1 has FMEA scores but is not marked as a fail point."),
                            QT_TRANSLATE_NOOP("Findings", "Mark it as a fail point or remove the scores.")),
    "perception-off-touchpoint": (QT_TRANSLATE_NOOP("Findings", "Perception points on %1, which is not a touchpoint."),
                                  QT_TRANSLATE_NOOP("Findings", "Move them to the touchpoint the customer judges.")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


def _name(bp, item_id: str) -> str:
    if bp.has_node(item_id):
        return f"“{bp.node(item_id).label}”"
    if bp.has_stage(item_id):
        return f"“{bp.stage(item_id).name}”"
    if bp.has_edge(item_id):
        edge = bp.edge(item_id)
        ends = [bp.node(n).label if bp.has_node(n) else n for n in (edge.source, edge.target)]
        return f"“{ends[0]}” → “{ends[1]}”"
    return item_id


def item_names(bp, ids) -> str:
    """The nodes and stages of a finding by their names, in the interface's list style."""
    return tr(", ").join(_name(bp, i) for i in ids)


def finding_texts(bp, finding) -> tuple[str, str, str]:
    """(message, hint, tooltip) for the Validation dock."""
    entry = FINDING_TEXTS.get(finding.code)
    detail = f"{finding.code}: {finding.message}"
    if entry is None:
        return finding.message, finding.hint, detail
    # Always the table's sentence with labels filled in: the analysis' own message names ids.
    message, hint = tr(entry[0]), tr(entry[1])
    # Chinese lists take the enumeration comma; other languages a comma and a space.
    separator = "、" if re.search("[\u4e00-\u9fff]", message) else ", "
    names = separator.join(_name(bp, i) for i in finding.ids[:8])
    if len(finding.ids) > 8:
        names += tr(" and %1 more").replace("%1", str(len(finding.ids) - 8))
    return message.replace("%1", names), hint, detail
