#!/usr/bin/env python3
"""Deterministic news-story corpus generator for crosscheck's scale benchmarks (Python stdlib only).

Writes N reports grouped into stories told by 1 to 8 outlets, about 3 KB each:

  <out>/corpus.jsonl   one report a line: {"id", "source", "title", "date", "text"}
  <out>/truth.jsonl    one story a line: its documents, each outlet's treatment, the findings expected
                       ("expect") and the decoys. An expected finding has a kind, "values" (a list of groups,
                       each the equivalent surfaces of one side: the planted value, then the canonical value as
                       the other reports write it), "in" (the report that plants it), "documents" (reports that
                       state the other side) and "how". A decoy has "groups" of surfaces that legitimately
                       differ (two groups), or one group of surfaces of one value in other words.
  <out>/meta.json      the arguments, counts, sizes and SHA-256 of both files
  <out>/txt/           with --txt: the same reports as .txt files (headline, blank line, body)

The model. A story is an event of one of seven types (talks, ceasefire, earthquake, accident, strike, trade
deal, trial) with its slots: countries, real cities from data/places.tsv, people with titles drawn from
name pools of their country's language, weekdays and dates from a real calendar, quantities with units and
head nouns, and quotations with their speakers. The first outlet is the wire; each further outlet copies it
(syndicated: the same sentences with boilerplate and light edits), rewrites it (other sentence templates, other
order, other background), shortens it, or translates it (an English edition of a Polish, German or French
outlet: its own romanisation of Russian, Ukrainian, Kazakh and Arabic names and its own exonyms). Aggregators
fold diacritics (Gdańsk -> Gdansk, Müller -> Mueller).

Some outlets plant one conflict: a different place for the event, a different quantity, a different day or
date, a quotation with one word changed, a different person in a role, a different title for a person, or a
misspelt name. Every story also carries decoys: values that differ because they are different things (dead
and injured; the venue and the earlier round's city; the day talks began and the day they ended; a shorter
excerpt of the same quotation) or one thing in other words (12 March and March 12; fourteen and 14).

Each story draws from its own random stream (seed and story number), so a smaller corpus is a prefix of a
larger one, and the same arguments give byte-identical files.

    python3 bench/gen_stories.py --reports 10000 --out bench/out/s10k
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PLACES = os.path.join(HERE, "..", "data", "places.tsv")

# ---------------------------------------------------------------------------------------------------------
# Romanisation of Cyrillic names: English (journalistic BGN), Polish, German (Duden) and French conventions.
# ---------------------------------------------------------------------------------------------------------

VOWELS_CYR = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ"
SOFT_AFTER_L = "еёиюяьії"

# Per language: letter -> (form at word start or after a vowel, form after a consonant).
ROMAN = {
    "en": {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": ("ye", "e"), "ё": ("yo", "yo"),
        "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": ("yu", "yu"), "я": ("ya", "ya"),
        "і": "i", "ї": ("yi", "i"), "є": ("ye", "ie"),
    },
    "pl": {
        "а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": ("je", "ie"), "ё": ("jo", "io"),
        "ж": "ż", "з": "z", "и": "i", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
        "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": ("ju", "iu"), "я": ("ja", "ia"),
        "і": "i", "ї": ("ji", "ji"), "є": ("je", "ie"),
    },
    "de": {
        "а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": ("je", "e"), "ё": ("jo", "jo"),
        "ж": "sch", "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
        "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": ("ju", "ju"), "я": ("ja", "ja"),
        "і": "i", "ї": ("ji", "ji"), "є": ("je", "je"),
    },
    "fr": {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": ("ie", "e"), "ё": ("io", "io"),
        "ж": "j", "з": "z", "и": "i", "й": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
        "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": ("iou", "iou"), "я": ("ia", "ia"),
        "і": "i", "ї": ("ï", "ï"), "є": ("ie", "ie"),
    },
}


def romanise(word, lang, ukrainian):
    """One Cyrillic word in `lang`'s romanisation; Ukrainian г is h and и is y."""
    low = word.lower()
    out = []
    n = len(low)
    for i, c in enumerate(low):
        # A space stands for "no letter", so that membership tests on it are false.
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < n else " "
        rest = low[i:]
        # Adjectival surname endings: -ский/-цкий are -ski/-cki outside English, -sky in English.
        if rest in ("ий", "ый") and i > 0:
            adjectival = prev in "кц"
            if ukrainian:
                out.append(({"en": "yi", "pl": "i", "de": "yj", "fr": "i"} if adjectival else
                            {"en": "yi", "pl": "yj", "de": "yj", "fr": "yi"})[lang])
            elif adjectival:
                out.append({"en": "y", "pl": "i", "de": "i", "fr": "i"}[lang])
            else:
                out.append({"en": "y", "pl": "ij", "de": "i", "fr": "i"}[lang])
            break
        if rest == "ій" and i > 0:
            out.append({"en": "iy", "pl": "ij", "de": "ij", "fr": "iï"}[lang])
            break
        if ukrainian and c == "г":
            out.append("h")
            continue
        if ukrainian and c == "и":
            out.append("y")
            continue
        if ukrainian and c == "е":
            out.append("e")
            continue
        if lang == "pl" and c == "л":
            out.append("l" if nxt in SOFT_AFTER_L else "ł")
            continue
        if lang == "pl" and c in "еёюя" and prev == "л":
            out.append({"е": "e", "ё": "o", "ю": "u", "я": "a"}[c])
            continue
        if lang == "pl" and c == "и" and prev in "жшц":
            out.append("y")
            continue
        if lang == "pl" and c == "е" and prev in "жшчщц":
            out.append("e")
            continue
        if lang == "fr" and c == "г" and nxt in ("е", "и", "ы", "э"):
            out.append("gu")
            continue
        if lang in ("de", "fr") and c == "с" and prev in VOWELS_CYR and nxt in VOWELS_CYR:
            out.append("ss")
            continue
        if lang == "fr" and c == "й" and prev not in VOWELS_CYR:
            out.append("i")
            continue
        if lang == "en" and c == "й" and prev == "е" and i == n - 1:
            out.append("y")
            continue
        form = ROMAN[lang][c] if c in ROMAN[lang] else c
        if isinstance(form, tuple):
            form = form[0] if (i == 0 or prev in VOWELS_CYR or prev in "ъь") else form[1]
        out.append(form)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def fold_ascii(s):
    """An aggregator's ASCII form: German umlauts spelt out, other diacritics dropped."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
                 ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("ı", "i"), ("İ", "I"), ("æ", "ae"), ("đ", "d")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------------------
# Name pools. Cyrillic pools are romanised per outlet; Arabic pools carry (English, French, German, Polish)
# forms; Latin pools are written as their owners write them.
# ---------------------------------------------------------------------------------------------------------

RU_GIVEN = [("Сергей", "m"), ("Дмитрий", "m"), ("Алексей", "m"), ("Николай", "m"), ("Юрий", "m"),
            ("Владимир", "m"), ("Михаил", "m"), ("Андрей", "m"), ("Олег", "m"), ("Игорь", "m"), ("Павел", "m"),
            ("Евгений", "m"), ("Григорий", "m"), ("Фёдор", "m"), ("Вадим", "m"), ("Виктор", "m"),
            ("Мария", "f"), ("Елена", "f"), ("Ольга", "f"), ("Наталья", "f"), ("Татьяна", "f"), ("Юлия", "f"),
            ("Екатерина", "f"), ("Ксения", "f"), ("Людмила", "f"), ("Анастасия", "f")]
RU_SURNAMES = ["Лавров", "Волков", "Соколов", "Морозов", "Кузнецов", "Орлов", "Белов", "Захаров", "Смирнов",
               "Попов", "Петров", "Фёдоров", "Михайлов", "Новиков", "Козлов", "Лебедев", "Егоров", "Павлов",
               "Голубев", "Виноградов", "Богданов", "Фролов", "Жуков", "Тарасов", "Щербаков", "Чернов",
               "Гусев", "Титов", "Киселёв", "Макаров", "Никитин", "Зайцев", "Борисов", "Яковлев", "Воронин",
               "Громов", "Шаров", "Ковалёв", "Ильин", "Герасимов", "Марков", "Рябов", "Поляков", "Сорокин",
               "Чайковский", "Жуковский", "Ушаков", "Шувалов", "Лазарев", "Медведев"]
UA_GIVEN = [("Володимир", "m"), ("Олексій", "m"), ("Тарас", "m"), ("Андрій", "m"), ("Микола", "m"),
            ("Сергій", "m"), ("Богдан", "m"), ("Дмитро", "m"), ("Олександр", "m"), ("Юрій", "m"),
            ("Василь", "m"), ("Григорій", "m"), ("Юлія", "f"), ("Оксана", "f"), ("Ірина", "f"),
            ("Наталія", "f"), ("Олена", "f"), ("Галина", "f"), ("Тетяна", "f"), ("Людмила", "f")]
UA_SURNAMES = ["Бондаренко", "Шевченко", "Коваленко", "Ткаченко", "Кравченко", "Мельник", "Гнатюк", "Марченко",
               "Лисенко", "Савченко", "Руденко", "Мороз", "Коваль", "Петренко", "Шевчук", "Поліщук", "Бойко",
               "Ткачук", "Ковальчук", "Олійник", "Гончаренко", "Яременко", "Зінченко", "Кириленко", "Хоменко",
               "Литвиненко", "Харченко", "Гребенюк", "Дячук", "Жадан"]
KZ_GIVEN = [("Ерлан", "m"), ("Нурлан", "m"), ("Асхат", "m"), ("Серик", "m"), ("Бауыржан", "m"), ("Ержан", "m"),
            ("Марат", "m"), ("Канат", "m"), ("Айгуль", "f"), ("Жанар", "f"), ("Динара", "f"), ("Гульнара", "f")]
KZ_SURNAMES = ["Абдрахманов", "Сулейменов", "Жумабаев", "Нургалиев", "Касымов", "Ахметов", "Токаев",
               "Искаков", "Байжанов", "Жаксыбеков", "Мухамеджанов", "Есенов", "Шакиров", "Оспанов"]

AR_GIVEN = [(("Mohammed", "Mohamed", "Mohammed", "Muhammad"), "m"), (("Ahmed", "Ahmed", "Ahmed", "Ahmad"), "m"),
            (("Khaled", "Khaled", "Chalid", "Chalid"), "m"), (("Youssef", "Youssef", "Jussuf", "Jusuf"), "m"),
            (("Omar", "Omar", "Omar", "Umar"), "m"), (("Hussein", "Hussein", "Hussein", "Husajn"), "m"),
            (("Tarek", "Tarek", "Tarik", "Tarik"), "m"), (("Walid", "Oualid", "Walid", "Walid"), "m"),
            (("Karim", "Karim", "Karim", "Karim"), "m"), (("Nabil", "Nabil", "Nabil", "Nabil"), "m"),
            (("Samir", "Samir", "Samir", "Samir"), "m"), (("Abdelhamid", "Abdelhamid", "Abdelhamid", "Abdulhamid"), "m"),
            (("Abdullah", "Abdallah", "Abdullah", "Abdullah"), "m"), (("Mahmoud", "Mahmoud", "Mahmud", "Mahmud"), "m"),
            (("Hassan", "Hassan", "Hassan", "Hasan"), "m"), (("Jamal", "Djamel", "Dschamal", "Dżamal"), "m"),
            (("Rashid", "Rachid", "Raschid", "Raszid"), "m"), (("Sharif", "Chérif", "Scharif", "Szarif"), "m"),
            (("Fatima", "Fatima", "Fatima", "Fatima"), "f"), (("Leila", "Leïla", "Laila", "Lajla"), "f"),
            (("Amira", "Amira", "Amira", "Amira"), "f"), (("Nadia", "Nadia", "Nadia", "Nadia"), "f"),
            (("Rania", "Rania", "Rania", "Rania"), "f"), (("Yasmin", "Yasmine", "Jasmin", "Jasmin"), "f"),
            (("Salma", "Salma", "Salma", "Salma"), "f"), (("Houda", "Houda", "Huda", "Huda"), "f")]
AR_SURNAMES = [("al-Mansouri", "el-Mansouri", "al-Mansuri", "al-Mansuri"), ("al-Rashid", "el-Rachid", "al-Raschid", "al-Raszid"),
               ("Haddad", "Haddad", "Haddad", "Haddad"), ("Khoury", "Khoury", "Churi", "Churi"),
               ("Nasser", "Nasser", "Nasser", "Naser"), ("al-Hashimi", "el-Hachemi", "al-Haschimi", "al-Haszimi"),
               ("Saleh", "Saleh", "Salih", "Salih"), ("Kassem", "Kacem", "Kassem", "Kasim"),
               ("al-Shami", "ach-Chami", "asch-Schami", "asz-Szami"), ("Hamdan", "Hamdane", "Hamdan", "Hamdan"),
               ("Barakat", "Barakat", "Barakat", "Barakat"), ("al-Tamimi", "et-Tamimi", "al-Tamimi", "at-Tamimi"),
               ("Othman", "Othmane", "Osman", "Osman"), ("Bouazizi", "Bouazizi", "Buazizi", "Buazizi"),
               ("al-Obeidi", "el-Obeidi", "al-Obaidi", "al-Ubajdi"), ("Jaber", "Jaber", "Dschaber", "Dżabir"),
               ("Suleiman", "Souleimane", "Sulaiman", "Sulejman"), ("Younis", "Younes", "Junis", "Junus"),
               ("Mahfouz", "Mahfouz", "Machfus", "Mahfuz"), ("Zaher", "Zaher", "Saher", "Zahir"),
               ("al-Khatib", "el-Khatib", "al-Chatib", "al-Chatib"), ("Qureshi", "Kourachi", "Kureschi", "Kureszi"),
               ("Shalaby", "Chalabi", "Schalabi", "Szalabi"), ("Darwish", "Darwich", "Darwisch", "Darwisz")]

LATIN = {
    "pl": ([("Piotr", "m"), ("Marek", "m"), ("Tomasz", "m"), ("Krzysztof", "m"), ("Paweł", "m"), ("Michał", "m"),
            ("Łukasz", "m"), ("Wojciech", "m"), ("Grzegorz", "m"), ("Jacek", "m"), ("Anna", "f"), ("Katarzyna", "f"),
            ("Małgorzata", "f"), ("Agnieszka", "f"), ("Magdalena", "f"), ("Joanna", "f"), ("Zofia", "f"),
            ("Barbara", "f"), ("Ewa", "f"), ("Dorota", "f")],
           ["Zieliński", "Wójcik", "Kowalczyk", "Woźniak", "Kamiński", "Lewandowski", "Dąbrowski", "Szymański",
            "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
            "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Górski", "Stępień", "Sikora", "Ostrowski",
            "Błaszczyk", "Sadowski", "Kaczmarek", "Baran", "Duda"]),
    "de": ([("Jens", "m"), ("Thomas", "m"), ("Andreas", "m"), ("Stefan", "m"), ("Jürgen", "m"), ("Jörg", "m"),
            ("Björn", "m"), ("Klaus", "m"), ("Matthias", "m"), ("Uwe", "m"), ("Sabine", "f"), ("Katrin", "f"),
            ("Ulrike", "f"), ("Monika", "f"), ("Petra", "f"), ("Birgit", "f"), ("Jutta", "f"), ("Annegret", "f")],
           ["Müller", "Schröder", "Köhler", "Jäger", "Günther", "Krüger", "Weiß", "Groß", "Schäfer", "Becker",
            "Hoffmann", "Schulz", "Wagner", "Fischer", "Lehmann", "Vogel", "Brandt", "Möller", "Zimmermann",
            "Hartmann", "Böhm", "Kühn", "Lübke", "Fröhlich", "Baumgärtner", "Schmitz", "Neumann"]),
    "fr": ([("Jean-Baptiste", "m"), ("François", "m"), ("Jérôme", "m"), ("Éric", "m"), ("Pierre", "m"),
            ("Mathieu", "m"), ("Sébastien", "m"), ("Benoît", "m"), ("Thierry", "m"), ("Hélène", "f"),
            ("Amélie", "f"), ("Céline", "f"), ("Claire", "f"), ("Nathalie", "f"), ("Renée", "f"), ("Élodie", "f")],
           ["Lefèvre", "Moreau", "Girard", "Fournier", "Rousseau", "Dubois", "Lemaître", "Bérenger", "Faure",
            "Mercier", "Chevalier", "Gauthier", "Perrin", "Leroy", "Blanchard", "Garnier", "Lacroix", "Bonnet",
            "Héraud", "Marchand"]),
    "tr": ([("Mehmet", "m"), ("Ahmet", "m"), ("Mustafa", "m"), ("Hüseyin", "m"), ("Kemal", "m"), ("Burak", "m"),
            ("Şükrü", "m"), ("Gökhan", "m"), ("Emine", "f"), ("Ayşe", "f"), ("Zeynep", "f"), ("Elif", "f"),
            ("Fatma", "f"), ("Özge", "f")],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç", "Aksoy",
            "Kılıç", "Aslan", "Çetin", "Kurt", "Özdemir", "Güneş", "Yıldız", "Karaca", "Tekin"]),
    "es": ([("José", "m"), ("Andrés", "m"), ("Ramón", "m"), ("Joaquín", "m"), ("Martín", "m"), ("Sebastián", "m"),
            ("Tomás", "m"), ("Rodrigo", "m"), ("María", "f"), ("Inés", "f"), ("Sofía", "f"), ("Lucía", "f"),
            ("Valentina", "f"), ("Camila", "f"), ("Verónica", "f")],
           ["García", "Muñoz", "Rodríguez", "Fernández", "Núñez", "Pérez", "Sánchez", "Ramírez", "Gómez", "Díaz",
            "Martínez", "Jiménez", "Ibáñez", "Vásquez", "Castillo", "Ortega", "Herrera", "Peña", "Rojas",
            "Sepúlveda"]),
    "no": ([("Erik", "m"), ("Lars", "m"), ("Magnus", "m"), ("Bjørn", "m"), ("Øystein", "m"), ("Anders", "m"),
            ("Nils", "m"), ("Hanna", "f"), ("Ingrid", "f"), ("Sigrid", "f"), ("Åsa", "f"), ("Karin", "f"),
            ("Linnea", "f")],
           ["Lindqvist", "Johansson", "Berg", "Hansen", "Nilsen", "Strand", "Dahl", "Sjöberg", "Åberg",
            "Lindström", "Holm", "Bakke", "Solberg", "Ødegaard", "Nyström", "Eriksen"]),
    "af": ([("Kwame", "m"), ("Kofi", "m"), ("Yaw", "m"), ("Kwabena", "m"), ("Chinedu", "m"), ("Emeka", "m"),
            ("Tunde", "m"), ("Otieno", "m"), ("Ama", "f"), ("Akosua", "f"), ("Ngozi", "f"), ("Adaeze", "f"),
            ("Wanjiru", "f"), ("Amina", "f")],
           ["Mensah", "Boateng", "Owusu", "Asante", "Osei", "Adeyemi", "Okafor", "Eze", "Nwosu", "Balogun",
            "Kamau", "Odhiambo", "Mwangi", "Wanjiku", "Kiprop", "Achieng", "Appiah", "Okonkwo"]),
    "it": ([("Giuseppe", "m"), ("Luca", "m"), ("Matteo", "m"), ("Alessandro", "m"), ("Niccolò", "m"),
            ("Francesca", "f"), ("Chiara", "f"), ("Giulia", "f"), ("Federica", "f")],
           ["Rossi", "Bianchi", "Esposito", "Romano", "Ricci", "Marino", "Greco", "Conti", "Mancini", "Lombardi",
            "Moretti", "Galli", "Ferrara", "Santoro"]),
    "gr": ([("Nikos", "m"), ("Giorgos", "m"), ("Dimitris", "m"), ("Yannis", "m"), ("Kostas", "m"), ("Eleni", "f"),
            ("Katerina", "f"), ("Sofia", "f"), ("Maria", "f")],
           ["Papadakis", "Georgiou", "Nikolaidis", "Karagiannis", "Oikonomou", "Christodoulou", "Vlachos",
            "Antoniou", "Mavridis", "Kyriakou"]),
}

# iso, English name, demonym, name pool
COUNTRIES = [
    ("RU", "Russia", "Russian", "ru"), ("UA", "Ukraine", "Ukrainian", "uk"), ("KZ", "Kazakhstan", "Kazakh", "kz"),
    ("PL", "Poland", "Polish", "pl"), ("DE", "Germany", "German", "de"), ("AT", "Austria", "Austrian", "de"),
    ("FR", "France", "French", "fr"), ("BE", "Belgium", "Belgian", "fr"), ("CH", "Switzerland", "Swiss", "de"),
    ("LY", "Libya", "Libyan", "ar"), ("MA", "Morocco", "Moroccan", "ar"), ("DZ", "Algeria", "Algerian", "ar"),
    ("TN", "Tunisia", "Tunisian", "ar"), ("EG", "Egypt", "Egyptian", "ar"), ("JO", "Jordan", "Jordanian", "ar"),
    ("LB", "Lebanon", "Lebanese", "ar"), ("IQ", "Iraq", "Iraqi", "ar"), ("SA", "Saudi Arabia", "Saudi", "ar"),
    ("QA", "Qatar", "Qatari", "ar"), ("TR", "Turkey", "Turkish", "tr"), ("ES", "Spain", "Spanish", "es"),
    ("CL", "Chile", "Chilean", "es"), ("AR", "Argentina", "Argentine", "es"), ("MX", "Mexico", "Mexican", "es"),
    ("CO", "Colombia", "Colombian", "es"), ("PE", "Peru", "Peruvian", "es"), ("NO", "Norway", "Norwegian", "no"),
    ("SE", "Sweden", "Swedish", "no"), ("GH", "Ghana", "Ghanaian", "af"), ("NG", "Nigeria", "Nigerian", "af"),
    ("KE", "Kenya", "Kenyan", "af"), ("IT", "Italy", "Italian", "it"), ("GR", "Greece", "Greek", "gr"),
]

# Exonyms an English edition of a Polish, German or French outlet keeps: gazetteer name -> (pl, de, fr).
EXONYMS = {
    "Kyiv": ("Kijów", "Kiew", "Kiev"), "Kharkiv": ("Charków", "Charkiw", "Kharkov"), "Odesa": ("Odessa", "Odessa", "Odessa"),
    "Lviv": ("Lwów", "Lwiw", "Lviv"), "Kherson": ("Chersoń", "Cherson", "Kherson"), "Mykolayiv": ("Mikołajów", "Mykolajiw", "Mykolaïv"),
    "Moscow": ("Moskwa", "Moskau", "Moscou"), "Saint Petersburg": ("Petersburg", "Sankt Petersburg", "Saint-Pétersbourg"),
    "Warsaw": ("Warszawa", "Warschau", "Varsovie"), "Kraków": ("Kraków", "Krakau", "Cracovie"), "Gdańsk": ("Gdańsk", "Danzig", "Gdańsk"),
    "Wrocław": ("Wrocław", "Breslau", "Wrocław"), "Munich": ("Monachium", "München", "Munich"), "Cologne": ("Kolonia", "Köln", "Cologne"),
    "Vienna": ("Wiedeń", "Wien", "Vienne"), "Geneva": ("Genewa", "Genf", "Genève"), "Zurich": ("Zurych", "Zürich", "Zurich"),
    "Rome": ("Rzym", "Rom", "Rome"), "Milan": ("Mediolan", "Mailand", "Milan"), "Naples": ("Neapol", "Neapel", "Naples"),
    "Athens": ("Ateny", "Athen", "Athènes"), "Algiers": ("Algier", "Algier", "Alger"), "Tripoli": ("Trypolis", "Tripolis", "Tripoli"),
    "Beirut": ("Bejrut", "Beirut", "Beyrouth"), "Tangier": ("Tanger", "Tanger", "Tanger"), "Marrakesh": ("Marrakesz", "Marrakesch", "Marrakech"),
    "Fes": ("Fez", "Fès", "Fès"), "Istanbul": ("Stambuł", "Istanbul", "Istanbul"), "Lisbon": ("Lizbona", "Lissabon", "Lisbonne"),
    "Seville": ("Sewilla", "Sevilla", "Séville"), "Brussels": ("Bruksela", "Brüssel", "Bruxelles"), "Antwerp": ("Antwerpia", "Antwerpen", "Anvers"),
    "Nuremberg": ("Norymberga", "Nürnberg", "Nuremberg"), "Hanover": ("Hanower", "Hannover", "Hanovre"), "Venice": ("Wenecja", "Venedig", "Venise"),
    "Florence": ("Florencja", "Florenz", "Florence"), "Turin": ("Turyn", "Turin", "Turin"), "Thessaloniki": ("Saloniki", "Thessaloniki", "Thessalonique"),
    "Damascus": ("Damaszek", "Damaskus", "Damas"), "Baghdad": ("Bagdad", "Bagdad", "Bagdad"), "Basrah": ("Basra", "Basra", "Bassorah"),
    "Mecca": ("Mekka", "Mekka", "La Mecque"), "Jeddah": ("Dżudda", "Dschidda", "Djeddah"), "Riyadh": ("Rijad", "Riad", "Riyad"),
    "Alexandria": ("Aleksandria", "Alexandria", "Alexandrie"), "Mexico City": ("Meksyk", "Mexiko-Stadt", "Mexico"),
    "Bogotá": ("Bogota", "Bogotá", "Bogota"), "Copenhagen": ("Kopenhaga", "Kopenhagen", "Copenhague"),
    "Gothenburg": ("Göteborg", "Göteborg", "Göteborg"), "Nur-Sultan": ("Astana", "Astana", "Astana"),
}

ALLOWED_LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -"
                      "ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜéèêëàâîïôûùçÉÈáíóúñÁÍÓÚÑşŞğĞıİøØåÅæ")


def load_cities():
    """Per country: up to 40 cities of at least 80,000 people, largest first, whose names an English report
    writes as the gazetteer does (no macrons, no apostrophes)."""
    wanted = {c[0] for c in COUNTRIES}
    by_country = {}
    with open(PLACES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5 or cols[2] != "P" or cols[1] not in wanted:
                continue
            pop, name = int(cols[3]), cols[4]
            if pop < 80_000 or not set(name) <= ALLOWED_LETTERS or len(name) > 24:
                continue
            by_country.setdefault(cols[1], []).append((-pop, name))
    cities = {}
    for iso, rows in by_country.items():
        rows.sort()
        seen = []
        for _, name in rows:
            if name not in seen:
                seen.append(name)
        cities[iso] = seen[:40]
    return cities


# ---------------------------------------------------------------------------------------------------------
# Outlets. lang: en keeps names as written, ascii folds diacritics, pl/de/fr are English editions of foreign
# outlets with their own romanisation and exonyms.
# ---------------------------------------------------------------------------------------------------------

WIRES = ["Meridian Wire", "Continental Press Agency", "Global Newswire", "Atlas News Service"]
OUTLETS = [
    ("The Harbour Times", "en"), ("Daily Ledger", "en"), ("Evening Courier", "en"), ("Northern Star", "en"),
    ("Metro Bulletin", "en"), ("The Capital Review", "en"), ("Morning Dispatch", "en"), ("Coastal Gazette", "en"),
    ("The Weekly Observer", "en"), ("Frontier Post", "en"), ("Riverside Chronicle", "en"), ("The Sentinel", "en"),
    ("Headline Hub", "ascii"), ("Briefly Today", "ascii"), ("Wire Digest", "ascii"), ("NewsNow Aggregator", "ascii"),
    ("Kurier Wschodni English", "pl"), ("Polish Herald", "pl"), ("Gazeta Bałtycka English", "pl"),
    ("Rhein-Kurier International", "de"), ("Alpenpost English", "de"), ("Hanse-Zeitung English", "de"),
    ("Le Messager International", "fr"), ("Courrier du Sud English", "fr"), ("La Dépêche Méditerranée English", "fr"),
]
REPORTERS = ["Anna Kowal", "Peter Hale", "Maya Singh", "Tom Reddy", "Lena Hart", "Omar Said", "Iris Bell",
             "Paul Novak", "Rita Gomes", "Sam Okoye", "Nina Ross", "Jon Meyer"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]

MINISTRIES = ["Foreign Minister", "Defence Minister", "Interior Minister", "Trade Minister", "Economy Minister",
              "Energy Minister", "Transport Minister", "Labour Minister", "Health Minister", "Finance Minister",
              "Agriculture Minister", "Justice Minister"]


def num(n):
    return f"{n:,}"


def words_or_digits(n, use_words):
    return SMALL[n] if use_words and n < 20 else num(n)


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------------------------------------
# People.
# ---------------------------------------------------------------------------------------------------------

class Person:
    """A person: forms per outlet language, gender, title."""

    def __init__(self, rng, pool, used):
        for _ in range(50):
            self.pool = pool
            if pool in ("ru", "uk", "kz"):
                given, surnames = {"ru": (RU_GIVEN, RU_SURNAMES), "uk": (UA_GIVEN, UA_SURNAMES),
                                   "kz": (KZ_GIVEN, KZ_SURNAMES)}[pool]
                g, self.gender = rng.choice(given)
                s = rng.choice(surnames)
                if self.gender == "f" and pool != "uk":
                    s = s + "а" if s.endswith(("ов", "ев", "ёв", "ин")) else (s[:-2] + "ая" if s.endswith("ий") else s)
                self.given, self.surname = g, s
            elif pool == "ar":
                (self.given, self.gender), self.surname = rng.choice(AR_GIVEN), rng.choice(AR_SURNAMES)
            else:
                given, surnames = LATIN[pool]
                g, self.gender = rng.choice(given)
                s = rng.choice(surnames)
                if self.gender == "f" and pool == "pl" and s.endswith("ski"):
                    s = s[:-1] + "a"
                self.given, self.surname = g, s
            key = (str(self.given), str(self.surname))
            if key not in used and str(self.surname) not in {u[1] for u in used}:
                used.append(key)
                break
        self.misspelt = None

    def forms(self, lang):
        """(full name, surname) as an outlet writing in `lang` spells them."""
        if self.pool in ("ru", "uk", "kz"):
            rl = "en" if lang in ("en", "ascii") else lang
            uk = self.pool == "uk"
            g, s = romanise(self.given, rl, uk), romanise(self.surname, rl, uk)
        elif self.pool == "ar":
            i = {"en": 0, "ascii": 0, "fr": 1, "de": 2, "pl": 3}[lang]
            g, s = self.given[i], self.surname[i]
        else:
            g, s = self.given, self.surname
            if lang == "ascii":
                g, s = fold_ascii(g), fold_ascii(s)
        return f"{g} {s}", s

    @property
    def he(self):
        return "he" if self.gender == "m" else "she"

    @property
    def his(self):
        return "his" if self.gender == "m" else "her"


def misspell(rng, s):
    """A plausible typo in surname `s`: a doubled or dropped letter, or two letters swapped."""
    letters = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha()]
    if not letters:
        return s + s[-1]
    i = rng.choice(letters)
    how = rng.randrange(3)
    if how == 0:
        return s[:i] + s[i] + s[i:]
    if how == 1 and len(s) > 4:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


# ---------------------------------------------------------------------------------------------------------
# Quotations: the [a|b] word is the one a drifting outlet changes.
# ---------------------------------------------------------------------------------------------------------

QUOTES = {
    "talks": [
        "We did not come here to sign a piece of paper. We came to end a dispute that has lasted [too|far] long",
        "Every month without an agreement is a month of lost trade, lost jobs and lost trust",
        "The gaps are narrower than they were. We [will|would] not walk away from this table",
        "We will not accept a deal that [could|would] undermine {A}'s sovereignty",
        "Both delegations showed a [real|genuine] will to move forward. Now the hard part begins",
        "Nobody should expect miracles from one round. The [important|essential] thing is that we keep talking",
        "Our people are tired of waiting. They want results, not [more|new] communiqués",
        "The door remains open. But the other side [must|should] show that it is serious",
    ],
    "ceasefire": [
        "This truce is fragile. It [will|can] hold only if both sides keep their word",
        "Too many families have buried their sons. Today we give peace a [chance|start]",
        "We will monitor every kilometre of the line. Any violation [will|would] be reported at once",
        "The guns must fall silent now, not [tomorrow|later]",
        "A ceasefire is not peace. It is the [first|only] step towards it",
        "We owe it to the people of the border villages. They have [suffered|endured] enough",
    ],
    "quake": [
        "We have no reports of collapsed hospitals. Teams are checking older buildings [one|block] by one",
        "The search will go on through the night. We [will|shall] not stop while there is hope",
        "People should stay out of damaged buildings. Aftershocks [could|may] continue for days",
        "The first hours are [critical|decisive]. Every team we have is in the field",
        "We are sending tents, blankets and water. [Nobody|No one] will be left without shelter",
    ],
    "accident": [
        "It was a miracle that more people did not die. The carriages were [crushed|flattened]",
        "We owe the families answers. The investigation [will|must] be thorough and quick",
        "The line had been inspected last month. We [do|will] not yet know what went wrong",
        "Our thoughts are with the victims. The company will [cooperate|work] fully with investigators",
        "Safety on this route has been a concern for years. Nobody [listened|acted] until now",
    ],
    "strike": [
        "Automation is not the enemy, but a plan that replaces people without [negotiation|consultation] is",
        "We are ready to talk at any moment. The employers [know|have] our number",
        "Every day of this strike costs the port dearly. We urge the union to [return|come back] to the table",
        "Our members will not accept a promise with no [signature|guarantee] under it",
        "We did not want this strike. It was forced on us by [years|months] of broken promises",
    ],
    "deal": [
        "Two countries that grow most of the world's supply should not compete [against|with] each other on price",
        "This agreement [will|should] create thousands of jobs on both sides of the border",
        "We will not accept rules that [could|would] undermine our investments",
        "{A} will set the rules for its [own|national] resources",
        "This is a partnership of equals. Nobody is buying anybody [here|out]",
    ],
    "trial": [
        "Justice has been done, but it has come [too|very] late for the victims",
        "My client is innocent and we [will|shall] appeal this verdict",
        "The court has sent a clear message. Nobody is above the [law|rules]",
        "This trial was political from the [first|very] day",
        "We respect the court's decision. The families can now begin to [heal|rebuild]",
    ],
}


QUOTE_CODAS = [
    "That is what people in {A} [expect|want] from us", "We [owe|promised] it to the families",
    "Nobody in {A} should [doubt|question] that", "I want to be very [clear|plain] about this",
    "The coming weeks will [show|tell] whether we were right", "History will [judge|remember] us by what we do next",
    "We have waited long enough for this [moment|day]", "There is no [alternative|other way]",
    "What counts is what [happens|follows] now", "Our partners in {B} know this [well|too]",
    "We will keep [working|pushing] until the job is done", "This is only the [beginning|start]",
    "The people of {A} deserve nothing [less|else]", "It is time to [act|move]",
    "We [cannot|must not] let this moment pass", "I spoke to the families this [morning|week]",
    "Everyone has to [play|do] their part", "We did everything we [could|can]",
    "Our friends in {B} have been [patient|generous]", "I am [confident|hopeful] that reason will prevail",
    "The world is [watching|looking at] us", "Those responsible will be held to [account|answer]",
]


def quote_pair(rng, kind, A, B):
    """(canonical, drifted) forms of one quotation of story type `kind`: a sentence of the type's own, and
    sometimes a second one, with one [a|b] word that a drifting outlet changes."""
    while True:
        first = rng.choice(QUOTES[kind]).split(". ")[0]
        t = first if rng.random() < 0.35 else first + ". " + rng.choice(QUOTE_CODAS)
        t = t.replace("{A}", A).replace("{B}", B)
        marks = list(re.finditer(r"\[([^|\]]+)\|([^\]]+)\]", t))
        if marks:
            break
    m = rng.choice(marks)
    canonical, drifted = t, t
    for other in reversed(marks):
        a, b = other.group(1), other.group(2)
        canonical = canonical[:other.start()] + a + canonical[other.end():]
        drifted = drifted[:other.start()] + (b if other is m else a) + drifted[other.end():]
    return canonical, drifted


def first_sentence(q):
    i = q.find(". ")
    return q[:i] if i > 0 else None


def said(q, who, rng_i, verb="said"):
    """A quotation attributed in one of the usual ways."""
    forms = [
        f"\u201c{q},\u201d {who} {verb}.",
        f"{who} {verb}: \u201c{q}.\u201d",
        f"\u201c{q},\u201d {verb} {who}.",
    ]
    return forms[rng_i % len(forms)]


# ---------------------------------------------------------------------------------------------------------
# Story model.
# ---------------------------------------------------------------------------------------------------------

KINDS = ["talks", "ceasefire", "quake", "accident", "strike", "deal", "trial"]
TOPICS = ["water sharing on their common rivers", "the demarcation of their border", "a prisoner exchange",
          "gas transit", "fishing rights in disputed waters", "the return of displaced families",
          "a new electricity interconnector", "customs checks at the border", "the reopening of rail links",
          "visa rules for seasonal workers", "the status of a disputed island", "compensation for seized property"]
INDUSTRIES = [("cocoa", "tonne"), ("copper", "tonne"), ("lithium", "tonne"), ("wheat", "tonne"),
              ("coffee", "kilogram"), ("natural gas", "cubic metre"), ("cotton", "tonne"), ("rice", "tonne"),
              ("phosphate", "tonne"), ("olive oil", "litre")]
# Coined proper nouns give each story names of its own (an operator, a district, a hotel, a vessel), as real
# stories have: syllables of English-like shape.
COIN_ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "tr",
               "v", "w", "z", "th", "sh", "ch"]
COIN_NUCLEI = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ou"]
COIN_CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rk"]


def coin(rng):
    word = "".join(rng.choice(COIN_ONSETS) + rng.choice(COIN_NUCLEI) + rng.choice(COIN_CODAS)
                   for _ in range(rng.choice([2, 2, 2, 3])))
    return word.capitalize()


OPERATOR_KINDS = {"talks": "Group", "ceasefire": "Group", "quake": "Construction", "accident": "Transport",
                  "strike": "Terminals", "deal": "Holdings", "trial": "Engineering"}
UNIONS = ["the dockworkers' union", "the port workers' federation", "the transport union", "the harbour pilots' union"]
CHARGES = ["corruption", "embezzlement", "abuse of office", "money laundering", "bribery", "fraud"]
FORMER_ROLES = ["mayor", "governor", "deputy minister", "customs chief", "head of the state railway",
                "director of the national port authority"]


class Story:
    """One event's slots, chosen once so that every outlet agrees unless it plants a conflict."""

    def __init__(self, index, seed, cities):
        rng = self.rng = random.Random(f"{seed}:story:{index}")
        self.index = index
        self.kind = rng.choice(KINDS)
        eligible = [c for c in COUNTRIES if len(cities.get(c[0], [])) >= 6]
        self.a, self.b, self.c = rng.sample(eligible, 3)
        ac = list(cities[self.a[0]])
        rng.shuffle(ac)
        bc = list(cities[self.b[0]])
        rng.shuffle(bc)
        self.venue, self.venue_alt, self.other1, self.other2, self.other3 = ac[0], ac[1], ac[2], ac[3], ac[4]
        self.b_city = bc[0]
        used = []
        self.p = [Person(rng, self.a[3], used), Person(rng, self.b[3], used), Person(rng, self.c[3], used),
                  Person(rng, self.a[3], used)]
        self.p_alt = Person(rng, self.a[3], used)   # the other person a person-conflict names
        titles = list(MINISTRIES)
        rng.shuffle(titles)
        self.titles = titles
        day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(3 * 365))
        self.day = day
        self.nums = {}
        self.org = f"{coin(rng)} {OPERATOR_KINDS[self.kind]}"
        self.district, self.hotel, self.vessel = coin(rng), coin(rng), coin(rng)
        self.quotes = [quote_pair(rng, self.kind, self.a[1], self.b[1]) for _ in range(2)]
        # Two speakers never say the same sentence: the quotations share neither their first sentence nor their
        # coda (else a short outlet that keeps only the first sentence credits one quotation to both).
        while set(self.quotes[1][0].split(". ")) & set(self.quotes[0][0].split(". ")):
            self.quotes[1] = quote_pair(rng, self.kind, self.a[1], self.b[1])
        self.setup()

    def setup(self):
        rng, k = self.rng, self.kind
        n = self.nums
        if k == "talks":
            n["days"] = rng.choice([2, 3])
            n["hours"] = rng.choice([7, 9, 11, 14])
            self.topic = rng.choice(TOPICS)
            self.month_before = MONTHS[(self.day.month - 1 - rng.randint(1, 4)) % 12]
        elif k == "ceasefire":
            n["truce"] = rng.choice([21, 30, 45, 60, 90])
            n["killed"] = rng.randint(25, 900)
            n["injured"] = n["killed"] * rng.randint(3, 8) + rng.randint(1, 20)
            n["prisoners"] = rng.choice([400, 600, 800, 1200, 1500])
            n["first"] = n["prisoners"] // rng.choice([4, 5, 6])
            self.month_before = MONTHS[(self.day.month - 1 - rng.randint(2, 8)) % 12]
        elif k == "quake":
            n["mag"] = rng.randint(51, 68) / 10
            n["after"] = round(n["mag"] - rng.randint(9, 17) / 10, 1)
            n["killed"] = rng.randint(3, 60)
            n["injured"] = n["killed"] * rng.randint(4, 12) + rng.randint(1, 9)
            n["depth"] = rng.choice([8, 10, 12, 15, 20])
            n["distance"] = rng.choice([25, 30, 40, 45, 60, 75])
            n["hour"], n["minute"] = rng.randint(1, 5), rng.randint(10, 59)
            n["year"] = rng.choice([1999, 2003, 2011, 2016, 2020])
            n["old_mag"] = round(n["mag"] + rng.randint(3, 12) / 10, 1)
        elif k == "accident":
            self.vehicle = rng.choice(["train", "bus", "ferry"])
            n["killed"] = rng.randint(2, 40)
            n["injured"] = n["killed"] + rng.randint(10, 80)
            n["hospital"] = rng.randint(3, n["injured"] - 1)
            n["hour"] = rng.randint(5, 10)
            n["passengers"] = rng.choice([120, 180, 240, 310, 450])
        elif k == "strike":
            n["hours"] = rng.choice([24, 48, 72])
            n["prev_hours"] = rng.choice([h for h in (12, 24, 48, 72) if h != n["hours"]])
            n["workers"] = rng.choice([800, 1200, 1500, 2400, 3000])
            n["containers"] = rng.choice([9000, 12000, 15000, 20000])
            n["pay"] = rng.choice([6, 8, 10, 12, 15])
            self.union = rng.choice(UNIONS)
            self.prev_month = MONTHS[(self.day.month - 1 - rng.randint(2, 6)) % 12]
        elif k == "deal":
            self.industry, self.unit = rng.choice(INDUSTRIES)
            n["amount"] = rng.choice([120, 250, 400, 600, 850, 1200, 2500])
            n["share"] = rng.choice([51, 55, 60])
            n["premium"] = rng.choice([200, 300, 400, 450])
            n["farm"] = rng.choice([1800, 2200, 2800, 3100])
            n["jobs"] = rng.choice([1500, 3000, 4500, 6000])
            self.company = self.org
        elif k == "trial":
            n["years"] = rng.choice([6, 8, 9, 12, 15])
            n["sought"] = n["years"] + rng.choice([3, 4, 5, 6])
            n["co"] = rng.choice([2, 3, 4])
            n["sum"] = rng.choice([4, 12, 18, 35, 60])
            self.charge = rng.choice(CHARGES)
            self.former = rng.choice(FORMER_ROLES)
        # Background figures, each bound to its own head noun in its own template.
        n["bg_year"] = rng.randint(1991, 2019)
        n["bg_pct"] = rng.randint(3, 40)
        n["bg_people"] = rng.choice([120000, 250000, 400000, 900000, 1500000])
        n["bg_trade"] = rng.choice([1.2, 2.5, 3.8, 4.6, 7.1])
        n["bg_rounds"] = rng.randint(3, 9)

    # Slot values as one outlet writes them. `plant` is (kind, detail) or None.
    def slots(self, lang, plant, style):
        s = {}
        a, b, c = self.a, self.b, self.c
        s["A"], s["Ad"], s["B"], s["Bd"], s["C"], s["Cd"] = a[1], a[2], b[1], b[2], c[1], c[2]
        for key, city in (("V", self.venue), ("O1", self.other1), ("O2", self.other2), ("O3", self.other3),
                          ("BC", self.b_city)):
            s[key] = place_form(city, lang)
        if plant and plant[0] == "place":
            s["V"] = place_form(self.venue_alt, lang)
        people = list(self.p)
        if plant and plant[0] == "person":
            people[plant[1]] = self.p_alt
        for i, p in enumerate(people):
            full, sur = p.forms(lang)
            if plant and plant[0] == "misspell" and plant[1] == i:
                wrong = misspell(random.Random(f"{self.index}:{i}:typo"), sur)
                full, sur = full[: len(full) - len(sur)] + wrong, wrong
            s[f"P{i}"], s[f"P{i}s"], s[f"P{i}he"], s[f"P{i}his"] = full, sur, p.he, p.his
        titles = list(self.titles)
        if plant and plant[0] == "role":
            titles[plant[1]] = titles[5 + plant[1]]
        for i in range(4):
            s[f"T{i}"] = titles[i]
        day = self.day
        if plant and plant[0] == "date":
            day = day - datetime.timedelta(days=1)
        s["W1"] = WEEKDAYS[day.weekday()]
        # The day after the event (talks end, a truce takes effect) stays put when an outlet moves the event.
        s["W2"] = WEEKDAYS[(self.day.weekday() + 1) % 7]
        s["D1"] = f"{MONTHS[day.month - 1]} {day.day}" if style.get("us_dates") else f"{day.day} {MONTHS[day.month - 1]}"
        later = self.day + datetime.timedelta(days=3)
        s["D3"] = f"{MONTHS[later.month - 1]} {later.day}" if style.get("us_dates") else f"{later.day} {MONTHS[later.month - 1]}"
        s["month"] = MONTHS[self.day.month - 1]
        q = [list(x) for x in self.quotes]
        s["Q0"], s["Q1"] = q[0][0], q[1][0]
        if plant and plant[0] == "quote":
            s[f"Q{plant[1]}"] = q[plant[1]][1]
        n = dict(self.nums)
        if plant and plant[0] == "number":
            key = plant[1]
            n[key] = plant[2]
        words = style.get("words", False)
        s["n"] = n
        s["words"] = words
        return s


def place_form(city, lang):
    if lang in ("pl", "de", "fr") and city in EXONYMS:
        return EXONYMS[city][{"pl": 0, "de": 1, "fr": 2}[lang]]
    if lang == "ascii":
        return fold_ascii(city)
    return city


# Each story type: which numbers may be planted (slot, alternative), and its paragraphs.
NUMBER_PLANTS = {
    "talks": [("days", lambda n, r: 5 - n["days"])],
    "ceasefire": [("truce", lambda n, r: r.choice([x for x in (21, 30, 45, 60, 90) if x != n["truce"]])),
                  ("killed", lambda n, r: n["killed"] + r.randint(3, 12))],
    "quake": [("killed", lambda n, r: n["killed"] + r.randint(2, 9)),
              ("mag", lambda n, r: round(n["mag"] + r.choice([-0.3, -0.2, 0.2, 0.3]), 1))],
    "accident": [("killed", lambda n, r: n["killed"] + r.randint(2, 6)),
                 ("passengers", lambda n, r: n["passengers"] + r.choice([-40, 30, 60]))],
    "strike": [("hours", lambda n, r: r.choice([h for h in (24, 48, 72) if h not in (n["hours"], n["prev_hours"])]))],
    "deal": [("amount", lambda n, r: n["amount"] + r.choice([50, 100, 150])),
             ("premium", lambda n, r: n["premium"] + r.choice([-50, 50, 100]))],
    "trial": [("years", lambda n, r: r.choice([y for y in (6, 8, 9, 12, 15, 20) if y not in (n["years"], n["sought"])]))],
}


def number_surface(kind, key, n, s):
    """The text of planted number `key` as the story's templates write it."""
    if key == "days":
        return f"{SMALL[n['days']]}-day"
    if key == "truce":
        return f"{n['truce']}-day"
    if key == "hours" and kind == "strike":
        return f"{n['hours']}-hour"
    if key == "killed":
        return words_or_digits(n["killed"], s["words"])
    if key == "mag":
        return f"{n['mag']}"
    if key == "passengers":
        return num(n["passengers"])
    if key == "amount":
        return money(n["amount"])
    if key == "premium":
        return f"${n['premium']}"
    if key == "years":
        return f"{n['years']} years"
    raise KeyError(key)


def money(m):
    return f"${m / 1000:g} billion" if m >= 1000 else f"${m} million"


def paragraphs(story, s, v):
    """Paragraphs of one report: a list of (key, text). `v` picks each fact's wording (0 is the wire's)."""
    k, n, w = story.kind, s["n"], s["words"]
    P = s
    out = []

    def pick(key, options):
        out.append((key, options[v.get(key, 0) % len(options)]))

    if k == "talks":
        days = SMALL[n["days"]]
        pick("lead", [
            f"Delegations from {P['A']} and {P['B']} met in {P['V']} on {P['W1']} for {days}-day talks on {story.topic}, the {P['Ad']} foreign ministry said.",
            f"{P['Ad']} and {P['Bd']} negotiators opened {days}-day talks in {P['V']} on {P['W1']}, the latest attempt to settle their dispute over {story.topic}.",
            f"Officials from {P['B']} arrived in {P['V']} on {P['W1']} for {days}-day talks with their {P['Ad']} hosts on {story.topic}.",
        ])
        pick("who", [
            f"The {P['Ad']} delegation was led by {P['T0']} {P['P0']}, while {P['B']} sent {P['T1']} {P['P1']}.",
            f"{P['T0']} {P['P0']} headed the host delegation. {P['B']} was represented by {P['T1']} {P['P1']}, who arrived the evening before.",
            f"The hosts were led by {P['T0']} {P['P0']}; the visiting side by {P['Bd']} {P['T1']} {P['P1']}.",
        ])
        pick("q0", [
            f"{P['P2']}, the envoy of {P['C']} who brokered the meeting, attended the opening session. " + said(P["Q0"], P["P2s"], 0),
            f"The talks were mediated by {P['P2']}, a senior diplomat from {P['C']}. " + said(P["Q0"], P["P2s"], 1, "told reporters"),
            said(P["Q0"], P["P2"], 2) + f" {P['P2s']}, who represents {P['C']} as mediator, spoke after the first session.",
        ])
        pick("end", [
            f"The talks ended on {P['W2']} after {SMALL[n['hours']] if n['hours'] < 20 else n['hours']} hours of negotiations on the second day.",
            f"The delegations parted on {P['W2']} after a final session that lasted {n['hours']} hours.",
        ])
        pick("earlier", [
            f"The meeting follows an earlier round in {P['O1']} in {story.month_before} that ended without agreement.",
            f"An earlier round of talks, held in {P['O1']} in {story.month_before}, broke up without a deal.",
        ])
        pick("next", [
            f"A next round is planned in {P['O2']} before the end of the year, a diplomat said.",
            f"Both sides said they would meet again in {P['O2']} next month.",
        ])
        pick("q1", [
            said(P["Q1"], P["P0s"], 0, "told reporters after the session"),
            f"Speaking to reporters, {P['P0s']} sounded cautious. " + said(P["Q1"], P["P0he"], 0),
        ])
    elif k == "ceasefire":
        truce = f"{n['truce']}-day"
        killed = words_or_digits(n["killed"], w)
        pick("lead", [
            f"{P['A']} and {P['B']} agreed on a {truce} ceasefire on {P['W1']} after talks in {P['V']} mediated by {P['C']}.",
            f"A {truce} ceasefire between {P['A']} and {P['B']} was signed in {P['V']} on {P['W1']}, officials said.",
            f"The warring sides in the border conflict between {P['A']} and {P['B']} signed a {truce} ceasefire in {P['V']} on {P['W1']}.",
        ])
        pick("who", [
            f"The truce was signed by {P['T0']} {P['P0']} and {P['Bd']} {P['T1']} {P['P1']} and takes effect at midnight on {P['W2']}.",
            f"{P['T0']} {P['P0']} signed for {P['A']} and {P['T1']} {P['P1']} for {P['B']}. The guns are due to fall silent at midnight on {P['W2']}.",
        ])
        pick("toll", [
            f"Fighting along the border has killed {killed} people and injured {num(n['injured'])} others since {story.month_before}, according to {P['C']}'s mediators.",
            f"Since {story.month_before}, the clashes have left {killed} people dead and {num(n['injured'])} injured, the mediators said.",
        ])
        pick("prisoners", [
            f"Under the deal, the two sides will exchange {num(n['prisoners'])} prisoners, the first {num(n['first'])} of them within a week.",
            f"A total of {num(n['prisoners'])} prisoners are to be swapped; a first group of {num(n['first'])} will cross the line within seven days.",
        ])
        pick("q0", [
            f"{P['P2']}, {P['C']}'s chief mediator, said monitors would be deployed along the line. " + said(P["Q0"], P["P2s"], 0),
            said(P["Q0"], P["P2"], 2) + f" The mediator from {P['C']} added that monitors would patrol the line.",
        ])
        pick("q1", [
            said(P["Q1"], P["P0s"], 0, "told reporters after the signing"),
            f"{P['P0s']} called the deal a beginning. " + said(P["Q1"], P["P0he"], 0),
        ])
        pick("aid", [
            f"Aid convoys are expected to reach {P['O1']} and {P['O2']} in the coming days.",
            f"Relief agencies said convoys were waiting near {P['O1']} to deliver food and medicine.",
        ])
    elif k == "quake":
        killed = words_or_digits(n["killed"], w)
        mag = f"{n['mag']}"
        tm = f"{n['hour']}:{n['minute']:02d} a.m." if not s.get("h24") else f"{n['hour']:02d}:{n['minute']:02d}"
        pick("lead", [
            f"A magnitude {mag} earthquake struck near {P['V']} in {P['A']} early on {P['D1']}, killing at least {killed} people and injuring {num(n['injured'])}, officials said.",
            f"At least {killed} people were killed and {num(n['injured'])} injured when a {mag}-magnitude earthquake hit the area around {P['V']} on {P['D1']}.",
            f"Rescuers in {P['A']} searched collapsed buildings around {P['V']} after a magnitude {mag} quake on {P['D1']} killed at least {killed} people.",
        ])
        pick("time", [
            f"The quake struck at {tm} at a depth of {n['depth']} kilometres, about {n['distance']} kilometres from the centre of {P['V']}.",
            f"It hit at {tm}, {n['distance']} kilometers from the city centre, at a shallow depth of {n['depth']} kilometers.",
        ])
        pick("felt", [
            f"The tremor was felt in {P['O1']} and {P['O2']}, where residents ran into the streets.",
            f"Residents as far away as {P['O1']} and {P['O2']} said they felt the shaking.",
        ])
        pick("after", [
            f"The strongest of dozens of aftershocks measured {n['after']}, the country's seismic institute said.",
            f"Dozens of aftershocks followed, the strongest of them of magnitude {n['after']}.",
        ])
        pick("q0", [
            f"{P['P0']}, head of the national disaster agency, said teams were working in shifts. " + said(P["Q0"], P["P0s"], 0),
            said(P["Q0"], P["P0"], 2) + f" {P['P0s']} leads the national disaster agency.",
        ])
        pick("q1", [
            f"{P['T1']} {P['P3']} spoke to reporters in {P['O3']}. " + said(P["Q1"], P["P3s"], 0),
            f"In {P['O3']}, {P['T1']} {P['P3']} promised help for the province. " + said(P["Q1"], P["P3he"], 0),
        ])
        pick("history", [
            f"The region was hit by a magnitude {n['old_mag']} earthquake in {n['year']} that destroyed hundreds of homes.",
            f"In {n['year']}, a {n['old_mag']}-magnitude quake in the same region destroyed hundreds of homes.",
        ])
    elif k == "accident":
        killed = words_or_digits(n["killed"], w)
        veh = story.vehicle
        verb = {"train": "derailed", "bus": "overturned", "ferry": "ran aground"}[veh]
        pick("lead", [
            f"A passenger {veh} travelling from {P['O1']} to {P['O2']} {verb} near {P['V']} on the evening of {P['D1']}, killing {killed} people and injuring {num(n['injured'])}.",
            f"At least {killed} people died when a {veh} {verb} near {P['V']} on {P['D1']}, the authorities said.",
            f"The {veh} from {P['O1']} {verb} outside {P['V']} on {P['D1']}; {killed} people were killed.",
        ])
        pick("count", [
            f"The {veh} was carrying {num(n['passengers'])} passengers. {cap(words_or_digits(n['hospital'], w))} of the injured were taken to hospital in {P['V']}.",
            f"Of the {num(n['passengers'])} people on board, {n['injured']} were hurt and {n['hospital']} remained in hospital on {P['W2']}.",
        ])
        pick("time", [
            f"The {veh} left {P['O1']} shortly after {n['hour']} p.m. and {verb} about an hour later.",
            f"It had departed at {n['hour']} p.m. and came off the route around {n['hour'] + 1} p.m.",
        ])
        pick("who", [
            f"{P['T0']} {P['P0']} travelled to the scene and ordered an inquiry.",
            f"An inquiry was ordered by {P['T0']} {P['P0']}, who visited the site.",
        ])
        pick("q0", [
            f"The chief prosecutor of the region, {P['P1']}, opened an investigation. " + said(P["Q0"], P["P1s"], 0),
            said(P["Q0"], P["P1"], 2) + f" {P['P1s']} leads the prosecutor's investigation.",
        ])
        pick("q1", [
            f"{P['P3']}, chief executive of the operator, spoke at its headquarters in {P['O3']}. " + said(P["Q1"], P["P3s"], 0),
            said(P["Q1"], P["P3"], 1) + f" The operator is based in {P['O3']}.",
        ])
        pick("reopen", [
            f"The route is expected to reopen on {P['D3']}, the operator said.",
            f"Services will resume on {P['D3']} at the earliest.",
        ])
    elif k == "strike":
        hrs = f"{n['hours']}-hour"
        pick("lead", [
            f"Dockworkers at the port of {P['V']} began a {hrs} strike on {P['W1']} over plans to automate cargo handling, halting most container traffic.",
            f"A {hrs} strike by port workers shut most terminals in {P['V']} on {P['W1']}, as {story.union} protested against automation.",
            f"Container traffic in {P['V']} ground to a halt on {P['W1']} at the start of a {hrs} walkout called by {story.union}.",
        ])
        pick("count", [
            f"About {num(n['workers'])} workers joined the action, and the port, which normally handles {num(n['containers'])} containers a day, said only a few ships were being served.",
            f"Some {num(n['workers'])} workers stayed away from the terminals; on a normal day the port moves {num(n['containers'])} containers.",
        ])
        pick("divert", [
            f"Several shipping lines diverted vessels to {P['O1']}.",
            f"Some ships were redirected to {P['O1']}, port officials said.",
        ])
        pick("prev", [
            f"It is the second stoppage this year after a {n['prev_hours']}-hour strike in {story.prev_month}.",
            f"The union staged a {n['prev_hours']}-hour strike in {story.prev_month} over the same plans.",
        ])
        pick("q0", [
            f"{P['P0']}, the union's chairman, addressed strikers at the gates. " + said(P["Q0"], P["P0s"], 0),
            said(P["Q0"], P["P0"], 2) + f" {P['P0s']} chairs the union.",
        ])
        pick("q1", [
            f"{P['P3']}, chief executive of the port authority, called for talks. " + said(P["Q1"], P["P3s"], 0),
            said(P["Q1"], P["P3"], 1) + f" {P['P3s']} runs the port authority.",
        ])
        pick("pay", [
            f"The union is also seeking a {n['pay']} percent pay rise for its members.",
            f"Workers want a pay rise of {n['pay']} percent as well as job guarantees.",
        ])
    elif k == "deal":
        amt = money(n["amount"])
        pick("lead", [
            f"{P['A']} and {P['B']} signed a {amt} agreement in {P['V']} on {P['W1']} to develop their {story.industry} industries together.",
            f"A {amt} {story.industry} pact between {P['A']} and {P['B']} was signed in {P['V']} on {P['W1']}.",
            f"{P['Ad']} and {P['Bd']} officials put their names to a {amt} {story.industry} partnership at a ceremony in {P['V']} on {P['W1']}.",
        ])
        pick("who", [
            f"The agreement was signed by {P['Ad']} {P['T0']} {P['P0']} and {P['Bd']} {P['T1']} {P['P1']}.",
            f"{P['T0']} {P['P0']} signed for {P['A']}; {P['T1']} {P['P1']} signed for {P['B']}.",
        ])
        pick("shares", [
            f"A joint venture will be owned {n['share']} percent by {P['A']}'s state company and {100 - n['share']} percent by {story.company}.",
            f"{story.company} will hold {100 - n['share']} percent of the joint venture and the {P['Ad']} state {n['share']} percent.",
        ])
        pick("price", [
            f"Buyers will pay a premium of ${n['premium']} per {story.unit} on top of the market price, while the farm-gate price stays at {num(n['farm'])} local units per kilogram.",
            f"The pact keeps a ${n['premium']}-a-{story.unit} premium for buyers; producers will still receive {num(n['farm'])} local units per kilogram.",
        ])
        pick("q0", [
            said(P["Q0"], P["P0s"], 0) + f" {P['P0s']} spoke at the signing.",
            f"At the ceremony, {P['P0s']} defended the deal. " + said(P["Q0"], P["P0he"], 0),
        ])
        pick("q1", [
            f"{P['P3']}, the president of {story.company}, welcomed the agreement. " + said(P["Q1"], P["P3s"], 0),
            said(P["Q1"], P["P3"], 1) + f" {P['P3s']} heads {story.company}.",
        ])
        pick("jobs", [
            f"The two governments expect the project to create {num(n['jobs'])} jobs, many of them around {P['O1']}.",
            f"Officials said about {num(n['jobs'])} jobs would be created, most of them near {P['O1']}.",
        ])
    elif k == "trial":
        yrs = f"{n['years']} years"
        pick("lead", [
            f"A court in {P['V']} on {P['W1']} sentenced {P['P3']}, a former {story.former}, to {yrs} in prison for {story.charge}.",
            f"{P['P3']}, once the {story.former}, was jailed for {yrs} by a court in {P['V']} on {P['W1']} for {story.charge}.",
            f"The former {story.former} {P['P3']} was sentenced on {P['W1']} to {yrs} in prison after a trial in {P['V']}.",
        ])
        pick("judge", [
            f"Judge {P['P0']} said the evidence showed that {P['P3s']} had diverted about ${n['sum']} million in public funds.",
            f"Presiding judge {P['P0']} found that about ${n['sum']} million had been diverted.",
        ])
        pick("sought", [
            f"Prosecutors had sought {n['sought']} years. Two co-defendants received sentences of {n['co']} years each.",
            f"The prosecution had asked for {n['sought']} years in prison; two associates were given {n['co']} years.",
        ])
        pick("q0", [
            f"{P['P1']}, the defence lawyer, spoke outside the courthouse. " + said(P["Q0"], P["P1s"], 0),
            said(P["Q0"], P["P1"], 2) + f" {P['P1s']} represents the former {story.former}.",
        ])
        pick("q1", [
            f"{P['T2']} {P['P2']} commented on the verdict in {P['O3']}. " + said(P["Q1"], P["P2s"], 0),
            said(P["Q1"], P["P2"], 1) + f" {P['P2s']} spoke in {P['O3']}.",
        ])
        pick("other", [
            f"A separate case against {P['P3s']} is due to open in {P['O1']} later this year.",
            f"{P['P3s']} also faces a second trial in {P['O1']}.",
        ])
    for key, options in extra_paragraphs(story, P) + local_paragraphs(story, P):
        pick(key, options)
    return out


def local_paragraphs(story, P):
    """Paragraphs on the story's own places and organisations: its district, hotel, vessel and operator."""
    k, V, A = story.kind, P["V"], P["A"]
    org, district, hotel, vessel = story.org, story.district, story.hotel, story.vessel
    if k == "talks":
        return [("local", [
            f"The delegations stayed at the {hotel} Palace hotel in the {district} quarter of {V}, where the sessions were held behind closed doors.",
            f"Sessions took place at the {hotel} Palace, a hotel in {V}'s {district} quarter, away from the press.",
            f"Journalists waited outside the {hotel} Palace in the {district} quarter while the delegations met inside.",
        ]), ("operator", [
            f"The {org}, a consultancy based in {district}, prepared the maps and documents used in the talks.",
            f"Technical papers for the talks were drafted by the {org}, which has offices in {district}.",
            f"Maps for the negotiators came from the {org}, a firm with an office in {district}.",
        ])]
    if k == "ceasefire":
        return [("local", [
            f"The heaviest fighting in recent weeks was around the village of {district}, where the {hotel} bridge was destroyed.",
            f"Around {district}, the village at the centre of recent fighting, the {hotel} bridge lies in ruins.",
            f"The village of {district} saw the worst of the recent clashes; its {hotel} bridge was blown up.",
        ]), ("operator", [
            f"Engineers from the {org} are expected to begin clearing mines near {district} once the truce holds.",
            f"The {org} has been asked to clear mines around {district} as soon as the guns fall silent.",
            f"Mine clearance around {district} will be carried out by the {org}, officials said.",
        ])]
    if k == "quake":
        return [("local", [
            f"The worst damage was in the {district} district of {V}, where the {hotel} school and a row of shops collapsed.",
            f"In {V}'s {district} district, the {hotel} school and several shops were reduced to rubble.",
            f"Most of the collapsed buildings were in {district}, an old district of {V}, among them the {hotel} school.",
        ]), ("operator", [
            f"The {org}, which built the {hotel} school in the 1970s, said it would cooperate with inspectors.",
            f"Inspectors will examine the work of the {org}, the firm that built the {hotel} school.",
            f"The {hotel} school was built by the {org}, which said it would help the inspectors.",
        ])]
    if k == "accident":
        name = {"train": f"the {vessel} Express", "bus": f"a {vessel} Lines coach", "ferry": f"the ferry {vessel}"}[story.vehicle]
        return [("local", [
            f"The vehicle, {name}, came to rest near the village of {district}, a few kilometres from {V}.",
            f"It was {name}; the wreckage lay near {district}, a village outside {V}.",
            f"Residents of {district}, the nearest village, were the first to reach {name}.",
        ]), ("operator", [
            f"The {org}, which operates {name}, said it was checking its maintenance records.",
            f"{name[0].upper() + name[1:]} is run by the {org}, which promised to publish its maintenance records.",
            f"The operator, the {org}, said maintenance on {name} had been carried out in the spring.",
        ])]
    if k == "strike":
        return [("local", [
            f"Pickets blocked the gates of the {district} container terminal, the largest in {V}, and the {vessel}, a container ship, waited at anchor.",
            f"At the {district} terminal, {V}'s largest, pickets closed the gates; the container ship {vessel} stayed at anchor.",
            f"The container ship {vessel} was among the vessels left at anchor as pickets shut the {district} terminal.",
        ]), ("operator", [
            f"The {org}, which runs the {district} terminal, said it had made a fair offer.",
            f"The terminal operator, the {org}, called the strike unnecessary.",
            f"The {org} said its offer to the union remained on the table.",
        ])]
    if k == "deal":
        return [("local", [
            f"The first mine or processing site will be in the {district} valley, where the {hotel} river provides water.",
            f"Work is to start in the {district} valley, which draws its water from the {hotel} river.",
            f"The {district} valley, on the {hotel} river, was chosen for the first site.",
        ]), ("operator", [
            f"The {org} already runs two sites in {A} and employs about 800 people there.",
            f"With two sites in {A}, the {org} is no newcomer to the country.",
            f"The {org} has operated in {A} for more than a decade.",
        ])]
    return [("local", [
        f"The contracts at the heart of the case concerned the {district} ring road and the {hotel} bridge.",
        f"At issue were contracts for the {district} ring road and the {hotel} bridge.",
        f"Prosecutors focused on contracts for the {hotel} bridge and the ring road around {district}.",
    ]), ("operator", [
        f"Most of the money went to the {org}, which won both contracts without a tender.",
        f"The {org}, which was awarded both contracts without a tender, received most of the money.",
        f"Both contracts went to the {org} without a public tender.",
    ])]


def extra_paragraphs(story, P):
    """Further story-specific paragraphs of each type: context, reactions and detail that name the story's own
    people, places and figures, so that two stories of one type share little wording."""
    k, n = story.kind, P["n"]
    A, B, C, Ad, Bd, V = P["A"], P["B"], P["C"], P["Ad"], P["Bd"], P["V"]
    if k == "talks":
        return [
            ("agenda", [
                f"On the agenda in {V} were {story.topic}, the release of detained fishermen and a hotline between the two defence ministries. {P['P0s']} said the first item had taken most of the time.",
                f"Diplomats said the agenda covered {story.topic} as well as detained fishermen and a military hotline, but that the first item dominated the discussions in {V}.",
                f"Besides {story.topic}, the delegations discussed a hotline between their armed forces and the fate of fishermen detained last year, according to a {Bd} diplomat.",
            ]),
            ("statement", [
                f"A joint statement issued in {V} said the two sides had agreed on a timetable for further work but gave no date for a final agreement. It was signed by the heads of both delegations.",
                f"The joint communique spoke of a timetable and of working groups, but set no deadline. Both heads of delegation put their names to it before leaving {V}.",
                f"In a short joint statement, {A} and {B} promised to set up working groups. The text contained no date for a final deal.",
            ]),
            ("security", [
                f"Police closed several streets around the conference hotel in central {V}, and a small group of protesters gathered near the {Bd} consulate.",
                f"Security was tight in {V}: streets near the venue were closed to traffic, and dozens of protesters waved flags outside the {Bd} consulate.",
                f"Streets in the centre of {V} were sealed off during the talks, and a few dozen demonstrators gathered outside the {Bd} consulate.",
            ]),
            ("opposition", [
                f"In {A}, opposition deputy {P['P3']} accused the government of conceding too much. {P['P3he'].capitalize()} called for the text of any agreement to be put to parliament.",
                f"{P['P3']}, an opposition member of parliament in {A}, said the talks lacked transparency and demanded a debate before any signature.",
                f"Opposition politician {P['P3']} said {A} had nothing to show for the talks and asked the government to brief parliament.",
            ]),
        ]
    if k == "ceasefire":
        return [
            ("monitors", [
                f"Observers from {C} will be deployed along the front line, with a first team of monitors expected in {P['O1']} by the end of the week.",
                f"{C} will send monitors to the line of contact; the first of them are due to arrive in {P['O1']} within days.",
                f"The mediators said {P['Cd']} observers would patrol the front line, starting from {P['O1']}.",
            ]),
            ("displaced", [
                f"Tens of thousands of people fled their homes in the border districts during the fighting, many of them to camps near {P['O2']}.",
                f"The fighting drove tens of thousands from their villages; many are living in tents outside {P['O2']}.",
                f"Aid groups say camps around {P['O2']} are overcrowded with families who fled the border villages.",
            ]),
            ("doubts", [
                f"Previous truces have collapsed within days. Residents of {P['O1']} said shelling continued until late on {P['W1']}.",
                f"Earlier ceasefires did not hold, and residents near the border said they would believe in this one when the shelling stopped.",
                f"Two earlier truces broke down within a week, and people in {P['O1']} reported shelling only hours before the signing.",
            ]),
            ("reaction", [
                f"{P['P3']}, a member of parliament from {P['O2']}, welcomed the deal but said the government had to explain what it had promised in return.",
                f"In {A}, deputy {P['P3']} said the deal was welcome but asked what concessions had been made.",
                f"{P['P3']}, who represents a border constituency, said the agreement should have come months earlier.",
            ]),
        ]
    if k == "quake":
        return [
            ("damage", [
                f"Television images showed collapsed walls and cracked facades in the old town of {V}. Schools in the province will stay closed until inspections are completed.",
                f"In the old quarter of {V}, several older buildings collapsed and many facades cracked. The governor closed all schools in the province pending inspections.",
                f"Older houses in the centre of {V} suffered most of the damage, and schools across the province were ordered shut until engineers have checked them.",
            ]),
            ("rescue", [
                f"Rescue teams pulled survivors from the rubble through the night, and the army set up field kitchens and tents in parks around {V}.",
                f"Soldiers put up tents and field kitchens in {V}'s parks while rescuers searched collapsed houses with sniffer dogs.",
                f"Through the night, rescuers worked by floodlight in {V}, and the army opened shelters in sports halls and parks.",
            ]),
            ("governor", [
                f"The provincial governor, {P['P1']}, said electricity had been restored to most districts by the evening.",
                f"Governor {P['P1']} said most homes had power again by evening and that water supplies were being checked.",
                f"According to Governor {P['P1']}, power had returned to most of the province by the evening.",
            ]),
            ("aid", [
                f"{B} and {C} offered help, and {Bd} search teams were expected to arrive within a day.",
                f"Offers of help came from {B} and {C}; a {Bd} rescue team was on its way.",
                f"Neighbouring countries including {B} offered assistance, and {C} said it was ready to send rescuers.",
            ]),
        ]
    if k == "accident":
        return [
            ("scene", [
                f"Images from the scene near {V} showed overturned carriages and debris scattered across fields. Rescuers worked through the night.",
                f"At the site outside {V}, rescuers used cutting gear to reach people trapped in the wreckage late into the night.",
                f"Emergency crews from {V} and nearby towns worked until dawn at the site, where wreckage lay across a field.",
            ]),
            ("survivor", [
                f"A survivor told local television that the {story.vehicle} had been travelling fast and that passengers were thrown from their seats.",
                f"One passenger said the {story.vehicle} seemed to be going too fast just before the accident.",
                f"Survivors described a sudden jolt and then darkness, local media reported.",
            ]),
            ("mourning", [
                f"The government declared a day of national mourning, and flags flew at half mast in {V} and {P['O1']}.",
                f"Flags were lowered to half mast across {A} as the government declared national mourning.",
                f"{A} declared a day of mourning; churches in {V} rang their bells at noon.",
            ]),
            ("record", [
                f"The operator has been criticised for delays in modernising its fleet. Unions said warnings had been ignored for years.",
                f"Unions said they had warned for years about ageing equipment on the route between {P['O1']} and {P['O2']}.",
                f"Critics have long accused the operator of underinvesting in the route, and unions said their warnings had gone unheard.",
            ]),
        ]
    if k == "strike":
        return [
            
            ("queues", [
                f"Lorries queued for kilometres on the approach roads to {V}, and exporters warned of spoiled goods.",
                f"Long queues of lorries formed outside the port, and fruit exporters said their cargoes were at risk.",
                f"Hauliers reported queues several kilometres long outside {V}, and food exporters warned of losses.",
            ]),
            ("minister", [
                f"{P['T3']} {P['P2']} urged both sides to return to talks and offered to mediate.",
                f"The government, through {P['T3']} {P['P2']}, offered to mediate between the union and the port.",
                f"{P['T3']} {P['P2']} said the government was ready to mediate if both sides asked.",
            ]),
            ("economy", [
                f"The port of {V} is among the busiest in {A}, and business groups said each day of stoppage cost millions.",
                f"Business groups said the stoppage in {V}, one of {A}'s main ports, was costing the economy millions a day.",
                f"Employers' groups said a long strike in {V} would hurt exporters across {A}.",
            ]),
        ]
    if k == "deal":
        return [
            ("plant", [
                f"The first processing plant will be built near {P['O1']} and is due to open within three years, {P['P0s']} said.",
                f"A processing plant near {P['O1']} is planned as the first project; it should open within three years.",
                f"The partners plan to start with a processing plant outside {P['O1']}, to be completed within three years.",
            ]),
            ("critics", [
                f"Environmental groups in {A} criticised the pact, saying it ignored the impact on water supplies around {P['O1']}.",
                f"Campaigners said the deal paid too little attention to water use near {P['O1']}.",
                f"Environmentalists warned that the project would strain water supplies in the region around {P['O1']}.",
            ]),
            ("markets", [
                f"Prices of {story.industry} have risen sharply over the past two years, and both governments want a larger share of the value to stay at home.",
                f"With {story.industry} prices up sharply in two years, both countries are keen to process more of it themselves.",
                f"The two governments want more of the {story.industry} value chain at home after two years of rising prices.",
            ]),
            ("next", [
                f"Officials from both countries will meet again in {P['BC']} to agree the details of the joint venture.",
                f"Details of the venture will be negotiated at a follow-up meeting in {P['BC']}.",
                f"The next meeting, in {P['BC']}, is to settle the joint venture's statutes.",
            ]),
        ]
    return [
        ("scene", [
            f"Supporters of {P['P3s']} gathered outside the courthouse in {V}, and police separated them from a smaller group of protesters.",
            f"Outside the court in {V}, supporters and opponents of {P['P3s']} shouted at each other until police intervened.",
            f"A crowd of supporters waited outside the courthouse in {V}; police kept them apart from protesters.",
        ]),
        ("case", [
            f"The case began when auditors found irregularities in contracts awarded while {P['P3s']} was in office.",
            f"Investigators opened the case after auditors flagged contracts awarded during {P['P3s']}'s time in office.",
            f"The investigation started with an audit of contracts signed under {P['P3s']}.",
        ]),
        ("appeal", [
            f"The verdict can be appealed within thirty days. {P['P3s']} has denied all the charges.",
            f"{P['P3s']}, who denies wrongdoing, has thirty days to appeal.",
            f"The defence has thirty days to lodge an appeal, and {P['P3s']} maintains his innocence.".replace("his", P["P3his"]),
        ]),
        ("politics", [
            f"The case has divided opinion in {A}, where critics say prosecutions of former officials are selective.",
            f"In {A}, the trial was seen by some as a test of the courts' independence.",
            f"Opposition parties in {A} have accused prosecutors of targeting political rivals.",
        ]),
    ]


# Background: a sentence is a subject, a predicate and sometimes an adjunct, so that two stories seldom share one.
BG_SUBJECTS = [
    "Residents of {V}", "Shopkeepers in {V}", "Officials in {A}", "The mayor of {V}", "Teachers in {V}",
    "Farmers near {V}", "Business groups in {A}", "Opposition leaders in {A}", "Commentators in {B}",
    "Diplomats in {B}", "Church leaders in {V}", "Students in {V}", "Doctors at the main hospital in {V}",
    "Taxi drivers in {V}", "Hotel owners in {V}", "A spokesman for the government in {A}", "Regional broadcasters",
    "Newspapers in {B}", "Aid workers in {V}", "Economists in {A}", "Trade unions in {A}", "Pensioners in {V}",
    "The regional council in {V}", "Police in {V}", "Human rights groups", "Lawyers in {A}",
    "The chamber of commerce in {V}", "Exporters in {A}", "Young people in {V}", "Veterans' groups in {A}",
    "The main opposition party in {A}", "The foreign ministry of {B}", "Local radio stations in {V}",
    "Writers and artists in {A}", "Mayors of towns near {V}", "Transport companies in {V}",
]
BG_PREDICATES = [
    "said they hoped life would soon return to normal", "complained that nobody had consulted them",
    "said the news had taken them by surprise", "called for a public inquiry", "asked for more information",
    "said it was too early to judge the consequences", "warned that prices could rise in the coming weeks",
    "said they would keep a close eye on developments", "held an emergency meeting in the evening",
    "cancelled events planned for the weekend", "expressed relief at the news", "said they expected clarity within days",
    "demanded guarantees for their jobs", "criticised the lack of preparation", "praised the speed of the response",
    "said the government had been slow to act", "called on both sides to show restraint",
    "said they had seen nothing like it in years", "organised collections of food and clothing",
    "urged people to check official sources before sharing rumours", "said they were preparing for a long winter",
    "asked the central government for emergency funds", "set up a telephone line for questions from the public",
    "said the decision would cost them dearly", "reported a surge in calls from worried families",
    "said they had been given almost no warning", "promised to publish a detailed report within a month",
    "said the episode showed how fragile the region had become", "accused officials of hiding the real figures",
    "said they would go to court if necessary", "offered free accommodation to those affected",
    "postponed a vote scheduled for next week", "said confidence in the institutions had suffered",
    "said the episode would be studied in schools for years", "called the day a turning point",
    "said ordinary people would pay the price", "extended their opening hours to help",
    "asked for a meeting with ministers", "said foreign investors were watching nervously",
    "said they were proud of how the city had reacted",
]
# Topics with their grammatical number (True: plural), and trends written for either.
BG_TOPICS = [("prices", True), ("rents", True), ("queues at the border", True), ("tensions in the villages", True),
             ("the number of visitors", False), ("confidence in the currency", False),
             ("trade with neighbouring countries", False), ("tourism", False), ("foreign investment", False),
             ("traffic on the main roads", False), ("school attendance", False), ("demand for fuel", False),
             ("hospital waiting times", True), ("property sales", True), ("bank deposits", True),
             ("electricity bills", True), ("food supplies", True), ("exports of fruit", True),
             ("support for the government", False), ("the price of bread", False), ("orders for local factories", True),
             ("insurance claims", True), ("the flow of migrants", False), ("ticket sales", True),
             ("donations to charities", True)]
# A trend is a verb, a manner and a time, so that few stories share one.
BG_TREND_VERBS = [("{have} risen", True), ("{have} fallen", True), ("{have} doubled", False), ("{have} halved", False),
                  ("{have} stabilised", False), ("{have} recovered", True), ("{have} slowed", True),
                  ("{have} jumped", True), ("{have} dropped", True), ("{have} levelled off", False),
                  ("{are} rising", True), ("{are} falling", True), ("{remain} high", False), ("{remain} low", False),
                  ("{have} barely moved", False), ("{have} surged", False), ("{have} edged up", False),
                  ("{have} edged down", False), ("{have} become a worry", False), ("{are} under pressure", False)]
BG_TREND_MANNERS = [" sharply", " steadily", " slightly", " by about a third", " faster than forecast",
                    " more than expected", " by nearly half", " unevenly"]
BG_TREND_TIMES = ["", "", " since the spring", " this month", " in recent weeks", " over the summer", " since January",
                  " this year", " compared with last year", " since the elections", " after the holidays"]


def trend(rng):
    verb, manner = rng.choice(BG_TREND_VERBS)
    return verb + (rng.choice(BG_TREND_MANNERS) if manner and rng.random() < 0.6 else "") + rng.choice(BG_TREND_TIMES)


# A reaction is a verb and its object.
BG_REACTION_VERBS = ["called for", "demanded", "asked for", "pressed for", "welcomed", "questioned",
                     "warned against", "rejected", "backed", "proposed", "promised", "criticised", "debated"]
BG_REACTION_OBJECTS = ["a public inquiry", "more information", "emergency funds", "clear rules", "a meeting with ministers",
                       "new safety checks",
                       "a review of the budget", "guarantees for jobs", "compensation for families", "a change of course",
                       "longer opening hours", "free transport for those affected", "an independent audit",
                       "a delay to the vote", "tax relief for small firms", "more police patrols",
                       "extra staff for hospitals", "a hotline for the public", "a special session of the council",
                       "new housing for displaced families", "cheaper loans for farmers", "a cap on rents",
                       "a national day of remembrance", "help for exporters", "an end to the dispute",
                       "closer ties with the neighbours", "a fresh look at the plans", "stricter controls at the border"]


def agree(trend, plural):
    return trend.format(have="have" if plural else "has", are="are" if plural else "is",
                        remain="remain" if plural else "remains")


# Where a trend is seen: (as a sentence opener, after the topic).
BG_WHERE = [("In {V}", "in {V}"), ("Across {A}", "across {A}"), ("In the province around {V}", "around {V}"),
            ("Nationally", "nationwide"), ("", ""), ("In the city", "in the city")]
BG_FRAMES = ["said", "warned that", "noted that", "feared that", "reported that", "expected that", "believed that",
             "told local media that", "pointed out that"]
BG_ADJUNCTS = ["", "", "", " late in the day", ", according to local media", " this year", " in the afternoon",
               " after the news", " for now", " in the city centre"]
# Figures, each in two wordings.
BG_FIGURES = [
    ("{A} and {B} established diplomatic relations in {bg_year}.",
     "Diplomatic relations between {A} and {B} date from {bg_year}."),
    ("Trade between {A} and {B} was worth about ${bg_trade} billion last year, according to official figures.",
     "Official figures put last year's trade between {A} and {B} at about ${bg_trade} billion."),
    ("About {bg_people} people live in the province around {V}.",
     "The province around {V} has a population of about {bg_people}."),
    ("Unemployment in the region around {V} stands at {bg_pct} percent.",
     "In the region around {V}, {bg_pct} percent of the workforce is unemployed."),
    ("Since {bg_year}, {A} and {B} have held {bg_rounds_w} rounds of negotiations on related issues.",
     "{A} and {B} have negotiated on related issues {bg_rounds_w} times since {bg_year}."),
]
BOILERPLATE = ["Advertisement", "Related content", "Source link", "Read more:", "Share this article"]

SYNONYMS = [(" about ", " around "), (" said ", " stated "), (" also ", " "),
            (" many ", " numerous "), (" however ", " though ")]


# House style: each wording is chosen once per outlet style, outside quotations, so that two stories of one type
# (or an outlet's rewrite and the wire) seldom share long runs of words. None of these words carries a value.
STYLE = [
    ("officials", ["officials", "authorities"]), ("government", ["government", "administration"]),
    ("several", ["several", "a number of", "some"]),
    ("residents", ["residents", "inhabitants", "locals"]), ("local", ["local", "regional"]),
    ("region", ["region", "area", "district"]), ("country", ["country", "nation"]), ("warned", ["warned", "cautioned"]),
    ("called for", ["called for", "urged", "appealed for"]), ("criticised", ["criticised", "attacked", "condemned"]),
    ("closely", ["closely", "carefully"]), ("sharply", ["sharply", "steeply", "markedly"]),
    ("recent months", ["recent months", "the past few months", "recent weeks"]),
    ("announcement", ["announcement", "news", "decision"]), ("concerns", ["concerns", "worries", "priorities"]),
    ("important", ["important", "key", "major"]), ("normal", ["normal", "usual"]), ("soon", ["soon", "shortly"]),
    ("photographs", ["photographs", "pictures", "images"]), ("companies", ["companies", "firms", "businesses"]),
    ("protesters", ["protesters", "demonstrators"]), ("streets", ["streets", "roads"]),
    ("issue", ["issue", "matter", "question"]),
    ("main", ["main", "principal", "leading"]), ("welcomed", ["welcomed", "praised", "hailed"]),
    ("rescuers", ["rescuers", "rescue workers", "emergency crews"]), ("promised", ["promised", "pledged"]),
    ("study", ["study", "examine", "review"]), ("details", ["details", "specifics", "fine print"]),
    ("international", ["international", "foreign"]), ("leaders", ["leaders", "figures", "representatives"]),
    ("whole", ["whole", "entire"]), ("began", ["began", "started"]),
    ("hoped", ["hoped", "wished"]),
    ("shops", ["shops", "stores"]), ("organised", ["organised", "arranged", "set up"]),
    ("collections", ["collections", "drives", "appeals"]), ("released", ["released", "published", "made public"]),
    ("afterwards", ["afterwards", "later"]), ("gathered", ["gathered", "assembled"]), ("forced", ["forced", "obliged"]),
    ("shared", ["shared", "posted", "circulated"]), ("throughout the day", ["throughout the day", "all day", "during the day"]),
    ("risen", ["risen", "grown", "increased"]),
    ("clarity", ["clarity", "certainty", "clear rules"]), ("showed", ["showed", "demonstrated", "revealed"]),
    ("vulnerable", ["vulnerable", "exposed", "fragile"]), ("sceptical", ["sceptical", "doubtful", "wary"]),
    ("intentions", ["intentions", "aims", "motives"]), ("prominent", ["prominent", "wide", "extensive"]),
    ("coverage", ["coverage", "attention"]), ("cancelled", ["cancelled", "called off", "postponed"]),
    ("interrupted", ["interrupted", "suspended", "changed"]), ("reduced", ["reduced", "limited", "restricted"]),
    ("closed early", ["closed early", "shut early", "closed their doors early"]),
    ("briefed", ["briefed", "informed", "updated"]), ("comparable", ["comparable", "similar"]),
    ("defended", ["defended", "justified", "stood by"]), ("feared", ["feared", "worried"]),
    ("needed", ["needed", "wanted", "required"]),
]
STYLE_CONNECTORS = ["", "", "", "", "Meanwhile, ", "At the same time, ", "Separately, ", "Elsewhere, ", "In addition, "]


class HouseStyle:
    """One outlet's word choices for one story."""

    def __init__(self, rng):
        self.choice = {}
        for key, options in STYLE:
            pick = rng.choice(options)
            self.choice[key] = pick
            self.choice[cap(key)] = cap(pick)
        keys = sorted(self.choice, key=len, reverse=True)
        self.pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b")
        self.rng = rng

    def apply(self, text):
        """`text` with this style's words, quotations left alone."""
        parts = re.split(r"(“[^”]*”)", text)
        for i in range(0, len(parts), 2):
            parts[i] = self.pattern.sub(lambda m: self.choice[m.group(1)], parts[i])
        return "".join(parts)

    def connect(self, sentence):
        """`sentence`, sometimes after a connective ("Meanwhile, ..."), when its first word is not a name."""
        c = self.rng.choice(STYLE_CONNECTORS)
        first = sentence.split(" ", 1)[0]
        if not c or first not in LOWERABLE:
            return sentence
        return c + sentence[:1].lower() + sentence[1:]


SENTENCE_ARTICLE = re.compile(r"(^|[.!?]\u201d? +)((?:al|el|at|et|ach|asch|asz|ar|as|ad|an)-)")

LOWERABLE = {"The", "A", "Several", "Shops", "Hotels", "Church", "Social", "Opinion", "Universities", "Farmers",
             "Lawmakers", "Foreign", "Historians", "Commentators", "Teachers", "Charities", "Local", "Public",
             "Markets", "Officials", "Business", "Both", "Trade", "Analysts", "Unemployment", "Residents",
             "Community", "Newspapers", "About", "Since", "Experts"}


def background_plan(rng):
    """The story's background: two figures, trends and reactions. Topics, trends and predicates are used once
    per story; every outlet fills the places in its own spelling and words the sentences its own way."""
    count = 18
    subjects = rng.sample(BG_SUBJECTS, count)
    predicates = rng.sample(BG_PREDICATES, count)
    objects = rng.sample(BG_REACTION_OBJECTS, count)
    topics = rng.sample(BG_TOPICS, count)
    plan = [("figure", f) for f in rng.sample(BG_FIGURES, 2)]
    for i in range(count):
        adjunct = rng.choice(BG_ADJUNCTS)
        if rng.random() < 0.6:
            topic, plural = topics[i]
            where = rng.choice(BG_WHERE)
            adjunct = rng.choice(["", "", ", according to local media", ", figures show"])
            plan.append(("trend", (subjects[i], topic, agree(trend(rng), plural), adjunct, where, rng.randrange(3))))
        else:
            # Now and then a stock phrase; mostly a verb and an object of the story's own.
            predicate = predicates[i] if rng.random() < 0.15 else f"{rng.choice(BG_REACTION_VERBS)} {objects[i]}"
            plan.append(("reaction", (subjects[i], predicate, adjunct, rng.randrange(3))))
    return plan


def background_sentence(item, form):
    """One background item in wording `form`; `None` is the wire's wording, which its copies keep. Other
    outlets word each item differently from the wire (real rewrites seldom keep a background sentence)."""
    kind, parts = item
    if kind == "figure":
        return parts[0 if form is None else 1]
    wire_form = parts[-1]
    if form is not None:
        form = form if form < wire_form else form + 1
    form = wire_form if form is None else form
    if kind == "trend":
        subject, topic, trend, adjunct, where, _ = parts
        return [f"{where[0]}, {topic} {trend}{adjunct}." if where[0] else f"{cap(topic)} {trend}{adjunct}.",
                f"{cap(topic)} {where[1]} {trend}{adjunct}." if where[1] else f"{cap(topic)} {trend}, figures show.",
                f"{subject} said {topic} {trend}{adjunct}."][form]
    subject, predicate, adjunct, _ = parts
    first = subject.split(" ", 1)[0]
    lowered = subject[:1].lower() + subject[1:] if first in LOWERABLE else None
    if form == 1:
        if adjunct.strip(" ,") and lowered:
            return f"{cap(adjunct.strip(' ,'))}, {lowered} {predicate}."
        return f"{subject} {predicate}, local media reported."
    if form == 2:
        return f"There were reports that {lowered} {predicate}{adjunct}." if lowered else \
            f"{subject} also {predicate}{adjunct}."
    return f"{subject} {predicate}{adjunct}."


def background(plan, n, A, B, V, rng, keep_order):
    """The story's background sentences as one outlet writes them: all of them in the story's order and
    wording for the wire and its copies, a shuffled selection in the outlet's own wording for the others."""
    fills = {"A": A, "B": B, "V": V, "bg_year": n["bg_year"], "bg_trade": n["bg_trade"],
             "bg_people": f"{n['bg_people'] / 1e6:g} million" if n["bg_people"] >= 1e6 else num(n["bg_people"]),
             "bg_pct": n["bg_pct"], "bg_rounds_w": SMALL[n["bg_rounds"]]}
    order = list(range(len(plan)))
    if not keep_order:
        rng.shuffle(order)
    return [background_sentence(plan[i], None if keep_order else rng.randrange(2)).format(**fills) for i in order]


def headline(story, s, v):
    k, n = story.kind, s["n"]
    if k == "talks":
        options = [f"{s['A']} and {s['B']} hold talks in {s['V']} on {story.topic.split(' on ')[0]}",
                   f"{s['Ad']} and {s['Bd']} negotiators meet in {s['V']}",
                   f"Talks in {s['V']} end with timetable but no deal"]
    elif k == "ceasefire":
        options = [f"{s['A']} and {s['B']} agree {n['truce']}-day ceasefire",
                   f"Ceasefire signed in {s['V']} after months of border fighting",
                   f"Guns to fall silent on {s['A']}-{s['B']} border"]
    elif k == "quake":
        options = [f"Earthquake near {s['V']} kills at least {n['killed']}",
                   f"Magnitude {n['mag']} quake hits {s['A']}",
                   f"Rescuers search rubble after quake near {s['V']}"]
    elif k == "accident":
        options = [f"{cap(story.vehicle)} accident near {s['V']} kills {n['killed']}",
                   f"Inquiry ordered after deadly {story.vehicle} crash in {s['A']}",
                   f"Deadly {story.vehicle} crash near {s['V']}"]
    elif k == "strike":
        options = [f"Port of {s['V']} paralysed by {n['hours']}-hour strike",
                   f"Dockworkers strike in {s['V']} over automation",
                   f"Strike halts container traffic in {s['V']}"]
    elif k == "deal":
        options = [f"{s['A']} and {s['B']} sign {money(n['amount'])} {story.industry} pact",
                   f"{cap(story.industry)} partnership sealed in {s['V']}",
                   f"{s['Ad']}-{s['Bd']} {story.industry} deal signed"]
    else:
        options = [f"Former {story.former} jailed for {n['years']} years",
                   f"Court in {s['V']} sentences ex-{story.former}",
                   f"{s['P3']} sentenced to {n['years']} years for {story.charge}"]
    return options[v % len(options)]


# ---------------------------------------------------------------------------------------------------------
# Reports.
# ---------------------------------------------------------------------------------------------------------

FACT_KEYS = ["headline", "lead", "who", "q0", "q1", "toll", "prisoners", "end", "earlier", "next", "time", "felt",
             "after", "history", "count", "reopen", "divert", "prev", "pay", "shares", "price", "jobs", "judge",
             "sought", "other", "aid", "agenda", "statement", "security", "opposition", "monitors", "displaced",
             "doubts", "reaction", "damage", "rescue", "governor", "scene", "survivor", "mourning", "record",
             "plans", "queues", "minister", "economy", "plant", "critics", "markets", "case", "appeal",
             "politics", "local", "operator"]
TREATMENTS = [("syndicated", 30), ("rewrite", 35), ("short", 15), ("translated", 20)]
PLANT_KINDS = ["place", "number", "date", "quote", "person", "role", "misspell"]
STORY_SIZES = [(1, 12), (2, 20), (3, 20), (4, 15), (5, 11), (6, 9), (7, 7), (8, 6)]


def weighted(rng, pairs):
    total = sum(wt for _, wt in pairs)
    x = rng.randrange(total)
    for value, wt in pairs:
        if x < wt:
            return value
        x -= wt
    return pairs[-1][0]


def plantable(story, kind):
    """Which kinds of conflict this story type can carry, and on which slot."""
    if kind == "place":
        return True
    if kind == "date":
        return True
    if kind == "person":
        return story.kind in ("talks", "ceasefire", "accident", "deal", "strike", "trial")
    if kind == "role":
        return story.kind in ("talks", "ceasefire", "accident", "deal")
    return True


def plant_detail(story, kind, rng):
    if kind == "person":
        slot = {"talks": 0, "ceasefire": 1, "accident": 0, "deal": 0, "strike": 0, "trial": 0}[story.kind]
        return (kind, slot)
    if kind == "role":
        return (kind, 0)
    if kind == "quote":
        return (kind, rng.randrange(2))
    if kind == "misspell":
        return (kind, rng.choice([0, 1, 2, 3]))
    if kind == "number":
        key, alt = rng.choice(NUMBER_PLANTS[story.kind])
        return (kind, key, alt(story.nums, rng))
    return (kind,)


def build_story(index, seed, cities, size):
    story = Story(index, seed, cities)
    rng = story.rng
    sid = f"s{index:06d}"
    wire = rng.choice(WIRES)
    outlets = [(wire, "en")] + rng.sample(OUTLETS, size - 1)
    used_kinds = []
    docs = []
    # The wire's wording of each paragraph; other outlets choose one of the other two.
    wire_v = {key: rng.randrange(3) for key in FACT_KEYS}
    bg_plan = background_plan(rng)
    quote_facts = {"q0", "q1"}
    for j, (outlet, lang) in enumerate(outlets):
        treatment = "wire" if j == 0 else weighted(rng, TREATMENTS)
        if treatment == "translated" and lang not in ("pl", "de", "fr"):
            treatment = "rewrite"
        if treatment == "syndicated" and lang != "en":
            lang = "en"
        plant = None
        if j > 0 and rng.random() < 0.45:
            kinds = [k for k in PLANT_KINDS if k not in used_kinds and plantable(story, k)]
            if kinds:
                kind = rng.choice(kinds)
                used_kinds.append(kind)
                plant = plant_detail(story, kind, rng)
        style = {"us_dates": treatment in ("rewrite", "short") and rng.random() < 0.4,
                 "words": treatment in ("rewrite", "short", "translated") and rng.random() < 0.5}
        s = story.slots(lang, plant, style)
        if treatment in ("wire", "syndicated"):
            v = wire_v
            hv = wire_v["headline"]
        else:
            v = {key: wv + 1 + rng.randrange(2) for key, wv in wire_v.items()}
            hv = v["headline"]
        paras = paragraphs(story, s, v)
        if treatment in ("rewrite", "translated", "short"):
            lead, rest = paras[0], paras[1:]
            rng.shuffle(rest)
            paras = [lead] + rest
        if treatment == "short":
            keep = [p for p in paras[1:] if p[0] in quote_facts][:1]
            others = [p for p in paras[1:] if p[0] not in quote_facts][:2]
            paras = [paras[0]] + others + keep
            # A short outlet often quotes only the first sentence of a two-sentence quotation.
            paras = [(key, shorten_quote(text, s)) if key in quote_facts else (key, text) for key, text in paras]
        texts = [t for _, t in paras]
        # The wire and its syndicated copies write in the wire's house style; every other outlet in its own.
        style = HouseStyle(random.Random(f"{seed}:{index}:style" if treatment in ("wire", "syndicated")
                                         else f"{seed}:{index}:style:{j}"))
        target = {"short": 1900, "wire": 3100, "syndicated": 3100}.get(treatment, 3000) + rng.randrange(400)
        bg = background(bg_plan, story.nums, s["A"], s["B"], s["V"], rng, treatment in ("wire", "syndicated"))
        bi = 0
        while sum(len(t) + 2 for t in texts) < target and bi + 1 < len(bg):
            para = bg[bi] + " " + style.connect(bg[bi + 1])
            pos = len(texts) if treatment in ("wire", "syndicated") else 2 + (bi * 3) % max(1, len(texts) - 1)
            texts.insert(min(pos, len(texts)), para)
            bi += 2
        texts = [style.apply(t) for t in texts]
        if treatment in ("wire", "syndicated"):
            dateline = f"{fold_ascii(s['V'].upper())}, {date_short(story.day)} ({outlet if treatment == 'wire' else wire}) - "
            texts[0] = dateline + texts[0]
        if treatment == "syndicated":
            texts = syndicate(texts, rng, wire)
        if treatment == "translated":
            texts.append(f"This article was translated from the {({'pl': 'Polish', 'de': 'German', 'fr': 'French'})[lang]} edition of {outlet}.")
        if treatment in ("rewrite", "translated") and rng.random() < 0.5:
            texts.insert(0, f"By {rng.choice(REPORTERS)}")
        title = headline(story, s, hv)
        if treatment == "syndicated" and rng.random() < 0.5:
            title = "UPDATE 1-" + title
        pub = story.day + datetime.timedelta(days=0 if treatment in ("wire", "syndicated") else rng.randrange(2))
        doc_id = f"{sid}-{j}"
        docs.append({"id": doc_id, "source": outlet, "title": title, "date": pub.isoformat(),
                     "text": "\n\n".join(texts) + "\n", "_slots": s, "_plant": plant, "_treatment": treatment,
                     "_lang": lang})
    truth = story_truth(story, sid, docs)
    return docs, truth


def shorten_quote(text, s):
    for key in ("Q0", "Q1"):
        q = s[key]
        first = first_sentence(q)
        if first and q in text:
            return text.replace(q, first)
    return text


def date_short(day):
    return f"{MONTHS[day.month - 1][:3]} {day.day}"


def syndicate(texts, rng, wire):
    """A syndicated copy: the wire's paragraphs with boilerplate, a dropped paragraph, a few word swaps."""
    out = list(texts)
    if len(out) > 6 and rng.random() < 0.5:
        del out[rng.randrange(4, len(out))]
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(1, len(out))
        if "\u201c" in out[i]:
            continue
        a, b = rng.choice(SYNONYMS)
        out[i] = out[i].replace(a, b, 1)
    out.insert(rng.randrange(2, max(3, len(out))), rng.choice(BOILERPLATE[:2]))
    out.append(f"(Reporting by {rng.choice(REPORTERS)}; editing by {rng.choice(REPORTERS)})")
    if rng.random() < 0.5:
        out.append("Source link")
    return out


# ---------------------------------------------------------------------------------------------------------
# Truth.
# ---------------------------------------------------------------------------------------------------------

def contains(text, value):
    return re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text) is not None


def story_truth(story, sid, docs):
    expect, decoys = [], []
    def witnesses(value_of, value, planted_in):
        """The other reports that state a different value of the slot, and their surfaces. A report with a plant
        of another slot (a moved date, a misspelt name) still states this slot's value, so it witnesses too."""
        out, forms = [], []
        for d in docs:
            if d is planted_in:
                continue
            v = value_of(d)
            if v and v != value and contains(d["text"], v):
                out.append(d["id"])
                if v not in forms:
                    forms.append(v)
        return out, forms

    for d in docs:
        plant = d["_plant"]
        if plant is None or plant[0] == "misspell":
            continue
        s = d["_slots"]
        kind = plant[0]
        if kind == "place":
            key, finding = "V", "place-conflict"
        elif kind == "date":
            key, finding = ("D1" if story.kind in ("quake", "accident") else "W1"), "date-conflict"
        elif kind == "number":
            key, finding = None, "number-conflict"
        elif kind == "quote":
            key, finding = f"Q{plant[1]}", "quote-drift"
        elif kind == "person":
            key, finding = f"P{plant[1]}", "person-conflict"
        else:
            key, finding = "T0", "role-conflict"
        if key is None:
            nkey = plant[1]
            value = number_surface(story.kind, nkey, s["n"], s)
            value_of = lambda x, nkey=nkey: number_surface(story.kind, nkey, x["_slots"]["n"], x["_slots"])
        else:
            value = s[key]
            value_of = lambda x, key=key: x["_slots"][key]
        if kind == "person" and not contains(d["text"], value):
            # A short outlet may name the swapped person by surname only: the plant is still there.
            key = f"P{plant[1]}s"
            value = s[key]
            value_of = lambda x, key=key: x["_slots"][key]
        if not contains(d["text"], value):
            continue
        others, forms = witnesses(value_of, value, d)
        if not others:
            continue
        expect.append({"kind": finding, "values": [[value], forms], "in": d["id"], "documents": others,
                       "how": f"{d['_treatment']} outlet planted a different {kind}"})

    # Spelling variants: every person and place whose full form differs between reports.
    for key, what in (("P0", "person"), ("P1", "person"), ("P2", "person"), ("P3", "person"), ("V", "place"),
                      ("O1", "place"), ("O2", "place"), ("O3", "place")):
        forms = {}
        for d in docs:
            if d["_plant"] and d["_plant"][0] == "person" and key == f"P{d['_plant'][1]}":
                continue
            if d["_plant"] and d["_plant"][0] == "place" and key == "V":
                continue
            f = d["_slots"][key]
            if contains(d["text"], f):
                forms.setdefault(f, []).append(d)
        if len(forms) < 2:
            continue
        base, base_docs = next(iter(forms.items()))
        for f, ds in list(forms.items())[1:]:
            d = ds[0]
            how = "misspelt" if d["_plant"] and d["_plant"][0] == "misspell" else (
                "transliterated" if d["_lang"] in ("pl", "de", "fr") else "diacritics folded")
            expect.append({"kind": "spelling-variant", "values": [[base], [f]], "in": d["id"],
                           "documents": [x["id"] for x in base_docs], "how": f"{what} {how}"})

    for d in docs:
        if d["_treatment"] == "syndicated" and docs[0]["_treatment"] == "wire":
            expect.append({"kind": "near-duplicate", "values": [], "in": d["id"], "documents": [docs[0]["id"]],
                           "how": "syndicated copy of the wire"})

    # Decoys: groups of surfaces (across outlets) of values that differ legitimately.
    def surfaces(fn):
        out = []
        for d in docs:
            try:
                v = fn(d["_slots"])
            except KeyError:
                continue
            if v and v not in out and contains(d["text"], v):
                out.append(v)
        return out

    k = story.kind
    pairs = []
    pairs.append(("venue and another city of the story", lambda s: s["V"], lambda s: s["O1"]))
    pairs.append(("two other cities of the story", lambda s: s["O1"], lambda s: s["O2"]))
    if k == "talks":
        pairs.append(("talks began one day and ended the next", lambda s: s["W1"], lambda s: s["W2"]))
        pairs.append(("the venue and the next round's city", lambda s: s["V"], lambda s: s["O2"]))
        pairs.append(("length of the talks and of the last session",
                      lambda s: f"{SMALL[s['n']['days']]}-day", lambda s: f"{s['n']['hours']} hours"))
    if k == "ceasefire":
        pairs.append(("signed one day, in effect the next", lambda s: s["W1"], lambda s: s["W2"]))
        pairs.append(("dead and injured", lambda s: words_or_digits(s["n"]["killed"], s["words"]),
                      lambda s: num(s["n"]["injured"])))
        pairs.append(("all prisoners and the first group", lambda s: num(s["n"]["prisoners"]),
                      lambda s: num(s["n"]["first"])))
    if k == "quake":
        pairs.append(("dead and injured", lambda s: words_or_digits(s["n"]["killed"], s["words"]),
                      lambda s: num(s["n"]["injured"])))
        pairs.append(("main shock and strongest aftershock", lambda s: f"{s['n']['mag']}", lambda s: f"{s['n']['after']}"))
        pairs.append(("this quake and an earlier one", lambda s: f"{s['n']['mag']}", lambda s: f"{s['n']['old_mag']}"))
        pairs.append(("depth and distance", lambda s: f"{s['n']['depth']} kilometres",
                      lambda s: f"{s['n']['distance']} kilometres"))
        pairs.append(("where it struck and where the minister spoke", lambda s: s["V"], lambda s: s["O3"]))
    if k == "accident":
        pairs.append(("origin and destination", lambda s: s["O1"], lambda s: s["O2"]))
        pairs.append(("dead and injured", lambda s: words_or_digits(s["n"]["killed"], s["words"]),
                      lambda s: num(s["n"]["injured"])))
        pairs.append(("the crash and the reopening", lambda s: s["D1"], lambda s: s["D3"]))
        pairs.append(("the crash site and the operator's seat", lambda s: s["V"], lambda s: s["O3"]))
    if k == "strike":
        pairs.append(("this strike and an earlier one", lambda s: f"{s['n']['hours']}-hour",
                      lambda s: f"{s['n']['prev_hours']}-hour"))
        pairs.append(("workers and containers", lambda s: num(s["n"]["workers"]), lambda s: num(s["n"]["containers"])))
    if k == "deal":
        pairs.append(("the two partners' shares", lambda s: f"{s['n']['share']} percent",
                      lambda s: f"{100 - s['n']['share']} percent"))
        pairs.append(("a premium per unit and a farm-gate price", lambda s: f"${s['n']['premium']}",
                      lambda s: num(s["n"]["farm"])))
    if k == "trial":
        pairs.append(("sentence and what prosecutors sought", lambda s: f"{s['n']['years']} years",
                      lambda s: f"{s['n']['sought']} years"))
        pairs.append(("the court's city and the second trial's", lambda s: s["V"], lambda s: s["O1"]))
    pairs.append(("two different quotations", lambda s: s["Q0"], lambda s: s["Q1"]))
    for why, fa, fb in pairs:
        ga, gb = surfaces(fa), surfaces(fb)
        if ga and gb and not set(ga) & set(gb):
            decoys.append({"groups": [ga, gb], "why": why})
    # One value in other words: digits and words, two date formats, a quotation and its first sentence.
    same = []
    if k in ("ceasefire", "quake", "accident"):
        same.append(("a number in digits and in words", lambda s: words_or_digits(s["n"]["killed"], s["words"])))
    if k in ("quake", "accident"):
        same.append(("one date in two formats", lambda s: s["D1"]))
    for why, f in same:
        g = [x for x in surfaces(f) if not any(x == number_surface(k, "killed", d["_slots"]["n"], d["_slots"])
                                               for d in docs if d["_plant"] and d["_plant"][0] in ("number", "date")
                                               and d["_plant"][1:2] in (("killed",),) )]
        planted = [e["values"][0][0] for e in expect if e["kind"] in ("number-conflict", "date-conflict")]
        g = [x for x in g if x not in planted]
        if len(g) >= 2:
            decoys.append({"groups": [g], "why": why})
    for key in ("Q0", "Q1"):
        full = surfaces(lambda s, key=key: s[key])
        first = [first_sentence(q) for q in full if first_sentence(q)]
        if full and first:
            decoys.append({"groups": [[full[0]], [first[0]]], "why": "a quotation and its first sentence"})

    return {
        "story": sid,
        "type": story.kind,
        "documents": [d["id"] for d in docs],
        "treatments": {d["id"]: d["_treatment"] for d in docs},
        "expect": expect,
        "decoys": decoys,
    }


# ---------------------------------------------------------------------------------------------------------
# Main.
# ---------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, required=True, help="number of reports to write")
    ap.add_argument("--out", required=True, help="output directory (use bench/out/..., which git ignores)")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--txt", action="store_true", help="also write each report as a .txt file under OUT/txt/")
    args = ap.parse_args()

    cities = load_cities()
    os.makedirs(args.out, exist_ok=True)
    corpus_path = os.path.join(args.out, "corpus.jsonl")
    truth_path = os.path.join(args.out, "truth.jsonl")
    written = 0
    stories = 0
    planted = {}
    with open(corpus_path, "w", encoding="utf-8", newline="\n") as corpus, \
            open(truth_path, "w", encoding="utf-8", newline="\n") as truth:
        index = 0
        while written < args.reports:
            size_rng = random.Random(f"{args.seed}:size:{index}")
            size = min(weighted(size_rng, STORY_SIZES), args.reports - written)
            docs, t = build_story(index, args.seed, cities, size)
            for d in docs:
                record = {"id": d["id"], "source": d["source"], "title": d["title"], "date": d["date"],
                          "text": d["text"]}
                corpus.write(json.dumps(record, ensure_ascii=False) + "\n")
                if args.txt:
                    sub = os.path.join(args.out, "txt", t["story"][:-2])
                    os.makedirs(sub, exist_ok=True)
                    with open(os.path.join(sub, d["id"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                        f.write(d["title"] + "\n\n" + d["text"])
            for e in t["expect"]:
                planted[e["kind"]] = planted.get(e["kind"], 0) + 1
            truth.write(json.dumps(t, ensure_ascii=False) + "\n")
            written += len(docs)
            stories += 1
            index += 1

    def sha(path):
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()

    meta = {
        "generator": "bench/gen_stories.py",
        "args": {"reports": args.reports, "seed": args.seed, "txt": args.txt},
        "reports": written,
        "stories": stories,
        "bytes": os.path.getsize(corpus_path),
        "planted": dict(sorted(planted.items())),
        "sha256": {"corpus.jsonl": sha(corpus_path), "truth.jsonl": sha(truth_path)},
    }
    with open(os.path.join(args.out, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")
    print(json.dumps(meta), file=sys.stderr)


if __name__ == "__main__":
    main()
