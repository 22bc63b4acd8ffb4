# Mail merge: string.Template with a custom delimiter subclass, html escaping,
# per-recipient formatting of money/dates, and plain-text fallbacks.
import html
import string
from datetime import date
from decimal import Decimal

class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9_]*"

class Braces(string.Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{)|
      \s*(?P<named>[a-z_]+)\s*\}\}|
      \s*(?P<braced>[a-z_]+)\s*\}\}|
      (?P<invalid>)
    )
    """

TEXT = string.Template("""Dear $title $last,
your order #${order_id} of $$${amount} ships on $ship_date.
$missing_line
Regards, $$team""")
HTML = Braces("<p>Hello {{ name }}, total {{amount}} &mdash; {{{{ not a field</p>")
SUBJ = Percent("Order %order_id: %status (100%% sure)")

people = [
    {"title": "Dr.", "last": "O'Neil <Admin>", "name": "Pat & Co", "order_id": 1042,
     "amount": Decimal("1234.5"), "ship": date(2024, 7, 1), "status": "shipped"},
    {"title": "Ms.", "last": "Zhang", "name": "张伟", "order_id": 7, "amount": Decimal("0.5"),
     "ship": date(2024, 12, 31), "status": "pending"},
]
for p in people:
    fields = dict(p, amount=f"{p['amount']:,.2f}", ship_date=p["ship"].strftime("%A, %d %B %Y"))
    print(TEXT.safe_substitute(fields))
    try:
        TEXT.substitute(fields)
    except KeyError as exc:
        print("missing key:", exc)
    safe = {k: html.escape(str(v)) for k, v in fields.items()}
    print(HTML.substitute(safe))
    print(SUBJ.substitute(p))
    print("-" * 20)
print(TEXT.get_identifiers(), TEXT.is_valid(), Percent("%a %b%%").get_identifiers())
bad = string.Template("cost: $5 and ${unclosed")
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as exc:
    print("ValueError:", exc)
print(string.Template("$a$b${a}c").substitute(a=1, b=[2]), string.Template("$x").substitute({"x": 1}, x=2))
print(string.ascii_letters[:5], string.digits, string.punctuation[:10], repr(string.whitespace), string.hexdigits, string.octdigits)
print(string.capwords("o'neil mc-donald  jr."), string.capwords("a_b_c", "_"))
fmt = string.Formatter()
print(fmt.format("{0:>{1}}|{name!r}", "x", 4, name="n"), fmt.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class Lenient(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}>")
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Lenient().format("{known} {unknown} {known!u} {0:*^7}", "pos", known="k"))
print(html.escape('<script>alert("x") & \'y\'</script>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;&#60;&#x3C;&LT;&amp;amp;&copy;&notin;&notit;&apos;&quot"))
