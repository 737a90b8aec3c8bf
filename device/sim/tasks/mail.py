"""Tasks on Mail: send, reply, forward, archive, star, delete, mark unread, and questions."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step
from .base import QuestionTask, TaskTemplate, normalize
from .common import person
from .nav import (
    MAIL_PKG,
    PHRASES,
    SEEN,
    SERVICES,
    SUBJECTS,
    address_of,
    compose_mail,
    emails_titled,
    mail_from,
    open_email,
    sent_mail,
)
from .plan import Plan, rid

MAIL = ("mail.emails",)


def _one(device: Any, subject: str) -> Any:
    found = emails_titled(device, subject)
    if len(found) != 1:
        raise LookupError(subject)
    return found[0]


class MailSend(TaskTemplate):
    name = "mail_send"
    apps = ("mail",)
    difficulty = "easy"
    tags = ("mail", "create")
    may_change = MAIL
    goal = "Send an email to {to} with the subject \"{subject}\" saying \"{body}\"."
    goals = ("Email {to}: subject {subject}, message: {body}",
             "Could you write a quick mail to {to}? Put \"{subject}\" as the subject and \"{body}\" in the text.",
             "mail {to} re {subject}: {body}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"to": address_of(person(rng)), "subject": rng.choice(SUBJECTS), "body": rng.choice(PHRASES)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(e.subject) == normalize(params["subject"]) and normalize(params["body"]) in normalize(e.body)
                   for e in sent_mail(device, params["to"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return compose_mail(Plan(device), params["to"], params["subject"], params["body"]).done()


class _Received(TaskTemplate):
    """Setup: one unread email ``subject`` from ``sender``."""

    apps = ("mail",)
    starred = False
    read = False

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "subject": rng.choice(SUBJECTS), "text": rng.choice(PHRASES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        email = mail_from(device, params["sender"], params["subject"], f"Hi, about {params['subject'].lower()}: "
                                                                       "let me know what you think.", read=self.read)
        email.starred = self.starred


class MailReply(_Received):
    name = "mail_reply"
    difficulty = "medium"
    tags = ("mail", "reply")
    may_change = MAIL
    goal = "Reply to {sender}'s email \"{subject}\" with \"{text}\"."
    goals = ("Answer the mail about {subject} from {sender}: {text}",
             "{sender} emailed me about \"{subject}\" - please reply saying \"{text}\", thanks!",
             "reply \"{text}\" to the {subject} email")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(params["subject"]) in normalize(e.subject) and normalize(params["text"]) in normalize(e.body)
                   for e in sent_mail(device, address_of(params["sender"])))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), params["subject"]).tap(resource_id=rid(MAIL_PKG, "reply"))
        plan.type(params["text"], resource_id=rid(MAIL_PKG, "body"))
        return plan.tap(resource_id=rid(MAIL_PKG, "send")).done()


class MailForward(_Received):
    name = "mail_forward"
    difficulty = "medium"
    tags = ("mail", "forward")
    may_change = MAIL
    goal = "Forward the email \"{subject}\" to {to}."
    goals = ("Send the {subject} mail on to {to}.",
             "Please pass {sender}'s message about \"{subject}\" along to {to} by forwarding it.",
             "fwd {subject} -> {to}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "to": address_of(person(rng))}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(normalize(params["subject"]) in normalize(e.subject) for e in sent_mail(device, params["to"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_email(Plan(device), params["subject"]).tap(resource_id=rid(MAIL_PKG, "forward"))
        plan.type(params["to"], resource_id=rid(MAIL_PKG, "to"))
        return plan.tap(resource_id=rid(MAIL_PKG, "send")).done()


class MailArchive(_Received):
    name = "mail_archive"
    difficulty = "easy"
    tags = ("mail", "archive")
    may_change = ("mail.emails.*.folder", *SEEN)
    goal = "Archive the email \"{subject}\"."
    goals = ("Move the {subject} mail out of my inbox into the archive.",
             "I'm done with {sender}'s email about \"{subject}\" - archive it please.",
             "archive: {subject}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return _one(device, params["subject"]).folder == "Archive"

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), params["subject"]).tap(resource_id=rid(MAIL_PKG, "archive")).done()


class MailStar(_Received):
    name = "mail_star"
    difficulty = "easy"
    tags = ("mail", "star")
    may_change = ("mail.emails.*.starred", *SEEN)
    goal = "Star the email from {sender} titled \"{subject}\"."
    goals = ("Mark {sender}'s mail \"{subject}\" with a star.",
             "Could you flag the {subject} email as starred so I find it later?",
             "star {subject}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return _one(device, params["subject"]).starred

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), params["subject"]).tap(content_desc="Star").done()


class MailUnstar(MailStar):
    name = "mail_unstar"
    starred = True
    goal = "Remove the star from the email \"{subject}\"."
    goals = ("Unstar {sender}'s mail about {subject}.",
             "The \"{subject}\" email doesn't need a star any more, please take it off.",
             "unstar {subject}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not _one(device, params["subject"]).starred

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), params["subject"]).tap(content_desc="Unstar").done()


class MailDelete(_Received):
    name = "mail_delete"
    difficulty = "easy"
    tags = ("mail", "delete")
    may_change = MAIL
    goal = "Delete the email \"{subject}\" from {sender}."
    goals = ("Throw away {sender}'s mail about {subject}.",
             "Please get rid of that \"{subject}\" email, I don't need it.",
             "delete mail {subject}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not emails_titled(device, params["subject"]) and len(device.app("mail").state.emails) > 1

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), params["subject"]).tap(resource_id=rid(MAIL_PKG, "delete")).done()


class MailMarkUnread(_Received):
    name = "mail_mark_unread"
    difficulty = "easy"
    tags = ("mail", "edit")
    read = True
    may_change = SEEN
    goal = "Mark the email \"{subject}\" as unread."
    goals = ("Set {sender}'s {subject} mail back to unread.",
             "I want to come back to the \"{subject}\" email later, so make it unread again.",
             "unread: {subject}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not _one(device, params["subject"]).read

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), params["subject"]).tap(resource_id=rid(MAIL_PKG, "mark_unread")).done()


class MailArchiveFromSender(TaskTemplate):
    name = "mail_archive_all_from_sender"
    apps = ("mail",)
    difficulty = "hard"
    tags = ("mail", "archive", "bulk")
    may_change = ("mail.emails.*.folder", *SEEN)
    goal = "Archive every email from {sender}."
    goals = ("Move all of {sender}'s mails to the archive.",
             "My inbox is cluttered with mails from {sender}; could you archive all of them?",
             "archive all mail from {sender}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "subjects": rng.sample(SUBJECTS, rng.randint(2, 3))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for i, subject in enumerate(params["subjects"]):
            mail_from(device, params["sender"], subject, "See you soon.", minutes_ago=5 + i)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        mine = [e for e in device.app("mail").state.emails if e.sender == params["sender"]]
        return len(mine) == len(params["subjects"]) and all(e.folder == "Archive" for e in mine)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device)
        for subject in params["subjects"]:
            open_email(plan, subject).tap(resource_id=rid(MAIL_PKG, "archive"))
        return plan.done()


class MailSenderQuestion(_Received, QuestionTask):
    name = "mail_sender_question"
    difficulty = "easy"
    tags = ("mail", "question")
    may_change = SEEN
    goal = "Who sent me the email \"{subject}\"?"
    goals = ("Which person emailed me about {subject}?",
             "There's a mail called \"{subject}\" somewhere in my inbox - can you tell me who it's from?",
             "sender of {subject}?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [_one(device, params["subject"]).sender]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), params["subject"]).done(self.expected(device, params)[0])


class MailCodeQuestion(QuestionTask):
    name = "mail_code_question"
    apps = ("mail",)
    difficulty = "easy"
    tags = ("mail", "question", "read")
    may_change = SEEN
    goal = "What is the verification code in the email from {service}?"
    goals = ("Read me the {service} sign-in code from my mail.",
             "I'm logging in to {service} and they emailed me a code, what is it?",
             "{service} code?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"service": rng.choice(SERVICES), "code": str(rng.randint(100000, 999999))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail_from(device, params["service"], f"Your {params['service']} code",
                  f"Use {params['code']} to sign in. It expires in 10 minutes.")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        email = _one(device, f"Your {params['service']} code")
        return [w for w in email.body.split() if w.isdigit()]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_email(Plan(device), f"Your {params['service']} code").done(self.expected(device, params)[0])


class MailUnreadCount(QuestionTask):
    name = "mail_unread_count_question"
    apps = ("mail",)
    difficulty = "medium"
    tags = ("mail", "question", "count")
    goal = "How many unread emails are in my inbox?"
    goals = ("Count the unread mails in the Inbox.",
             "Quick check before my meeting: how many emails in my inbox haven't I read yet?",
             "unread inbox count?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"extra": rng.randint(1, 3), "subjects": rng.sample(SUBJECTS, 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for subject in params["subjects"][: params["extra"]]:
            mail_from(device, person(random.Random(subject)), subject, "Hello!")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(sum(1 for e in device.app("mail").in_folder("Inbox") if not e.read))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Mail").done(self.expected(device, params)[0])


class MailStarredSubjectQuestion(QuestionTask):
    name = "mail_starred_subject_question"
    apps = ("mail",)
    difficulty = "medium"
    tags = ("mail", "question")
    goal = "What is the subject of my only starred email from {sender}?"
    goals = ("Which of {sender}'s mails did I star? Give me its subject.",
             "I starred one email from {sender} a while ago, what was its subject line?",
             "starred mail from {sender}: subject?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"sender": person(rng), "subjects": rng.sample(SUBJECTS, 3), "star": rng.randint(0, 2)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for i, subject in enumerate(params["subjects"]):
            mail_from(device, params["sender"], subject, "Details inside.", minutes_ago=10 + i, read=True).starred = \
                i == params["star"]

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [e.subject for e in device.app("mail").state.emails if e.sender == params["sender"] and e.starred]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Mail").tap(text="Starred").done(self.expected(device, params)[0])


class MailSentToQuestion(QuestionTask):
    name = "mail_sent_to_question"
    apps = ("mail",)
    difficulty = "medium"
    tags = ("mail", "question", "sent")
    goal = "To which address did I send the email \"{subject}\"?"
    goals = ("Who did I mail about {subject}? I need the address.",
             "I sent an email called \"{subject}\" recently but forgot to whom - which address was it?",
             "recipient of my {subject} mail?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"to": address_of(person(rng)), "subject": rng.choice(SUBJECTS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail = device.app("mail")
        for email in emails_titled(device, params["subject"]):
            mail.delete(email.id)
        mail.send(params["to"], params["subject"], "Here it is.")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [_one(device, params["subject"]).to]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Mail").tap(text="Sent")
        return plan.tap_row(params["subject"]).done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    MailSend, MailReply, MailForward, MailArchive, MailStar, MailUnstar, MailDelete, MailMarkUnread,
    MailArchiveFromSender, MailSenderQuestion, MailCodeQuestion, MailUnreadCount, MailStarredSubjectQuestion,
    MailSentToQuestion,
)
