"""Made-up complaints that read like a busy store's years, the same for the same seed.

Each complaint lives the life the program would have given it by `now`: most are agreed
and closed at the till; some wait for a follow-up, which was made (the customer confirmed)
unless it is still due or, for some of the last quarter's, late; escalations follow the domain's own
rules (`escalation_reasons`: always-escalated categories, a cost above the staff member's
authority, a customer who does not agree) and, once decided, go back to the customer and
are closed. The states come from domain/aftercare.py, so every record passes the checks an
import applies (records.complaint_errors).

Customers' names are made up from syllables (thousands of surnames, some far commoner
than others) so that a search by name finds a realistic number of records.
"""

from __future__ import annotations

import bisect
import random
import struct
import zlib
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from desktop_app.domain.aftercare import (Decision, FollowUp, NextStep, after_decision,
                                          after_follow_up)
from desktop_app.domain.complaint import (ClarifyingAnswer, Complaint, Escalation,
                                          SolutionOption, Status, initial_status)
from desktop_app.domain.escalation import AuthorityLimits, escalation_reasons
from desktop_app.domain.procedure import Category
from desktop_app.domain.review import Review
from desktop_app.domain.schema.choices import CHANNELS
from desktop_app.domain.staff import Role

FIRST = ("Alex", "Sam", "Jo", "Priya", "Tomasz", "Siân", "Aoife", "Callum", "Ngozi", "Mei",
         "Ewan", "Fatima", "Gareth", "Hana", "Imran", "Jess", "Kofi", "Lena", "Morag", "Niall",
         "Olu", "Pawel", "Rhian", "Seren", "Tariq", "Una", "Vik", "Wen", "Yusuf", "Zara")
_START = ("Ash", "Brad", "Carn", "Dun", "El", "Fair", "Glen", "Har", "Kil", "Lang", "Mar",
          "Nor", "Pen", "Ros", "Strath", "Tre", "Wal", "Whit", "York", "Bal", "Cor", "Dal")
_MIDDLE = ("by", "dale", "ford", "gate", "ham", "ley", "more", "ton", "well", "wick", "burn",
           "combe", "field", "hurst", "mouth", "stead", "thorpe", "wood", "shaw", "side")
_END = ("", "s", "e", "er", "ie", "an", "ett", "in")
PRODUCTS = ("Kettle 1.7 l", "Toaster, 4 slice", "Phone charger", "Winter coat",
            "Kids' trainers", "Bag of compost", "Birthday cake", "Headphones", "Gift card",
            "Photo printing", "Microwave", "Desk lamp", "Garden hose", "School shoes",
            "Bluetooth speaker", "Electric blanket", "Air fryer", "Printer ink")
ACCOUNTS = ("It stopped working after {n} days and I want my money back.",
            "I was charged the wrong price and nobody would listen.",
            "The item was not what the label said.", "I waited {n} minutes to be served.",
            "The service was not done properly and had to be redone.",
            "It arrived {n} days late and the box was crushed.",
            "The member of staff was rude to me when I asked for help.")
ROOT_CAUSES = ("Faulty batch from the supplier", "Shelf label out of date",
               "Not enough staff at the tills", "Delivery driver left it outside",
               "Price not updated on the system", "Staff member not trained on returns",
               "Stock rotated late", "Returns policy sign unclear")
WHYS = ("The item failed early", "The batch was not checked on arrival",
        "Checks were skipped on a busy delivery day", "The rota left one person on goods-in",
        "Nobody reviewed the rota against deliveries")
SUGGESTIONS = ("Check the stock before it goes out", "Open another till at lunchtime",
               "Put the returns policy by the tills", "Call back when you say you will",
               "Label the offers clearly")
FEELINGS = ("Frustrated", "Angry", "Disappointed", "Worried", "Let down")
OUTCOMES = ("A refund", "A replacement", "An apology", "A repair", "An explanation")
DECISIONS = ("Refund in full and a goodwill voucher", "Replacement from the next delivery",
             "Repair under the statutory rights, with a loan item meanwhile",
             "Apology in writing and staff retrained")

#: Shares of a year's complaints, roughly as stores report them.
SHARE_FOLLOW_UP = 0.12         # a contact promised
SHARE_REQUESTED = 0.02         # the staff member chose to escalate
SHARE_DISAGREES = 0.05         # the customer does not accept what was offered
SHARE_SIGNED = 0.2
SHARE_FIVE_WHYS = 0.3
SHARE_SUGGESTION = 0.06        # a customer who says how to do better
SHARE_LATE = 0.25              # of the last quarter's follow-ups: not made yet, overdue
SHARE_CHALLENGING = 0.2        # a customer who was angry or hard to talk to
SHARE_FURTHER_HELP = 0.8       # asked "is there anything else?"
SHARE_REFLECTED = 0.4          # a reflection written at the till
SHARE_REVIEWED = 0.08          # a manager's feedback on the record
CALMING = ("I can see this has really upset you, and I want to put it right.",
           "Let me make sure I have understood, then we will sort it out together.")
REFLECTIONS = (("Let them finish before answering.", "Offer the options sooner."),
               ("Asked the right questions first.", "Check the receipt before promising."))
FEEDBACK = (("You let the customer finish before answering.",
             "Offer two options with their cost before escalating."),
            ("Clear record: the root cause is easy to follow.",
             "Say when the customer will next hear from us."))
LATE_WITHIN = timedelta(days=90)        # older ones were made in the end
#: How much commoner a category is than "1" (always-escalated ones are rare).
CATEGORY_WEIGHTS = {"faulty_goods": 8, "poor_service": 4, "refund_refused": 4,
                    "waiting_time": 4, "pricing_error": 4, "delivery": 3,
                    "not_as_described": 3, "staff_conduct": 2, "change_of_mind": 2}
RARE = 0.15                    # the weight of a category that is always escalated
#: Busier on Saturdays and in December (and January's returns), quieter on Sundays.
WEEKDAY_WEIGHTS = (0.9, 0.85, 0.9, 0.95, 1.1, 1.45, 0.75)
MONTH_WEIGHTS = {12: 1.4, 1: 1.25, 8: 1.1}
OPENING_HOURS = (8, 21)


def made_up_surname(chance: random.Random) -> str:
    """One of ~3,500 surnames; the earlier syllables far commoner (a skewed, realistic mix)."""
    first = _START[min(int(chance.expovariate(0.25)), len(_START) - 1)]
    return (first + _MIDDLE[min(int(chance.expovariate(0.2)), len(_MIDDLE) - 1)]
            + _END[chance.randrange(len(_END))]).capitalize()


def signature_png(seed: int = 1) -> bytes:
    """A small, valid PNG of a scribble (a signature's stand-in)."""
    width, height = 120, 40
    chance = random.Random(seed)
    rows = bytearray()
    ys = [20 + int(12 * chance.uniform(-1, 1)) for _ in range(width)]
    for y in range(height):
        rows.append(0)
        rows.extend(0 if abs(ys[x] - y) < 2 else 255 for x in range(width))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                            0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(rows))) + chunk(b"IEND", b""))


@dataclass(frozen=True)
class DemoStaff:
    staff: tuple[int, ...]            # who logs complaints
    managers: tuple[int, ...]         # who decides escalations


class ComplaintMaker:
    def __init__(self, chance: random.Random, *, store_code: str, people: DemoStaff,
                 categories: list[Category], models: list[str], now: datetime) -> None:
        self.chance, self.store_code, self.people = chance, store_code, people
        self.categories, self.models, self.now = categories, models, now
        self.channels = [value for value, _ in CHANNELS]
        self.weights = [RARE if c.always_escalate else CATEGORY_WEIGHTS.get(c.id, 1)
                        for c in categories]
        self.limits = AuthorityLimits()
        self.signature = signature_png()
        # the marking points and reviews draw from a chance of their own, so that adding them
        # left every earlier draw (and so each seed's records) as it was
        self.marks = random.Random(hash(chance.getstate()[1][:4]))

    def calendar(self, first_day: date, days: int) -> list[float]:
        """Each day's share of the complaints, cumulated (busier days, busier months)."""
        running, total = [], 0.0
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            total += WEEKDAY_WEIGHTS[day.weekday()] * MONTH_WEIGHTS.get(day.month, 1.0)
            running.append(total)
        return [value / total for value in running]

    def times(self, first_day: date, calendar: list[float], start: int, count: int,
              total: int) -> list[datetime]:
        """Opening times of complaints start..start+count of `total`, in order, in opening
        hours, on days as busy as `calendar` says."""
        chance, (opens, closes) = self.chance, OPENING_HOURS
        found = []
        for number in range(start, start + count):
            day = min(bisect.bisect_left(calendar, (number + 0.5) / total), len(calendar) - 1)
            minute = chance.randrange((closes - opens) * 60)
            found.append(datetime.combine(first_day + timedelta(days=day),
                                          time(opens + minute // 60, minute % 60,
                                               chance.randrange(60))))
        found.sort()
        return found

    def complaint(self, opened: datetime, number: int) -> Complaint:
        chance = self.chance
        category = (self.categories[number] if number < len(self.categories)   # each once
                    else chance.choices(self.categories, self.weights)[0])
        price = chance.choice((499, 899, 1299, 1499, 2499, 4999, 8999))
        saved = opened + timedelta(seconds=chance.randint(90, 900))
        chosen = chance.randint(0, 1)
        costs = (price if price <= 2_500 else 1_500, min(price, 1_800))
        disagrees = chance.random() < SHARE_DISAGREES
        requested = chance.random() < SHARE_REQUESTED
        reasons = escalation_reasons(role=Role.STAFF, limits=self.limits, category=category,
                                     chosen_cost_pence=costs[chosen],
                                     customer_agrees=not disagrees, staff_requested=requested)
        follow_up = not reasons and chance.random() < SHARE_FOLLOW_UP
        signed = not disagrees and chance.random() < SHARE_SIGNED
        name = f"{chance.choice(FIRST)} {made_up_surname(chance)}"
        questions = category.questions[:chance.randint(1, 2)] if category.questions else ()
        marks = self.marks
        challenging = marks.random() < SHARE_CHALLENGING
        went_well, differently = (marks.choice(REFLECTIONS)
                                  if marks.random() < SHARE_REFLECTED else ("", ""))
        complaint = Complaint(
            store_code=self.store_code, model_id=self.models[number % len(self.models)],
            staff_id=chance.choice(self.people.staff), opened_at=opened, saved_at=saved,
            customer_account=chance.choice(ACCOUNTS).format(n=chance.randint(2, 40)),
            paraphrase="So what you are telling me is that it let you down.",
            customer_feelings=chance.choice(FEELINGS),
            desired_outcome=chance.choice(OUTCOMES), product=chance.choice(PRODUCTS),
            channel=chance.choice(self.channels), amount_pence=price, category=category.id,
            purchase_date=(opened - timedelta(days=chance.randint(0, 200))).date(),
            clarifying_answers=tuple(ClarifyingAnswer(q, chance.choice(
                ("Last week", "Straight away", "Yes, as it says", "No, never"))) for q in questions),
            root_cause=chance.choice(ROOT_CAUSES),
            five_whys=WHYS[:chance.randint(3, 5)] if chance.random() < SHARE_FIVE_WHYS else (),
            apology_given=True, customer_challenging=challenging,
            de_escalation=tuple(marks.sample(("calm_tone", "listened", "acknowledged_feelings",
                                               "gave_space"), 2)) if challenging else (),
            de_escalation_words=marks.choice(CALMING) if challenging else "",
            further_assistance_offered=marks.random() < SHARE_FURTHER_HELP,
            reflection_went_well=went_well, reflection_differently=differently,
            options=(SolutionOption("Full refund", costs[0], "Today", "Money back"),
                     SolutionOption("Replacement", costs[1], "Today", "A working item")),
            chosen_option=chosen, justification="Fits our policy and their rights",
            customer_agrees=not disagrees, customer_name=name if not disagrees else "",
            signature_png=self.signature if signed else None, thanked=True,
            follow_up_needed=follow_up,
            follow_up_due=(saved + timedelta(days=3)).date() if follow_up else None,
            follow_up_method="phone" if follow_up else "",
            satisfaction=chance.choice((None, None, 2, 3, 4, 4, 5, 5, 5)),
            contact_consent=follow_up,
            contact_phone=f"07700 900{chance.randint(100, 999)}" if follow_up else "",
            improvement_suggestion=(chance.choice(SUGGESTIONS)
                                    if chance.random() < SHARE_SUGGESTION else ""),
            escalation=Escalation("Store manager", " ".join(r.message for r in reasons), saved,
                                  tuple(r.trigger.value for r in reasons)) if reasons else None)
        complaint = replace(complaint, status=initial_status(complaint))
        if complaint.status is Status.CLOSED:
            complaint = replace(complaint, closed_at=saved)
        else:
            complaint = self._later(complaint)
        return self._reviewed(complaint)

    def _reviewed(self, complaint: Complaint) -> Complaint:
        """Now and then a manager's feedback, read by the staff member within a day or two
        (the most recent ones not yet)."""
        marks = self.marks
        at = complaint.saved_at + timedelta(days=marks.randint(1, 5))
        reviewer = marks.choice(self.people.managers)
        if marks.random() >= SHARE_REVIEWED or at >= self.now or reviewer == complaint.staff_id:
            return complaint
        read = at + timedelta(hours=marks.randint(4, 48))
        good, work_on = marks.choice(FEEDBACK)
        return replace(complaint, reviews=[Review(
            at=at, staff_id=reviewer, went_well=good, work_on=work_on,
            acknowledged_at=read if read < self.now else None)])

    def _later(self, complaint: Complaint) -> Complaint:
        """What happened after the till, up to now."""
        chance, now = self.chance, self.now
        if complaint.escalation is not None:
            decided = complaint.saved_at + timedelta(days=chance.randint(1, 6),
                                                     hours=chance.randint(0, 5))
            if decided >= now:
                return complaint
            due = (decided + timedelta(days=3)).date()
            decision = Decision(at=decided, staff_id=chance.choice(self.people.managers),
                                decision=chance.choice(DECISIONS),
                                reason="Within our policy and the customer's statutory rights.",
                                outcome=NextStep.TELL_CUSTOMER, follow_up_due=due,
                                seen_at=decided + timedelta(hours=chance.randint(2, 30)))
            state = after_decision(complaint, NextStep.TELL_CUSTOMER, due)
            complaint = replace(complaint, status=state.status, decisions=[decision],
                                follow_up_needed=state.follow_up_needed,
                                follow_up_due=state.follow_up_due,
                                follow_up_method=complaint.follow_up_method or "phone")
        due = complaint.follow_up_due
        if due is None or datetime.combine(due, time(17)) >= now:
            return complaint
        if now - complaint.saved_at < LATE_WITHIN and chance.random() < SHARE_LATE:
            return complaint
        contact = FollowUp(contacted_on=due, method=complaint.follow_up_method,
                           outcome="Rang the customer; it is sorted.",
                           customer_words="That's fine now, thank you.",
                           confirmed_resolved=True, staff_id=complaint.staff_id,
                           recorded_at=datetime.combine(due, time(16, chance.randrange(60))))
        state = after_follow_up(complaint, contact)
        return replace(complaint, status=Status.CLOSED, follow_up_needed=state.follow_up_needed,
                       follow_up_due=state.follow_up_due, follow_ups=[contact],
                       closed_at=contact.recorded_at + timedelta(minutes=5),
                       closure_note="The customer confirmed it is resolved.")
