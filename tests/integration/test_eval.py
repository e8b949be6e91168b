"""The labelled evaluation sets keep their accuracy: a regression guard for the cleaning rules.

Every set has been used for error analysis by now (eval/RESULTS.md keeps the first, blind
figures), so each must stay near perfect: a drop means a rule change broke a page shape.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("folder", "minimum"),
    [
        ("eval/corpus", 0.95),
        ("eval/holdout", 0.9),
        ("eval/blind", 0.9),
        ("eval/blind2", 0.9),
        ("eval/blind3", 0.9),
        ("eval/blind4", 0.9),
        ("eval/blind5", 0.9),
        ("eval/blind6", 0.85),
        ("eval/blind7", 0.9),
        ("eval/blind8", 0.9),
        ("eval/blind9", 0.9),
        ("eval/blind10", 0.85),
        ("eval/blind11", 0.85),
        ("eval/blind12", 0.9),
        ("eval/blind13", 0.9),
        ("eval/blind14", 0.85),
        ("eval/blind15", 0.85),
        ("eval/blind16", 0.75),
        ("eval/blind17", 0.85),
        ("eval/blind18", 0.85),
        ("eval/blind19", 0.8),
        ("eval/blind20", 0.3),  # e-mails and chats: analysed in part (eval/RESULTS.md)
        ("eval/blind21", 0.9),
        ("eval/blind22", 0.85),
        ("eval/blind23", 0.9),
        ("eval/blind24", 0.9),
        ("eval/blind25", 0.9),
        ("eval/blind26", 0.9),
        ("eval/blind27", 0.9),
        ("eval/blind28", 0.9),
        ("eval/blind29", 0.9),
        ("eval/blind30", 0.9),
        ("eval/blind31", 0.9),
        ("eval/blind32", 0.9),
        ("eval/blind33", 0.9),
        ("eval/blind34", 0.9),
        ("eval/blind35", 0.9),
        ("eval/blind36", 0.9),
        ("eval/blind37", 0.9),  # analysed in part (eval/RESULTS.md)
        ("eval/blind38", 0.9),
        ("eval/blind39", 0.9),
        ("eval/blind40", 0.9),
        ("eval/blind41", 0.9),
        ("eval/blind42", 0.9),
        ("eval/blind43", 0.9),
        ("eval/blind44", 0.7),  # analysed; four pages keep a furniture line (eval/RESULTS.md)
        ("eval/blind45", 0.9),
        ("eval/blind46", 0.7),  # its writer kept study references as text (eval/RESULTS.md)
        ("eval/blind47", 0.9),
        # its writer, told so, took an update or "Stand" time alone for no publication date;
        # newsdesk publishes it with published_source = "updated" (eval/RESULTS.md)
        ("eval/blind48", 0.8),
        ("eval/blind49", 0.9),
        # its writer kept correction notes and a source list as text (eval/RESULTS.md)
        ("eval/blind50", 0.7),
        ("eval/blind51", 0.9),
        ("eval/blind52", 0.8),  # analysed; a caption over a bare credit, a caption over a byline
        ("eval/blind53", 0.8),  # analysed; a picture's alt text, a traffic service teaser
        ("eval/blind54", 0.9),
        ("eval/blind55", 0.8),  # a one-word headline; a kicker its writer left out of the title
        ("eval/blind56", 0.9),
        ("eval/blind57", 0.7),  # analysed; a reporter's audio caption, a Turkish prize game
        ("eval/blind58", 0.7),  # odd line shapes: a page on one line is not read (RESULTS.md)
        ("eval/blind59", 0.9),
        ("eval/blind60", 0.9),
        # analysed in part: three titles, a date and some captions left (RESULTS.md)
        ("eval/blind61", 0.7),
        ("eval/blind62", 0.9),
        ("eval/blind63", 0.9),
        ("eval/blind64", 0.9),
        ("eval/blind65", 0.9),
        ("eval/blind66", 0.9),
        ("eval/blind67", 0.7),  # three captions and an unlabelled teaser left (RESULTS.md)
        ("eval/blind68", 0.9),
        ("eval/blind69", 0.9),
        ("eval/blind70", 0.9),
        ("eval/blind71", 0.9),
        ("eval/blind72", 0.8),  # two captions and an embedded post's text left (RESULTS.md)
        ("eval/blind73", 0.9),
        ("eval/blind74", 0.9),
        # analysed in part: titles under site names and menus, captions, teasers (RESULTS.md)
        ("eval/blind75", 0.6),
        ("eval/blind76", 0.5),
        ("eval/blind77", 0.8),
        ("eval/blind78", 0.5),
        ("eval/blind79", 0.9),
        ("eval/blind80", 0.9),
        ("eval/blind81", 0.9),
        # ten languages of Asia and the Middle East: their furniture in part (RESULTS.md)
        ("eval/blind82", 0.3),
        ("eval/blind83", 0.8),  # a poll's question, a watson time glued to its date
        ("eval/blind84", 0.9),
        ("eval/blind85", 0.7),  # a parish letter's headline, opening hours, a count box
        ("eval/blind86", 0.8),  # the ABC (Australia) named like the US ABC News; RNZ found
        ("eval/blind87", 0.9),
        ("eval/blind88", 0.9),
        ("eval/blind89", 0.9),
        ("eval/blind90", 0.9),
        ("eval/blind91", 0.9),
        ("eval/blind92", 0.8),  # a trade fair's date line, a desk's sign-off on the last paragraph
        ("eval/blind93", 0.8),  # a two-sentence headline with full stops, comments, a bio
        ("eval/blind94", 0.8),  # a "Name - City" byline, reader comments without a heading
        ("eval/blind95", 0.8),
        ("eval/blind96", 0.9),
        ("eval/blind97", 0.9),
        ("eval/blind98", 0.9),
        ("eval/blind99", 0.9),
        ("eval/blind100", 0.9),
        ("eval/blind101", 0.9),
        ("eval/blind102", 0.9),
        ("eval/blind103", 0.9),
        ("eval/blind104", 0.9),  # B.Z. not recognised
        ("eval/blind105", 0.8),  # US stations named by their network's brand, a foot's minute
        ("eval/blind106", 0.9),
        # their writer took an update time alone for no publication date (RESULTS.md)
        ("eval/blind107", 0.9),
        ("eval/blind108", 0.9),
        ("eval/blind109", 0.9),
        ("eval/blind110", 0.9),
        ("eval/blind111", 0.8),  # a subheading under a teaser, a video's caption, a kicker
        ("eval/blind112", 0.9),
        ("eval/blind113", 0.9),
        ("eval/blind114", 0.8),  # two captions over a bare photographer's name
        ("eval/blind115", 0.7),  # RND's own page, embedded posts' texts, "Quelle: Name" credits
        ("eval/blind116", 0.9),
        ("eval/blind117", 0.7),  # teasers with their own kicker, a video's title
        ("eval/blind118", 0.8),  # a trade fair's and a company's release under their headers
        ("eval/blind119", 0.7),  # three pages with only a "Stand" time (no date, their writer)
        ("eval/blind120", 0.9),
        ("eval/blind121", 0.9),
        ("eval/blind122", 0.9),
        ("eval/blind123", 0.9),
        ("eval/blind124", 0.8),  # a caption credited to the network's desk, AJC's "Explore…" links
        ("eval/blind125", 0.9),
        ("eval/blind126", 0.9),
        ("eval/blind127", 0.8),  # t-online's reader view never names it; teasers between paragraphs
        ("eval/blind128", 0.8),  # a caption without its credit, The Sun's related teasers
        ("eval/blind129", 0.9),
        ("eval/blind130", 0.8),  # an e-paper's brief from the same page
        ("eval/blind131", 0.9),
        ("eval/blind132", 0.8),  # a caption signed "(Yonhap)" as a paragraph is, an AI summary
        ("eval/blind133", 0.9),
        ("eval/blind134", 0.9),
        ("eval/blind135", 0.8),  # an unlabelled teaser, a caption with a stop under its credit
        ("eval/blind136", 0.9),
        ("eval/blind137", 0.9),
        ("eval/blind138", 0.8),  # update-only pages, alt text that differs from its caption
        ("eval/blind139", 0.8),  # a caption under its credit, a second caption taken for the lead
        ("eval/blind140", 0.8),  # Serbian in Latin script and Bosnian read as Croatian
        ("eval/blind141", 0.9),
        ("eval/blind142", 0.9),
        ("eval/blind143", 0.8),  # match facts under the text, a subheading under a related list
        ("eval/blind144", 0.9),
        ("eval/blind145", 0.9),
        ("eval/blind146", 0.9),
        ("eval/blind147", 0.9),
        ("eval/blind148", 0.9),
        ("eval/blind149", 0.8),  # subheadings right under a related list
        ("eval/blind150", 0.8),  # captions under their credit, a discovered outlet
        ("eval/blind151", 0.9),
        ("eval/blind152", 0.9),
        ("eval/blind153", 0.9),
        ("eval/blind154", 0.9),
        ("eval/blind155", 0.8),  # a video teaser and a social post's intro between paragraphs
        ("eval/blind156", 0.9),
        ("eval/blind157", 0.9),
        ("eval/blind158", 0.7),  # video titles, credits above their captions
        ("eval/blind159", 0.8),
        ("eval/blind160", 0.8),
        ("eval/blind161", 0.8),  # a radio page's menu item over the headline, update-only pages
        ("eval/blind162", 0.9),
        ("eval/blind163", 0.9),
        ("eval/blind164", 0.9),
        ("eval/blind165", 0.9),
        ("eval/blind166", 0.7),  # pages with only an update time, labelled without a date
        ("eval/blind167", 0.9),
        ("eval/blind168", 0.9),
        ("eval/blind169", 0.7),  # subheadings under related lists, a caption under its credit
        ("eval/blind170", 0.9),
        ("eval/blind171", 0.7),  # outlets named nowhere on three article-only copies
        ("eval/blind172", 0.7),  # captions with credits on their own line, a discovered outlet
        ("eval/blind173", 0.7),  # captions over gallery counters and photographers' names
        ("eval/blind174", 0.9),
        ("eval/blind175", 0.9),
        ("eval/blind176", 0.9),
        ("eval/blind177", 0.8),  # Arabic titles and dates ("14 مايو ,2024:")
        ("eval/blind178", 0.8),  # a Korean wire's headline, reporters' lines in Chinese
    ],
    ids=[
        "development-set",
        "holdout-set",
        "blind-set",
        "second-blind-set",
        "third-blind-set",
        "fourth-blind-set",
        "fifth-blind-set",
        "sixth-blind-set",
        "seventh-blind-set",
        "eighth-blind-set",
        "ninth-blind-set",
        "tenth-blind-set",
        "eleventh-blind-set",
        "twelfth-blind-set",
        "thirteenth-blind-set",
        "fourteenth-blind-set",
        "fifteenth-blind-set",
        "sixteenth-blind-set",
        "seventeenth-blind-set",
        "eighteenth-blind-set",
        "nineteenth-blind-set",
        "twentieth-blind-set",
        "twenty-first-blind-set",
        "twenty-second-blind-set",
        "twenty-third-blind-set",
        "twenty-fourth-blind-set",
        "twenty-fifth-blind-set",
        "twenty-sixth-blind-set",
        "twenty-seventh-blind-set",
        "twenty-eighth-blind-set",
        "twenty-ninth-blind-set",
        "thirtieth-blind-set",
        "thirty-first-blind-set",
        "thirty-second-blind-set",
        "thirty-third-blind-set",
        "thirty-fourth-blind-set",
        "thirty-fifth-blind-set",
        "thirty-sixth-blind-set",
        "thirty-seventh-blind-set",
        "thirty-eighth-blind-set",
        "thirty-ninth-blind-set",
        "fortieth-blind-set",
        "forty-first-blind-set",
        "forty-second-blind-set",
        "forty-third-blind-set",
        "forty-fourth-blind-set",
        "forty-fifth-blind-set",
        "forty-sixth-blind-set",
        "forty-seventh-blind-set",
        "forty-eighth-blind-set",
        "forty-ninth-blind-set",
        "fiftieth-blind-set",
        "fifty-first-blind-set",
        "fifty-second-blind-set",
        "fifty-third-blind-set",
        "fifty-fourth-blind-set",
        "fifty-fifth-blind-set",
        "fifty-sixth-blind-set",
        "fifty-seventh-blind-set",
        "fifty-eighth-blind-set",
        "fifty-ninth-blind-set",
        "sixtieth-blind-set",
        "sixty-first-blind-set",
        "sixty-second-blind-set",
        "sixty-third-blind-set",
        "sixty-fourth-blind-set",
        "sixty-fifth-blind-set",
        "sixty-sixth-blind-set",
        "sixty-seventh-blind-set",
        "sixty-eighth-blind-set",
        "sixty-ninth-blind-set",
        "seventieth-blind-set",
        "seventy-first-blind-set",
        "seventy-second-blind-set",
        "seventy-third-blind-set",
        "seventy-fourth-blind-set",
        "seventy-fifth-blind-set",
        "seventy-sixth-blind-set",
        "seventy-seventh-blind-set",
        "seventy-eighth-blind-set",
        "seventy-ninth-blind-set",
        "eightieth-blind-set",
        "eighty-first-blind-set",
        "eighty-second-blind-set",
        "eighty-third-blind-set",
        "eighty-fourth-blind-set",
        "eighty-fifth-blind-set",
        "eighty-sixth-blind-set",
        "eighty-seventh-blind-set",
        "eighty-eighth-blind-set",
        "eighty-ninth-blind-set",
        "ninetieth-blind-set",
        "ninety-first-blind-set",
        "ninety-second-blind-set",
        "ninety-third-blind-set",
        "ninety-fourth-blind-set",
        "ninety-fifth-blind-set",
        "ninety-sixth-blind-set",
        "ninety-seventh-blind-set",
        "ninety-eighth-blind-set",
        "ninety-ninth-blind-set",
        "hundredth-blind-set",
        "hundred-and-first-blind-set",
        "hundred-and-second-blind-set",
        "hundred-and-third-blind-set",
        "hundred-and-fourth-blind-set",
        "hundred-and-fifth-blind-set",
        "hundred-and-sixth-blind-set",
        "hundred-and-seventh-blind-set",
        "hundred-and-eighth-blind-set",
        "hundred-and-ninth-blind-set",
        "hundred-and-tenth-blind-set",
        "hundred-and-eleventh-blind-set",
        "hundred-and-twelfth-blind-set",
        "hundred-and-thirteenth-blind-set",
        "hundred-and-fourteenth-blind-set",
        "hundred-and-fifteenth-blind-set",
        "hundred-and-sixteenth-blind-set",
        "hundred-and-seventeenth-blind-set",
        "hundred-and-eighteenth-blind-set",
        "hundred-and-nineteenth-blind-set",
        "hundred-and-twentieth-blind-set",
        "hundred-and-twenty-first-blind-set",
        "hundred-and-twenty-second-blind-set",
        "hundred-and-twenty-third-blind-set",
        "hundred-and-twenty-fourth-blind-set",
        "hundred-and-twenty-fifth-blind-set",
        "hundred-and-twenty-sixth-blind-set",
        "hundred-and-twenty-seventh-blind-set",
        "hundred-and-twenty-eighth-blind-set",
        "hundred-and-twenty-ninth-blind-set",
        "hundred-and-thirtieth-blind-set",
        "hundred-and-thirty-first-blind-set",
        "hundred-and-thirty-second-blind-set",
        "hundred-and-thirty-third-blind-set",
        "hundred-and-thirty-fourth-blind-set",
        "hundred-and-thirty-fifth-blind-set",
        "hundred-and-thirty-sixth-blind-set",
        "hundred-and-thirty-seventh-blind-set",
        "hundred-and-thirty-eighth-blind-set",
        "hundred-and-thirty-ninth-blind-set",
        "hundred-and-fortieth-blind-set",
        "hundred-and-forty-first-blind-set",
        "hundred-and-forty-second-blind-set",
        "hundred-and-forty-third-blind-set",
        "hundred-and-forty-fourth-blind-set",
        "hundred-and-forty-fifth-blind-set",
        "hundred-and-forty-sixth-blind-set",
        "hundred-and-forty-seventh-blind-set",
        "hundred-and-forty-eighth-blind-set",
        "hundred-and-forty-ninth-blind-set",
        "hundred-and-fiftieth-blind-set",
        "hundred-and-fifty-first-blind-set",
        "hundred-and-fifty-second-blind-set",
        "hundred-and-fifty-third-blind-set",
        "hundred-and-fifty-fourth-blind-set",
        "hundred-and-fifty-fifth-blind-set",
        "hundred-and-fifty-sixth-blind-set",
        "hundred-and-fifty-seventh-blind-set",
        "hundred-and-fifty-eighth-blind-set",
        "hundred-and-fifty-ninth-blind-set",
        "hundred-and-sixtieth-blind-set",
        "hundred-and-sixty-first-blind-set",
        "hundred-and-sixty-second-blind-set",
        "hundred-and-sixty-third-blind-set",
        "hundred-and-sixty-fourth-blind-set",
        "hundred-and-sixty-fifth-blind-set",
        "hundred-and-sixty-sixth-blind-set",
        "hundred-and-sixty-seventh-blind-set",
        "hundred-and-sixty-eighth-blind-set",
        "hundred-and-sixty-ninth-blind-set",
        "hundred-and-seventieth-blind-set",
        "hundred-and-seventy-first-blind-set",
        "hundred-and-seventy-second-blind-set",
        "hundred-and-seventy-third-blind-set",
        "hundred-and-seventy-fourth-blind-set",
        "hundred-and-seventy-fifth-blind-set",
        "hundred-and-seventy-sixth-blind-set",
        "hundred-and-seventy-seventh-blind-set",
        "hundred-and-seventy-eighth-blind-set",
    ],
)
def test_eval_accuracy(folder: str, minimum: float) -> None:
    path = ROOT / folder
    if not path.is_dir():
        pytest.skip(f"{folder} not present")
    result = CliRunner().invoke(app, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["files"] >= 10
    low = {k: v for k, v in report["accuracy"].items() if v < minimum}
    assert not low, f"fields below {minimum:.0%}: {low}; failures: {report['failures']}"
