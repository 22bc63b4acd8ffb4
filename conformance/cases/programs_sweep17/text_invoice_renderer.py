# Plain-text invoice renderer: alignment, wrapping, unicode widths,
# string methods and str.format_map with a defaulting mapping.
import textwrap
from decimal import Decimal, ROUND_HALF_UP

class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"

LINES = [
    ("Consulting — architecture review", 12, Decimal("150.00")),
    ("Travel (train, 2nd class)", 1, Decimal("89.90")),
    ("Café meeting", 3, Decimal("4.35")),
    ("Extremely long description that will definitely need wrapping across lines", 2, Decimal("0.995")),
]
TAX = Decimal("0.19")
W = 60

def money(d):
    return f"{d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):>10,}"

header = "{company:^{w}}\n{addr:^{w}}\n".format_map(Defaulting(company="ACME Widgets GmbH", w=W))
print(header.rstrip())
print("=" * W)
print("Invoice {number} for {client} (due {due})".format_map(Defaulting(number="2024-0042", client="Müller & Söhne")))
print("-" * W)
print(f"{'Description':<34}{'Qty':>4}{'Unit':>10}{'Total':>12}")
subtotal = Decimal(0)
for desc, qty, unit in LINES:
    total = unit * qty
    subtotal += total
    wrapped = textwrap.wrap(desc, 32) or [""]
    print(f"{wrapped[0]:<34}{qty:>4}{money(unit)}{money(total):>12}")
    for cont in wrapped[1:]:
        print(f"  {cont}")
print("-" * W)
tax = (subtotal * TAX).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
for label, val in [("Subtotal", subtotal), (f"VAT {TAX:.0%}", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>48}{money(val):>12}")
print("=" * W)
note = ("Payment within 14 days. Bank: DE89 3704 0044 0532 0130 00. "
        "Late payments incur interest of 5 percentage points above base rate.")
print(textwrap.fill(note, W, initial_indent="Note: ", subsequent_indent=" " * 6))
print(textwrap.indent(textwrap.dedent("""\
    Thank you for your business!
      -- The ACME team
    """), "| ", predicate=lambda line: True).rstrip())
words = note.split()
print(max(words, key=len), sorted(set(w.strip(".,").lower() for w in words if w[0].isupper())))
print("|".join(s.center(9, "·") for s in ["a", "bb", "ccc"]), "x".rjust(3, "0"), "ab".ljust(1))
print("tab\tsep\tvals".expandtabs(6) + "|", "ΣΑΣ".lower(), "ǆemal".capitalize(), "hello World".swapcase())
print("  strip me\n\t".strip(), "xxhixx".strip("x"), "www.example.com".removeprefix("www.").removesuffix(".com"))
print("a-b_c d".replace("-", " ").replace("_", " ").title().replace(" ", ""), "CamelCaseString".lower().count("s"))
print(" ".join(w[::-1] for w in "stressed desserts level".split()), "level"[::-1] == "level")
print("Σίσυφος".upper(), "İstanbul".lower().encode("unicode_escape"), "ß".upper(), "ﬃ".upper(), len("e\u0301"))
print("%s is %d years and %.1f%% done" % ("Proj", 3, 42.456), "%-8s|%8s|" % ("l", "r"), "%05.1f" % -2.3)
print(str.maketrans({"a": "4", "e": None}), "leetspeak here".translate(str.maketrans({"e": "3", "a": "4", "k": None})))
print("one,two;three four".replace(";", ",").replace(" ", ",").split(","), "a\r\nb\rc\nd".splitlines(keepends=True))
