"""Rebuild realdocs_unseen18's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen18/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# The commits are the mirrors' newest.
EQUITY = "a173053994c44302b8f2a7549f7671d87bc34bd4"
CC = "972433eea44cfc9b8df25dc1b57039fc01f9727f"
MUSIC = "d571fe255d48868b13b55c89927b3a564bc5dd79"
# the Open Music Theory chapters, by file name without ".md"
MUSIC_PAGES = (
    "KBVLschemata",
    "MinuetForm",
    "Modulation",
    "RNfromFB",
    "SonataTheory-exposition",
    "SonataTheory-intro",
    "SonataTheory-modules",
    "TBDemo",
    "VAT",
    "about",
    "alteredSubdominants",
    "analyzingPoetry",
    "appliedChords",
    "atonal",
    "atonalGlossary",
    "basicNotation",
    "bassoContinuo-history",
    "bassoContinuo",
    "beams",
    "cadenceTypes",
    "cantusFirmus",
    "chromaticSolfege",
    "classicalThemes",
    "commonTonesUnderTransposition",
    "complements",
    "compoundPeriod",
    "compoundSentence",
    "contents",
    "embellishingTones",
    "externalExpansions",
    "firstSpecies",
    "fivePartRondo",
    "fourthSpecies",
    "functions",
    "harmonicAnalysis",
    "harmonicFunctions",
    "harmonicSyntax1",
    "harmonicSyntax2",
    "hybridThemes",
    "index",
    "internalExpansions",
    "interval(Class)",
    "intervals",
    "inversion",
    "keySignatures",
    "melodicDictationDemo",
    "melodicKB",
    "melodicKeyboardStyle",
    "melodicSequentials",
    "meter",
    "minuet",
    "mod12",
    "modalMixture",
    "motionTypes",
    "normalOrder",
    "period",
    "pitch(Class)",
    "pitches",
    "popRockForm-containers",
    "popRockForm-functions",
    "popRockForm-notation",
    "popRockForm-terms",
    "popRockForm",
    "popRockHarmony-EverettSystem2",
    "popRockHarmony-EverettSystem3",
    "popRockHarmony-EverettSystem4",
    "popRockHarmony-EverettSystem5",
    "popRockHarmony-blues",
    "popRockHarmony-dooWop",
    "popRockHarmony-fifths",
    "popRockHarmony-lament",
    "popRockHarmony-minor",
    "popRockHarmony-pachelbel",
    "popRockHarmony-plagal",
    "popRockHarmony-puff",
    "popRockHarmony-sscp",
    "popRockHarmony",
    "postTonalAnalysis",
    "protonotation",
    "rhythmicValues",
    "rondo",
    "scales",
    "scales2",
    "schemata-improv",
    "schemataContinuationPatterns",
    "schemataOpensAndCloses",
    "schemataSummary",
    "secondSpecies",
    "sentence",
    "setClassAndPrimeForm1",
    "setClassAndPrimeForm2",
    "sightSinging",
    "smallBinary",
    "smallTernary",
    "sonataDevelopment",
    "sonataFramingModules",
    "sonataRecap",
    "sonataRondo",
    "sonataStructuralPointsOfArrival",
    "sonataThematicModules",
    "speciesIntro",
    "symmetryAndCentricity",
    "syncopation",
    "tendency",
    "tendencyTonesFunctionalDissonances",
    "thematicFunctionInRondo",
    "thematicStructureInTheClassicalStyle",
    "themeFunctions",
    "thirdSpecies",
    "thoroughbassFigures",
    "transposition",
    "triads",
    "twelveTone",
    "twelveToneBasics",
    "twelveToneIntervallicStructure",
    "twelveToneMusicDerivation",
    "twelveToneMusicInvariance",
    "twelveToneOperations",
    "typesettingKBStyle",
    "unfiguredBass",
    "whiteKeyMethod",
)
# (corpus, mirror, commit, folder copied whole): the Creative Commons certificate's course units (contents/: commons,
# copyright, legal, licenses, sociocultural, using), Markdown only; the images, the overview and the Wordpress
# scaffolding are left out
FOLDERS = (("cc", "cc-archive+cc-cert-core", CC, "contents"),)
FILES = (
    # The Open Guide to Equity Compensation: one long Markdown page (stock options, RSUs, taxes, 83(b) elections)
    ("equity", "jlevy+og-equity-compensation", EQUITY, "README.md"),
    # the certificate's licence (CC BY 4.0's legal code; no suffix, so not read)
    ("cc", "cc-archive+cc-cert-core", CC, "LICENSE"),
    # Open Music Theory: the textbook's Markdown chapters (Jekyll pages with front matter); the site's scaffolding
    # pages (README, 404, GDrive, contents-hidden, linkToTwitter, createGraphic, trinket, addCC), the graphics, the
    # LilyPond and notation files and the theme are left out. Its licence (CC BY-SA 4.0) is stated in about.md and
    # in the theme's footer.
    *(("music", "openmusictheory+openmusictheory.github.io", MUSIC, f"{name}.md") for name in MUSIC_PAGES),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
