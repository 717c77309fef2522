"""A saved complaint checked against the marking points of the qualification the product
follows (the seeds' "Examiner Marking Points"; DOMAIN.md): one rule per point, saying
whether the record evidences it, and why not when it does not.

The check never blocks the till: it is shown on the complaint, printed in its PDF and
read by the coaching screen. Which marking points each rule answers is data
(resources/marking_points.toml, listed in docs/marking-points.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from desktop_app.domain.aftercare import ContactKind, NextStep, confirmation
from desktop_app.domain.complaint import Complaint, Status
from desktop_app.domain.escalation import Trigger
from desktop_app.domain.phrase import listed, phrase

#: A root cause or a justification shorter than this says too little to be a reason.
MIN_WORDS = 3
#: A summary this close to the customer's own words was copied, not read back.
COPIED = 0.9
#: Words that say nothing of a cause on their own.
_LITTLE_WORDS = frozenset({"a", "an", "the", "it", "its", "was", "were", "is", "are", "be",
                           "and", "or", "of", "to", "in", "on", "by", "for", "with", "not",
                           "this", "that", "they", "very", "just", "got", "item"})


class Evidence(StrEnum):
    EVIDENCED = "evidenced"
    MISSING = "missing"              # the record does not show it
    NOT_NEEDED = "not_needed"        # the point does not arise for this complaint

    @property
    def label(self) -> str:
        return {Evidence.EVIDENCED: phrase("Evidenced"),
                Evidence.MISSING: phrase("Not evidenced"),
                Evidence.NOT_NEEDED: phrase("Not needed here")}[self]

    @property
    def mark(self) -> str:
        """The checklist's mark: a tick, a cross, or a dash for a point that does not arise."""
        return {Evidence.EVIDENCED: "\u2713", Evidence.MISSING: "\u2717",
                Evidence.NOT_NEEDED: "\u2013"}[self]


@dataclass(frozen=True)
class Check:
    rule: str
    title: str
    evidence: Evidence
    detail: str                       # what shows it, or what is missing

    @property
    def evidenced(self) -> bool:
        return self.evidence is not Evidence.MISSING


@dataclass(frozen=True)
class QualityContext:
    """What a rule needs beyond the record: the category's words (a root cause that only
    restates them is no cause) and whether the category is always escalated."""

    category_label: str = ""
    always_escalated: bool = False


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _said(text: str, minimum: int = 1) -> bool:
    return len(_words(text)) >= minimum


def _ok(rule: str, title: str, detail: str) -> Check:
    return Check(rule, title, Evidence.EVIDENCED, detail)


def _missing(rule: str, title: str, detail: str) -> Check:
    return Check(rule, title, Evidence.MISSING, detail)


def _not_needed(rule: str, title: str, detail: str) -> Check:
    return Check(rule, title, Evidence.NOT_NEEDED, detail)


#: Each rule's title, as the checklist shows it.
TITLES = {
    "identified": phrase("The problem identified, with its details"),
    "listened": phrase("Active listening: the complaint read back"),
    "clarified": phrase("Clarifying questions asked"),
    "empathy": phrase("Empathy and an apology"),
    "de_escalated": phrase("Calm and de-escalation with a challenging customer"),
    "root_cause": phrase("The root cause, not the symptom"),
    "options_weighed": phrase("Options weighed on cost, time and impact"),
    "justified": phrase("The action taken, and why"),
    "policy_and_law": phrase("The resolution fits policy and the customer's legal rights"),
    "escalation_per_policy": phrase("Escalated when, and only when, the policy says"),
    "kept_informed": phrase("The customer kept informed while it waited"),
    "agreed": phrase("The customer's agreement"),
    "followed_up": phrase("Follow-up and confirmation of the resolution"),
    "closed_properly": phrase("Confirmed before closing"),
    "thanked": phrase("The customer thanked"),
    "further_assistance": phrase("Further help offered"),
    "reflected": phrase("Reflection and improvement"),
    "procedure_followed": phrase("The complaint procedure followed step by step"),
}


# ---- the rules, one per point ------------------------------------------------------------
def identified(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by the customer's account (a few words), the product, the outcome
    wanted, and the purchase date or receipt."""
    title = TITLES["identified"]
    missing = [what for what, present in (
        (phrase("the customer's account"), _said(c.customer_account, MIN_WORDS)),
        (phrase("the product or service"), _said(c.product)),
        (phrase("the outcome they want"), _said(c.desired_outcome)),
        (phrase("when it was bought or its receipt"), c.purchase_date is not None
         or bool(c.receipt_number.strip()))) if not present]
    if missing:
        return _missing("identified", title, phrase("Not recorded: {what}.",
                                                    what=listed(missing)))
    return _ok("identified", title, phrase("The account, the product, when it was bought and "
                                           "the outcome wanted are recorded."))


def listened(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by a summary read back that is not a copy of the customer's words."""
    title = TITLES["listened"]
    if not _said(c.paraphrase, MIN_WORDS):
        return _missing("listened", title, phrase("No summary was read back to the customer."))
    same = SequenceMatcher(None, " ".join(_words(c.paraphrase)),
                           " ".join(_words(c.customer_account))).ratio()
    if same >= COPIED:
        return _missing("listened", title, phrase("The summary repeats the customer's words: "
                                                  "put it in your own, to show you understood."))
    return _ok("listened", title, phrase("A summary in the staff member's words was read back."))


def clarified(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by an answer to at least one of the category's clarifying questions;
    not needed when the category has none."""
    title = TITLES["clarified"]
    if not c.clarifying_answers:
        return _not_needed("clarified", title, phrase("The category has no clarifying "
                                                      "questions."))
    answered = [a for a in c.clarifying_answers if a.answer.strip()]
    if not answered:
        return _missing("clarified", title, phrase("None of the clarifying questions was "
                                                   "answered."))
    return _ok("clarified", title, phrase("{answered} of {asked} questions answered.",
                                          answered=len(answered),
                                          asked=len(c.clarifying_answers)))


def empathy(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by an apology and the customer's feelings (or an empathy statement)
    recorded."""
    title = TITLES["empathy"]
    if not c.apology_given:
        return _missing("empathy", title, phrase("No apology is recorded."))
    if not (_said(c.empathy_statement) or _said(c.customer_feelings)):
        return _missing("empathy", title, phrase("How the customer felt was not acknowledged."))
    return _ok("empathy", title, phrase("An apology, and the customer's feelings acknowledged."))


def de_escalated(c: Complaint, _: QualityContext) -> Check:
    """When the customer was angry or challenging: evidenced by the techniques or words
    used; not needed when they were not; missing when nobody said."""
    title = TITLES["de_escalated"]
    if c.customer_challenging is None:
        return _missing("de_escalated", title, phrase("Whether the customer was angry or "
                                                      "challenging was not recorded."))
    if not c.customer_challenging:
        return _not_needed("de_escalated", title, phrase("The customer was not challenging."))
    if not c.de_escalation and not _said(c.de_escalation_words):
        return _missing("de_escalated", title, phrase("The customer was challenging, but what "
                                                      "was done to calm things is not recorded."))
    if _said(c.de_escalation_words):
        return _ok("de_escalated", title, phrase("{count} techniques recorded, with the words "
                                                 "used.", count=len(c.de_escalation)))
    return _ok("de_escalated", title, phrase("{count} techniques recorded.",
                                             count=len(c.de_escalation)))


def root_cause(c: Complaint, context: QualityContext) -> Check:
    """Evidenced by a cause of a few words that neither restates the category nor
    repeats what happened."""
    title = TITLES["root_cause"]
    cause = _words(c.root_cause)
    if len(cause) < MIN_WORDS:
        return _missing("root_cause", title, phrase("The root cause needs a few words saying "
                                                    "why it happened."))
    restating = set(_words(context.category_label)) | set(_words(c.category.replace("_", " ")))
    if set(cause) <= restating | _LITTLE_WORDS:
        return _missing("root_cause", title, phrase("The root cause only restates the "
                                                    "category: ask why again."))
    if SequenceMatcher(None, " ".join(cause),
                       " ".join(_words(c.customer_account))).ratio() >= COPIED:
        return _missing("root_cause", title, phrase("The root cause repeats what happened: say "
                                                    "why it happened."))
    if c.five_whys:
        return _ok("root_cause", title, phrase("A cause beyond the symptom is recorded after "
                                               "{count} whys.", count=len(c.five_whys)))
    return _ok("root_cause", title, phrase("A cause beyond the symptom is recorded."))


def options_weighed(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by two options or more, each with a cost, a time and an impact."""
    title = TITLES["options_weighed"]
    weighed = [o for o in c.options
               if o.cost_pence is not None and o.time.strip() and o.impact.strip()]
    if len(c.options) < 2:
        return _missing("options_weighed", title, phrase("Fewer than two options were "
                                                         "considered."))
    if len(weighed) < 2:
        return _missing("options_weighed", title, phrase("Fewer than two options have a cost, "
                                                         "a time and an impact."))
    return _ok("options_weighed", title, phrase("{count} options weighed on all three.",
                                                count=len(weighed)))


def justified(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by a chosen option and a justification of a few words."""
    title = TITLES["justified"]
    if c.chosen is None:
        return _missing("justified", title, phrase("No option was chosen."))
    if not _said(c.justification, MIN_WORDS):
        return _missing("justified", title, phrase("Why this option was chosen is not "
                                                   "explained."))
    return _ok("justified", title, phrase("The chosen option and its justification are "
                                          "recorded."))


def policy_and_law(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by a chosen resolution saved with the customer's rights the Solve step
    showed (and an approval when above authority)."""
    title = TITLES["policy_and_law"]
    if c.chosen is None:
        return _missing("policy_and_law", title, phrase("No resolution was chosen."))
    if not c.legal_hint.strip():
        return _missing("policy_and_law", title, phrase("The customer's rights were not shown "
                                                        "with the resolution (a record from "
                                                        "before they were kept?)."))
    shown = (phrase("Chosen with the customer's rights shown (rules {rules}).",
                    rules=c.legal_rules) if c.legal_rules else
             phrase("Chosen with the customer's rights shown."))
    if c.approval:
        shown = phrase("{shown} Approved above authority.", shown=shown)
    return _ok("policy_and_law", title, shown)


def escalation_per_policy(c: Complaint, context: QualityContext) -> Check:
    """Escalated with the rule that required it recorded; missing when a rule required
    it and it was not escalated, or when it was escalated by choice with no rule
    requiring it; not needed otherwise."""
    title = TITLES["escalation_per_policy"]
    required = context.always_escalated or c.customer_agrees is False
    if c.escalation is None:
        if required:
            return _missing("escalation_per_policy", title,
                            phrase("The policy required escalating (the category, or the "
                                   "customer disagreed), and it was not escalated."))
        return _not_needed("escalation_per_policy", title, phrase("Nothing required escalating."))
    triggers = list(c.escalation.triggers)
    if not triggers:
        return _missing("escalation_per_policy", title, phrase("Which rule sent it up is not "
                                                               "recorded."))
    if all(t == Trigger.REQUESTED.value for t in triggers):
        return _missing("escalation_per_policy", title, phrase("Escalated by choice, though no "
                                                               "rule required it: was it "
                                                               "needed?"))
    labels = listed((Trigger(t).label for t in triggers if t in set(Trigger)), "; ")
    return _ok("escalation_per_policy", title, phrase("Escalated to {to}: {labels}.",
                                                      to=c.escalation.to, labels=labels))


def kept_informed(c: Complaint, _: QualityContext) -> Check:
    """For an escalated complaint: evidenced by an update (or a contact after the
    decision) recorded; not needed when it was not escalated."""
    title = TITLES["kept_informed"]
    if not c.escalated:
        return _not_needed("kept_informed", title, phrase("It was not escalated."))
    updates = [f for f in c.follow_ups if f.kind is ContactKind.UPDATE]
    told = [d for d in c.decisions if d.outcome is NextStep.TELL_CUSTOMER]
    if updates or (told and c.follow_ups):
        return _ok("kept_informed", title, phrase("{updates} updates, {contacts} contacts.",
                                                  updates=len(updates),
                                                  contacts=len(c.follow_ups) - len(updates)))
    if c.status is Status.ESCALATED and not c.decisions:
        return _missing("kept_informed", title, phrase("Waiting for a decision, and no update "
                                                       "to the customer is recorded yet."))
    return _missing("kept_informed", title, phrase("No contact with the customer is recorded "
                                                   "since it was escalated."))


def agreed(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by the customer's yes (named or signed) or their no, recorded."""
    title = TITLES["agreed"]
    if c.customer_agrees is None:
        return _missing("agreed", title, phrase("Whether the customer agreed is not recorded."))
    if c.customer_agrees:
        if c.signature_png:
            return _ok("agreed", title, phrase("The customer agreed and signed."))
        if c.customer_name:
            return _ok("agreed", title, phrase("The customer agreed and named themselves."))
        return _ok("agreed", title, phrase("The customer agreed."))
    return _ok("agreed", title, phrase("The customer did not agree, and that is recorded."))


def followed_up(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by the customer's confirmation that it is resolved: agreed at the till
    with nothing left to do, or confirmed at a follow-up."""
    title = TITLES["followed_up"]
    said = confirmation(c, c.follow_ups)
    if said:
        return _ok("followed_up", title, said)
    if c.follow_up_needed and c.follow_up_due is not None and c.status is not Status.CLOSED:
        return _missing("followed_up", title, phrase("A follow-up is due by {due:%d/%m/%Y}; not "
                                                     "yet confirmed.", due=c.follow_up_due))
    return _missing("followed_up", title, phrase("The customer has not confirmed it is "
                                                 "resolved."))


def closed_properly(c: Complaint, _: QualityContext) -> Check:
    """For a closed complaint: evidenced by the customer's confirmation or a recorded
    reason; not needed before closing."""
    title = TITLES["closed_properly"]
    if c.status is not Status.CLOSED:
        return _not_needed("closed_properly", title, phrase("Not closed yet."))
    if confirmation(c, c.follow_ups):
        return _ok("closed_properly", title, phrase("Closed after the customer confirmed."))
    if _said(c.closure_note, MIN_WORDS):
        return _ok("closed_properly", title, phrase("Closed without confirmation, with the "
                                                    "reason."))
    return _missing("closed_properly", title, phrase("Closed with no confirmation and no "
                                                     "reason."))


def thanked(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by the customer thanked."""
    title = TITLES["thanked"]
    if not c.thanked:
        return _missing("thanked", title, phrase("Thanking the customer is not recorded."))
    return _ok("thanked", title, phrase("The customer was thanked for raising it."))


def further_assistance(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by the customer asked if there is anything else."""
    title = TITLES["further_assistance"]
    if not c.further_assistance_offered:
        return _missing("further_assistance", title, phrase("Asking if there is anything else "
                                                            "is not recorded."))
    return _ok("further_assistance", title, phrase("The customer was asked if there is "
                                                   "anything else."))


def reflected(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by what went well or what to do differently (an improvement suggestion
    alone is not a reflection)."""
    title = TITLES["reflected"]
    parts = [what for what, text in (
        (phrase("what went well"), c.reflection_went_well),
        (phrase("what to do differently"), c.reflection_differently),
        (phrase("an improvement"), c.improvement_suggestion)) if _said(text)]
    if not (_said(c.reflection_went_well) or _said(c.reflection_differently)):
        if parts:
            return _missing("reflected", title, phrase("No reflection yet: what went well, "
                                                       "what would you do differently? (An "
                                                       "improvement was suggested.)"))
        return _missing("reflected", title, phrase("No reflection yet: what went well, what "
                                                   "would you do differently?"))
    return _ok("reflected", title, phrase("Recorded: {what}.", what=listed(parts)))


def procedure_followed(c: Complaint, _: QualityContext) -> Check:
    """Evidenced by a record at every headline step: listen, apologise, solve (or
    escalate), thank."""
    title = TITLES["procedure_followed"]
    skipped = [what for what, done in (
        (phrase("listen"), _said(c.customer_account)),
        (phrase("apologise"), c.apology_given),
        (phrase("solve"), c.chosen is not None or c.escalated),
        (phrase("thank"), c.thanked)) if not done]
    if skipped:
        return _missing("procedure_followed", title, phrase("Steps without a record: {steps}.",
                                                            steps=listed(skipped)))
    return _ok("procedure_followed", title, phrase("Every step of the {model} model is "
                                                   "recorded.", model=c.model_id.upper()))


RULES: dict[str, Callable[[Complaint, QualityContext], Check]] = {
    rule.__name__: rule for rule in (
        procedure_followed, identified, listened, clarified, empathy, de_escalated,
        root_cause, options_weighed, justified, policy_and_law, escalation_per_policy,
        kept_informed, agreed, followed_up, closed_properly, thanked, further_assistance,
        reflected)}


def quality_check(complaint: Complaint, context: QualityContext | None = None,
                  ) -> tuple[Check, ...]:
    """Every rule's verdict on the record, in the order of the complaint cycle."""
    context = context or QualityContext()
    return tuple(rule(complaint, context) for rule in RULES.values())


def missed(checks: tuple[Check, ...]) -> tuple[Check, ...]:
    return tuple(check for check in checks if not check.evidenced)


def tally(checks: tuple[Check, ...]) -> tuple[int, int]:
    """(points evidenced, points that apply): the checklist's "n of m"."""
    return (sum(1 for c in checks if c.evidence is Evidence.EVIDENCED),
            sum(1 for c in checks if c.evidence is not Evidence.NOT_NEEDED))


# ---- the marking points, as data -------------------------------------------------------------
@dataclass(frozen=True)
class MarkingPoint:
    brief: str                        # the source brief, "000"…
    text: str                         # the marking point, word for word
    rules: tuple[str, ...]            # the rules that say whether a record evidences it


class MarkingPointError(ValueError):
    """The marking points file names a rule that does not exist, or leaves one unused."""


def parse_points(data: dict, source: str) -> tuple[MarkingPoint, ...]:
    points = []
    for n, raw in enumerate(data.get("points") or (), start=1):
        rules = tuple(raw.get("rules") or ())
        unknown = [r for r in rules if r not in RULES]
        if not raw.get("text") or not rules or unknown:
            raise MarkingPointError(f"{source}, point {n}: needs its text and rules that "
                                    f"exist (unknown: {', '.join(unknown) or 'none'}).")
        points.append(MarkingPoint(str(raw.get("brief", "")), str(raw["text"]), rules))
    unused = set(RULES) - {r for p in points for r in p.rules}
    if unused:
        raise MarkingPointError(f"{source}: rules that answer no marking point: "
                                f"{', '.join(sorted(unused))}.")
    return tuple(points)
