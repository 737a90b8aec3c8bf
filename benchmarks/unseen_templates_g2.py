"""Five medium templates and the four hard ones of the seventh held batch (unseen_templates_g.py loads them)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from unseen_templates_e2 import first_named  # batch 5's answer check, beside this file

from cascadroid.device.script import Step
from cascadroid.device.sim.tasks.base import QuestionTask, TaskTemplate, answer_matches, normalize
from cascadroid.device.sim.tasks.common import (
    CALENDAR_PKG,
    CONTACTS_PKG,
    MAPS_PKG,
    MESSAGES_PKG,
    day_text,
    ensure_contact,
    open_contact,
    open_event,
    person,
    phone_number,
    put_message,
    send_text,
    sent_texts,
    street_address,
)
from cascadroid.device.sim.tasks.nav import FILES_PKG, SEEN, chat_new_message, chat_with, mail_from, open_email, said
from cascadroid.device.sim.tasks.people import has_number
from cascadroid.device.sim.tasks.plan import Plan, rid
from cascadroid.device.sim.tasks.productivity import WORDS, events_titled, sample_day, sample_time

BORROW = [("ladder", "Hi! Could I borrow your ladder this weekend?"),
          ("drill", "Any chance I could borrow your drill tomorrow?"),
          ("tent", "Can I borrow your tent for the festival?"),
          ("bike pump", "Could I borrow your bike pump? Mine broke."),
          ("camera", "Would you lend me your camera for the wedding?")]
CHATTER = ["Happy birthday for yesterday!", "Train is delayed again", "Loved the photos", "See you at yoga",
           "Thanks for dinner"]
REPLIES = ["Sure, come by after six", "Yes, it's in the garage", "Of course, grab it any time", "No problem at all"]
FOLDER_FILES = {"Downloads": ["flight_ticket.pdf", "setup_guide.pdf", "wallpaper_pack.zip", "bank_statement.csv",
                              "concert_tickets.pdf"],
                "Documents": ["tenancy_contract.pdf", "tax_return_2025.pdf", "thesis_draft.docx", "recipes.odt",
                              "car_insurance.pdf"],
                "Music": ["summer_mix.mp3", "live_set.flac", "podcast_ep12.mp3", "ringtone.ogg", "lullaby.mp3"],
                "Recordings": ["lecture_week3.m4a", "voice_memo_17.m4a", "interview_raw.wav", "band_jam.m4a",
                               "meeting_notes.m4a"]}
GROUPS = ["Sunday hikers", "Flat 4B", "Wedding planning", "Padel league", "Dog walkers", "Film club"]
MEMBERS = ["Ruth Okoro", "Tomas Vidal", "Anika Bose", "Wes Harlow", "Carmen Ruiz", "Pavel Novak", "Lena Brandt",
           "Idris Shah", "Maeve Quinn"]
GROUP_LINES = ["Who's bringing snacks?", "I can drive on Saturday", "Running ten minutes late", "Great idea",
               "Count me in"]
DIRECT = ["Thanks for organising this", "Want to share a taxi?", "Can you send me the details?"]
CUISINES = ["Sushi", "Pizza", "Thai", "Mexican", "Indian", "Italian", "Burger", "Vegan"]
THRESHOLDS = [4.0, 4.2, 4.5]
MAIL_SUBJECTS = [("Spare room this weekend", "Happy to put you up, just let me know."),
                 ("Lost umbrella", "I think you left your umbrella at mine."),
                 ("Carpool on Monday", "I can give you a lift if you need one."),
                 ("Quote for the fence", "Attached is my quote for the garden fence.")]
SMS_TEXTS = ["Thanks, I'll call you tonight", "Got your email, sounds great", "Yes please, see you then"]
HOST_EVENTS = ["Board game night", "Birthday drinks", "Study session", "Housewarming", "Movie marathon"]


def rating_forms(count: int) -> list[str]:
    return [str(count), WORDS[count]]


# ---- medium ---------------------------------------------------------------------------------------
class ReplyToAsker(TaskTemplate):
    name = "unseen7_messages_reply_to_whoever_asked"
    apps = ("messages",)
    difficulty = "medium"
    may_change = ("messages.threads", *SEEN)
    goal = "Someone texted me asking to borrow my {thing}. Reply \"{reply}\" to them."
    goals = ("One of the people who texted me today wants to borrow my {thing}. Whoever it was, text them back: "
             "\"{reply}\".",
             "reply to the {thing} borrower: {reply}",
             "Find the text asking for my {thing} and answer that person with \"{reply}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(12)}), 3)
        thing, ask = rng.choice(BORROW)
        return {"names": names, "phones": [phone_number(rng) for _ in names], "thing": thing, "ask": ask,
                "chatter": rng.sample(CHATTER, 2), "reply": rng.choice(REPLIES), "asker": rng.randint(0, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        texts = list(params["chatter"])
        texts.insert(params["asker"], params["ask"])
        for name, phone, text, minutes in zip(params["names"], params["phones"], texts, (5, 40, 90)):
            ensure_contact(device, name, phone)
            put_message(device, phone, text, minutes_ago=minutes)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        phones = params["phones"]
        asker = phones[params["asker"]]
        return said(sent_texts(device, asker), params["reply"]) and not any(
            sent_texts(device, p) for p in phones if p != asker)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Messages").tap_row(params["names"][params["asker"]])
        plan.type(params["reply"], resource_id=rid(MESSAGES_PKG, "compose_message_text"))
        return plan.tap(resource_id=rid(MESSAGES_PKG, "send_message_button")).done()


class RenameByNumberEnding(TaskTemplate):
    name = "unseen7_contacts_rename_by_number_ending"
    apps = ("contacts",)
    difficulty = "medium"
    may_change = ("contacts.contacts.*.name",)
    goal = "Rename the contact whose number ends in {ending} to {new_name}."
    goals = ("I saved someone under a nickname and can't remember which one - all I know is their number ends in "
             "{ending}. Change that contact's name to {new_name}.",
             "contact ...{ending} -> rename {new_name}",
             "The contact with a phone number ending {ending} should be called {new_name}. Please rename it.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        old = rng.choice(["Plumber guy", "Gym Tom", "Neighbour", "Mechanic", "Yoga teacher", "Landlady"])
        return {"old": old, "new_name": person(rng), "phone": phone_number(rng)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"ending": params["phone"][-4:]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        contacts = device.app("contacts")
        ending = params["phone"][-4:]
        contacts.state.contacts = [c for c in contacts.state.contacts
                                   if c.name not in (params["old"], params["new_name"])
                                   and not "".join(ch for ch in c.phone if ch.isdigit()).endswith(ending)]
        ensure_contact(device, params["old"], params["phone"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = [c for c in device.app("contacts").state.contacts if c.phone == params["phone"]]
        return len(found) == 1 and normalize(found[0].name) == normalize(params["new_name"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Contacts").type(params["phone"][-4:], resource_id=rid(CONTACTS_PKG, "search"))
        plan.tap_row(params["old"]).tap(resource_id=rid(CONTACTS_PKG, "menu_edit"))
        plan.type(params["new_name"], resource_id=rid(CONTACTS_PKG, "name_field"))
        return plan.tap(resource_id=rid(CONTACTS_PKG, "save")).done()


class DeleteBiggestFile(TaskTemplate):
    name = "unseen7_files_delete_biggest_in_folder"
    apps = ("files",)
    difficulty = "medium"
    may_change = ("files.files",)
    goal = "Delete the biggest file in my {folder} folder."
    goals = ("My phone is running out of space. In {folder}, find the file that takes up the most room and delete "
             "it - only that one.",
             "delete largest file in {folder}",
             "Whatever is the largest file in {folder}, get rid of it and keep the rest.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        folder = rng.choice(sorted(FOLDER_FILES))
        names = rng.sample(FOLDER_FILES[folder], 4)
        sizes = rng.sample(range(40, 6000, 7), 4)
        sizes[sizes.index(max(sizes))] += 1500  # clearly the biggest, even in rounded MB
        return {"folder": folder, "names": names, "sizes": sizes}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        app.state.files = [f for f in app.state.files if f.folder != params["folder"]
                           and f.name not in params["names"]]
        for name, size in zip(params["names"], params["sizes"]):
            app.add(name, params["folder"], size)

    def _biggest(self, params: dict[str, Any]) -> str:
        return max(zip(params["sizes"], params["names"]))[1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        have = sorted(f.name for f in device.app("files").in_folder(params["folder"]))
        return have == sorted(n for n in params["names"] if n != self._biggest(params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Files").tap_row(params["folder"]).tap_row(self._biggest(params))
        return plan.tap(resource_id=rid(FILES_PKG, "delete")).tap(text="Delete").done()


class DirectToLastPoster(TaskTemplate):
    name = "unseen7_chat_direct_message_last_poster"
    apps = ("chat",)
    difficulty = "medium"
    may_change = ("chat.chats", *SEEN)
    goal = "Send \"{text}\" on Signal to whoever wrote last in the {group} group, in a chat with just them."
    goals = ("The latest message in my {group} group on Signal - I want to answer its author privately, not in the "
             "group. Send them \"{text}\".",
             "signal dm last poster in {group}: {text}",
             "Who posted most recently in {group}? Message that person directly on Signal: \"{text}\".")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"group": rng.choice(GROUPS), "members": rng.sample(MEMBERS, 3), "lines": rng.sample(GROUP_LINES, 3),
                "text": rng.choice(DIRECT)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        app.state.chats = [c for c in app.state.chats if c.title not in (params["group"], *params["members"])]
        group = chat_with(device, params["group"], list(params["members"]), group=True)
        for member, line, minutes in zip(params["members"], params["lines"], (15, 9, 3)):
            ensure_contact(device, member)
            app.post(group.id, member, line, minutes_ago=minutes)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        app = device.app("chat")
        last = params["members"][-1]
        direct = app.titled(last)
        mine = [m.text for c in app.state.chats if c is not direct for m in c.messages if m.sender == "You"]
        return (direct is not None and not direct.group and said([m.text for m in direct.messages
                                                                  if m.sender == "You"], params["text"])
                and not said(mine, params["text"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return chat_new_message(Plan(device), params["members"][-1], params["text"]).done()


class CountRatedAtLeast(QuestionTask):
    name = "unseen7_maps_count_rated_at_least_question"
    apps = ("maps",)
    difficulty = "medium"
    goal = "How many {cuisine} restaurants in Maps are rated {threshold} or higher?"
    goals = ("I only go to places with at least {threshold} stars. Looking at {cuisine} restaurants in Maps, how "
             "many make the cut?",
             "# {cuisine} places rated >= {threshold}?",
             "Count the {cuisine} restaurants on Maps with a rating of {threshold} stars or more.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        threshold = rng.choice(THRESHOLDS)
        steps = int(round(threshold * 10))
        high = rng.sample(range(steps, 50), 4)
        low = rng.sample(range(30, steps), 4)
        count = rng.randint(1, 3)
        return {"cuisine": rng.choice(CUISINES), "threshold": threshold,
                "ratings": [r / 10 for r in high[:count] + low[:4 - count]]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        places = [p for p in device.app("maps").state.places if p.cuisine == params["cuisine"]]
        for place, rating in zip(places, params["ratings"] * 2):
            place.rating = rating

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        places = [p for p in device.app("maps").state.places if p.cuisine == params["cuisine"]]
        return rating_forms(sum(1 for p in places if p.rating >= params["threshold"] - 1e-9))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        rest = (answer or "").replace(str(params["threshold"]), " ")  # the threshold's digits are no count
        return answer_matches(rest, self.expected(device, params))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Maps").type(params["cuisine"], resource_id=rid(MAPS_PKG, "search")).back()
        return plan.done(self.expected(device, params)[0])


# ---- hard (two or three apps) ----------------------------------------------------------------------
class _MailFromContact(TaskTemplate):
    """Setup: an email from a contact (and one from another contact, about something else)."""

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(sorted({person(rng) for _ in range(12)}), 2)
        (subject, body), (other, other_body) = rng.sample(MAIL_SUBJECTS, 2)
        return {"name": names[0], "other": names[1], "phones": [phone_number(rng) for _ in names],
                "subject": subject, "body": body, "other_subject": other, "other_body": other_body,
                "text": rng.choice(SMS_TEXTS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name, phone in zip((params["name"], params["other"]), params["phones"]):
            ensure_contact(device, name, phone)
        mail_from(device, params["other"], params["other_subject"], params["other_body"], minutes_ago=12)
        mail_from(device, params["name"], params["subject"], params["body"], minutes_ago=45)


class MailSenderPhone(_MailFromContact, QuestionTask):
    name = "unseen7_mail_sender_phone_question"
    apps = ("mail", "contacts")
    difficulty = "hard"
    may_change = SEEN
    goal = "What's the phone number of whoever sent me the email \"{subject}\"?"
    goals = ("I'd rather ring than write back. Who emailed me \"{subject}\", and what's their number in my "
             "contacts?",
             "phone no. of sender of \"{subject}\"?",
             "Check who sent the \"{subject}\" email and give me that person's phone number.")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["phones"][0]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return has_number(answer, params["phones"][0]) and not has_number(answer, params["phones"][1])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), params["subject"])
        return open_contact(plan, params["name"]).done(params["phones"][0])


class TextMailSender(_MailFromContact):
    name = "unseen7_text_sender_of_email"
    apps = ("mail", "contacts", "messages")
    difficulty = "hard"
    may_change = ("messages.threads", *SEEN)
    goal = "Text whoever sent me the email \"{subject}\": \"{text}\""
    goals = ("Someone emailed me \"{subject}\" and I'd like to answer by SMS instead. Send that person the text "
             "\"{text}\".",
             "sms sender of \"{subject}\": {text}",
             "Reply by text message, not email, to the sender of \"{subject}\" with \"{text}\".")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(sent_texts(device, params["phones"][0]), params["text"]) and not sent_texts(device,
                                                                                               params["phones"][1])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), params["subject"])
        return send_text(plan, params["name"], params["text"]).done()


class LastTexterGroup(QuestionTask):
    name = "unseen7_last_texter_signal_group_question"
    apps = ("messages", "chat")
    difficulty = "hard"
    may_change = SEEN
    goal = "Which of my Signal groups is the person who texted me most recently in?"
    goals = ("Whoever sent me the latest SMS is also in one of my Signal groups. Which group is that?",
             "last texter's signal group?",
             "Take the person behind my newest text message and tell me the Signal group they belong to.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        names = rng.sample(MEMBERS, 3)
        return {"names": names, "phones": [phone_number(rng) for _ in names], "texts": rng.sample(CHATTER, 3),
                "groups": rng.sample(GROUPS, 3), "others": rng.sample([m for m in MEMBERS if m not in names], 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        app.state.chats = [c for c in app.state.chats if c.title not in params["groups"]]
        for chat in app.state.chats:
            if chat.group:
                chat.members = [m for m in chat.members if m not in params["names"]]
        for name, phone in zip(params["names"], params["phones"]):
            ensure_contact(device, name, phone)
        for phone, text, minutes in reversed(list(zip(params["phones"], params["texts"], (6, 30, 80)))):
            put_message(device, phone, text, minutes_ago=minutes, latest=True)  # names[0] newest
        for index, (group, name, other) in enumerate(zip(params["groups"], params["names"], params["others"])):
            chat = chat_with(device, group, [other, name], group=True)
            app.post(chat.id, other, "Any news?", minutes_ago=50 + 10 * index)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [params["groups"][0]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return first_named(answer, [params["groups"][0]], params["groups"][1:])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Messages").open("Signal").done(params["groups"][0])


class HostAddressToEvent(TaskTemplate):
    name = "unseen7_contact_address_into_event"
    apps = ("contacts", "calendar")
    difficulty = "hard"
    may_change = ("calendar.events.*.location",)
    goal = "My \"{title}\" on {day_text} is at {name}'s place. Set its location to {name}'s address from my contacts."
    goals = ("{name} is hosting {title} on {day_text}. Could you put their home address, the one in my contacts, "
             "into the event's location?",
             "{title} location = {name}'s address",
             "Copy {name}'s address from Contacts into the location of my calendar event \"{title}\" on {day_text}.")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"title": rng.choice(HOST_EVENTS), "day": sample_day(rng, 1, 8), "time": sample_time(rng, 17, 20),
                "name": person(rng), "phone": phone_number(rng), "address": street_address(rng)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"day_text": day_text(params["day"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        ensure_contact(device, params["name"], params["phone"], address=params["address"])
        cal = device.app("calendar")
        cal.state.events = [e for e in cal.state.events if normalize(e.title) != normalize(params["title"])]
        cal.add_event(params["title"], date.fromisoformat(params["day"]), params["time"])

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = events_titled(device, params["title"])
        return (len(found) == 1 and normalize(found[0].location) == normalize(params["address"])
                and found[0].day.isoformat() == params["day"] and found[0].start == params["time"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_contact(Plan(device), params["name"])
        open_event(plan, params["title"]).tap(resource_id=rid(CALENDAR_PKG, "edit_event"))
        plan.type(params["address"], resource_id=rid(CALENDAR_PKG, "event_location_field"))
        return plan.tap(resource_id=rid(CALENDAR_PKG, "save")).done()


MEDIUM = [ReplyToAsker, RenameByNumberEnding, DeleteBiggestFile, DirectToLastPoster, CountRatedAtLeast]
HARD = [MailSenderPhone, TextMailSender, LastTexterGroup, HostAddressToEvent]

__all__ = ["HARD", "MEDIUM", "first_named"]
