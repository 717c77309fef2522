"""The vocabulary of an abusive-behaviour incident (DOMAIN.md, "Abusive and challenging
behaviour"): kinds of behaviour, protected characteristics, triggers, de-escalation
techniques, who was called and how badly someone was hurt."""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS[self]


class BehaviourKind(_Labelled):
    VERBAL_ABUSE = "verbal_abuse"
    THREATS = "threats"
    THREATS_WITH_WEAPON = "threats_with_weapon"
    PHYSICAL_ASSAULT = "physical_assault"
    SPITTING_OR_COUGHING = "spitting_or_coughing"
    SEXUAL_HARASSMENT = "sexual_harassment"
    HATE_MOTIVATED = "hate_motivated"
    DAMAGE_TO_PROPERTY = "damage_to_property"
    THEFT_RELATED_AGGRESSION = "theft_related_aggression"
    OTHER = "other"


class ProtectedCharacteristic(_Labelled):
    """The five monitored strands of hate crime in UK policing."""

    RACE = "race"
    RELIGION = "religion"
    SEXUAL_ORIENTATION = "sexual_orientation"
    DISABILITY = "disability"
    TRANSGENDER_IDENTITY = "transgender_identity"


class Trigger(_Labelled):
    REFUND_REFUSED = "refund_refused"
    AGE_RESTRICTED_SALE_REFUSED = "age_restricted_sale_refused"
    QUEUE_OR_WAIT = "queue_or_wait"
    PRICE_DISPUTE = "price_dispute"
    CHALLENGE_OVER_THEFT = "challenge_over_theft"
    ENFORCING_STORE_POLICY = "enforcing_store_policy"
    COMPLAINT_ESCALATED = "complaint_escalated"
    OTHER = "other"


class DeescalationTechnique(_Labelled):
    CALM_TONE = "calm_tone"
    ACKNOWLEDGED_FEELINGS = "acknowledged_feelings"
    NON_CONFRONTATIONAL_LANGUAGE = "non_confrontational_language"
    GAVE_SPACE = "gave_space"
    OFFERED_ALTERNATIVES = "offered_alternatives"
    CALLED_FOR_SUPPORT = "called_for_support"


class CalledParty(_Labelled):
    SUPERVISOR = "supervisor"
    SECURITY = "security"
    POLICE = "police"


class InjuryLevel(_Labelled):
    NONE = "none"
    MINOR = "minor"
    FIRST_AID = "first_aid"
    HOSPITAL = "hospital"


class SpecifiedInjury(_Labelled):
    """The injuries RIDDOR reports whatever the time off: "specified injuries" in Great
    Britain (RIDDOR 2013 reg. 4(1)) and "major injuries" in Northern Ireland (RIDDOR (NI)
    1997 Sch. 1). `in_great_britain` and `in_northern_ireland` say where each counts."""

    FRACTURE = "fracture"
    AMPUTATION = "amputation"
    SIGHT = "sight"
    CRUSH = "crush"
    BURN = "burn"
    SCALPING = "scalping"
    UNCONSCIOUS = "unconscious"
    DISLOCATION = "dislocation"
    HOSPITAL_OVER_24H = "hospital_over_24h"
    DIED = "died"

    @property
    def in_great_britain(self) -> bool:
        return self not in (SpecifiedInjury.DISLOCATION, SpecifiedInjury.HOSPITAL_OVER_24H)

    @property
    def in_northern_ireland(self) -> bool:
        return self not in (SpecifiedInjury.CRUSH, SpecifiedInjury.SCALPING)


_LABELS: dict[StrEnum, str] = {
    BehaviourKind.VERBAL_ABUSE: "Verbal abuse",
    BehaviourKind.THREATS: "Threats",
    BehaviourKind.THREATS_WITH_WEAPON: "Threats with a weapon",
    BehaviourKind.PHYSICAL_ASSAULT: "Physical assault",
    BehaviourKind.SPITTING_OR_COUGHING: "Spitting or coughing at staff",
    BehaviourKind.SEXUAL_HARASSMENT: "Sexual harassment",
    BehaviourKind.HATE_MOTIVATED: "Hate-motivated abuse",
    BehaviourKind.DAMAGE_TO_PROPERTY: "Damage to property",
    BehaviourKind.THEFT_RELATED_AGGRESSION: "Theft-related aggression",
    BehaviourKind.OTHER: "Other",
    ProtectedCharacteristic.RACE: "Race",
    ProtectedCharacteristic.RELIGION: "Religion or belief",
    ProtectedCharacteristic.SEXUAL_ORIENTATION: "Sexual orientation",
    ProtectedCharacteristic.DISABILITY: "Disability",
    ProtectedCharacteristic.TRANSGENDER_IDENTITY: "Transgender identity",
    Trigger.REFUND_REFUSED: "Refund refused",
    Trigger.AGE_RESTRICTED_SALE_REFUSED: "Age-restricted sale refused",
    Trigger.QUEUE_OR_WAIT: "Queue or wait",
    Trigger.PRICE_DISPUTE: "Price dispute",
    Trigger.CHALLENGE_OVER_THEFT: "Challenge over theft",
    Trigger.ENFORCING_STORE_POLICY: "Enforcing a store policy",
    Trigger.COMPLAINT_ESCALATED: "Complaint escalated",
    Trigger.OTHER: "Other",
    DeescalationTechnique.CALM_TONE: "Calm tone",
    DeescalationTechnique.ACKNOWLEDGED_FEELINGS: "Acknowledged their feelings",
    DeescalationTechnique.NON_CONFRONTATIONAL_LANGUAGE: "Non-confrontational language",
    DeescalationTechnique.GAVE_SPACE: "Gave them space",
    DeescalationTechnique.OFFERED_ALTERNATIVES: "Offered alternatives",
    DeescalationTechnique.CALLED_FOR_SUPPORT: "Called for support",
    CalledParty.SUPERVISOR: "Supervisor",
    CalledParty.SECURITY: "Security",
    CalledParty.POLICE: "Police",
    InjuryLevel.NONE: "No injury",
    InjuryLevel.MINOR: "Minor injury",
    InjuryLevel.FIRST_AID: "First aid given",
    InjuryLevel.HOSPITAL: "Hospital treatment",
    SpecifiedInjury.FRACTURE: "A broken bone (not a finger, thumb or toe)",
    SpecifiedInjury.AMPUTATION: "Amputation (of an arm, hand, finger, thumb, leg, foot or toe)",
    SpecifiedInjury.SIGHT: "Loss of sight, or an eye injury likely to reduce it for good",
    SpecifiedInjury.CRUSH: "Crush injury to the head or body damaging the brain or organs",
    SpecifiedInjury.BURN: "Serious burn or scald (over 10% of the body, or to the eyes or "
                          "organs)",
    SpecifiedInjury.SCALPING: "Scalping needing hospital treatment",
    SpecifiedInjury.UNCONSCIOUS: "Knocked unconscious, or lost consciousness from choking",
    SpecifiedInjury.DISLOCATION: "Dislocated shoulder, hip, knee or spine (Northern Ireland)",
    SpecifiedInjury.HOSPITAL_OVER_24H: "In hospital for more than 24 hours (Northern Ireland)",
    SpecifiedInjury.DIED: "The person died",
}
