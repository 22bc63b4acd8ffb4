# \N{name} in a str pattern names one character by its Unicode name or alias
# (any case), inside and outside a class; a bad or missing name is a re.error
# with the text and position of sre_parse, and a named sequence is not one
# character, so it is undefined there too.
import re
print(re.findall(r"\N{EM DASH}", "a—b—c"))
print(re.sub(r"[\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]", '"', "“hi”"))
print(re.match(r"\N{latin small letter a}+", "aaab"))
print(re.findall(r"(?i)\N{GREEK SMALL LETTER SIGMA}", "ΣσςA"))
print(re.findall(r"[\N{DIGIT ZERO}-\N{DIGIT FIVE}]+", "0123456789"))
print(re.findall(r"\N{NBSP}", "a\xa0b"))
for pat in [r"\N{NOT A NAME}", r"\N", r"\N{", r"\Nx", r"\N{}", r"\N{EM DASH", r"[\N{NOPE}]", r"a\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}", r"\N{Bad 'quote'}", r"[\N]", r"x\N{ab\}c}"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "|", e, "|", e.pos, e.msg)
