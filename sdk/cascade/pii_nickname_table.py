"""Pet forms of given names that share no start with the name ("Bill" for William, "Дима" for Дмитрий, "Gosia" for
Małgorzata, "Pepe" for José), as people of each language call each other, and the theophoric starts that Yoruba,
Igbo and Arabic names are called without ("Seun" for Oluwaseun, "Emeka" for Chukwuemeka, "Rahman" for
Abdelrahman). ``pet_names`` gives a contact's other names: the pet form in the given name's place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

from .pii_forms import skeleton

# given name: its pet forms (a form that starts as the name does is left to pii_nicknames' short forms)
_TABLE = """
william: bill billy liam; robert: bob bobby robbie rob bert; richard: dick rick ricky rich; margaret: maggie meg
peggy greta; elizabeth: liz beth betty lisa eliza libby; katherine catherine kathryn: kate kathy katie cathy kay;
james: jim jimmy jamie; michael: mike mikey mick; edward: ted teddy ned eddie; charles: chuck charlie chas;
anthony antonio: tony; jennifer: jen jenny; susan suzanne susanne: sue susie; patricia: pat patty trish tricia;
alexander alexandra alejandro alessandro aleksandr aleksandra: sasha sandy sandro xander ola; christopher: chris kit;
jonathan: jon jonny; henry: hal hank harry; john: jack johnny; mary: molly polly; deborah: debbie deb; rebecca: becky;
victoria: vicky tori; sarah: sally sadie; theodore: teddy ted; nicholas: nick nicky; andrew: andy drew;
александр александра: саша шура; дмитрий: дима митя; михаил: миша; мария: маша маня; екатерина: катя;
елена: лена; наталья наталия: наташа; анна: аня; ольга: оля; татьяна: таня; алексей: лёша алёша леша;
сергей: серёжа сережа; владимир: вова володя; иван: ваня; николай: коля; евгений евгения: женя; павел: паша;
юлия: юля; светлана: света; олеся: леся; дмитро: діма; олександр: сашко; володимир: вова; людмила: люда; анастасия: настя; ксения: ксюша; григорий: гриша; пётр петр: петя;
константин: костя; виктор: витя; василий: вася; борис: боря; валентина: валя; галина: галя; яков: яша;
małgorzata: gosia małgosia; katarzyna: kasia; joanna: asia; barbara: basia; zofia: zosia; jadwiga: jadzia;
elżbieta: ela; agnieszka: aga; krzysztof: krzyś; grzegorz: grześ; wojciech: wojtek; józef: józek;
stanisław: staszek; maria: marysia; anna: ania; aleksander: olek; bolesław: bolek;
jarosław: jarek; mirosław: mirek; radosław: radek; przemysław: przemek; wiesław: wiesiek; czesław: czesiek;
jaroslav: jarda jarek; miroslav: mirek; ladislav: láďa; vladimír: vláďa; jiří: jirka; václav: vašek;
josé: pepe; francisco: paco pancho curro chico; dolores: lola; concepción: concha conchita; guadalupe: lupe;
ignacio: nacho; jesús: chucho chuy; enrique: quique; manuel: manolo; rosario: charo; mercedes: merche;
eduardo: lalo; consuelo: chelo; giuseppe: beppe peppe pino; giovanni: gianni nanni;
francesco: cecco; salvatore: totò turi; vincenzo: enzo; domenico: mimmo; johannes: hannes hans;
friedrich: fritz; johann: hans; heinrich: heinz; cornelis: kees; hendrik: henk; frédéric: fred;
françois françoise: fanfan; mehmet muhammad mohammed mohamed muhammed: hamoudi;
zsófia zofia zofie sofia sofía: sophie sophia; katalin katarzyna kateřina katarína: katherine catherine;
erzsébet elżbieta alžběta: elizabeth elisabeth; józsef józef josef: joseph; istván: stephen steven stefan;
györgy jerzy jiří: george; jános: john; mihály michał: michael; ferenc franciszek františek: frank francis;
zsuzsanna zuzanna zuzana: susan susanne; gergely grzegorz: gregory; ágnes agnieszka anežka: agnes
"""  # the last three lines: Central European names as their bearers write them among English speakers
_THEOPHORIC = ("oluwa", "olu", "chukwu", "chi", "abdel", "abdul", "abd")  # a name's start its bearer is called without
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_DROPPED = ("ade", "ayo", "ola", "ife", "oyin")  # Yoruba starts a name is also called without, less surely ("Wale")


def _pets() -> dict[str, tuple[str, ...]]:
    """Given name -> its pet forms, each name and form in its own letters and in Latin ones ("aleksandr" -> "Саша",
    "Sasha"; "дмитрий" -> "Дима", "Dima")."""
    pets: dict[str, tuple[str, ...]] = {}
    for entry in " ".join(_TABLE.split()).split(";"):
        names, forms = entry.split(":")
        spelled = tuple(dict.fromkeys(f for form in forms.split() for f in (form, anyascii(form).lower())))
        for given in {n for name in names.split() for n in (skeleton(name), anyascii(name).lower())}:
            pets[given] = tuple(dict.fromkeys(pets.get(given, ()) + spelled))
    return pets


_PETS = _pets()


def pet_names(contacts: Iterable[str]) -> list[str]:
    """Each contact again with a pet form for its given name ("Дмитрий Орлов" -> "Дима Орлов", "Kovács Zsófia" ->
    "Sophie Kovács"), and a Yoruba, Igbo or Arabic name without its theophoric start ("Oluwaseun Adeyemi" -> "Seun
    Adeyemi")."""
    others = []
    for contact in contacts:
        words = contact.split()
        if not words or not words[0][:1].isupper():
            continue
        at = -1 if len(words) >= 2 and skeleton(words[-1]) in _PETS and skeleton(words[0]) not in _PETS else 0
        given = skeleton(words[at])  # the family name first ("Kovács Zsófia"): the given name is the last
        forms = list(_PETS.get(given, ()))
        forms += [given[len(start):] for start in _THEOPHORIC
                  if given.startswith(start) and len(given) - len(start) >= 4 and given[len(start)] not in "-'"]
        rest = words[:-1] if at else words[1:]  # a pet form is said first, as in the languages that make it
        others += [" ".join([form.capitalize(), *rest]) for form in forms]
    return others


def weak_names(contacts: Iterable[str]) -> list[str]:
    """Each contact again with a form of its given name that is the contact only with evidence from the sentence:
    a Yoruba name without its first morpheme ("Adewale Ogunleye" -> "Wale Ogunleye": also a rapper's name) and a
    short name part of another script in Latin letters ("มะลิ ศรีสุข" -> "Mali ศรีสุข": also a country); a Chinese
    name in pinyin, in either order ("王芳" -> "Wang Fang", "Fang Wang": the two together are the contact, one alone
    only with evidence)."""
    others = []
    for contact in contacts:
        words = contact.split()
        if not words:
            continue
        if _HAN.fullmatch(han := "".join(words)):
            family = words[0] if len(words) == 2 else han[: 1 + (len(han) == 4)]  # 欧阳 of 欧阳娜娜
            pinyin = [anyascii(part).capitalize() for part in (family, han[len(family) :])]
            others += [" ".join(pinyin), " ".join(reversed(pinyin))]
        given = skeleton(words[0])
        others += [" ".join([given[len(start):].capitalize(), *words[1:]]) for start in _DROPPED
                   if given.startswith(start) and len(given) - len(start) >= 3]
        for i, word in enumerate(words):
            latin = anyascii(word)
            if not any("a" <= ch <= "z" for ch in word.lower()) and latin.isalpha() and 3 <= len(latin) <= 4:
                others.append(" ".join([latin.capitalize(), *words[:i], *words[i + 1 :]]))
    return others


__all__ = ["pet_names", "weak_names"]
