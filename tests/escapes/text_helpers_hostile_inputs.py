# Text helpers fed hostile input: html.unescape of out-of-range and
# enormous numeric and named references, html.escape and
# keyword.iskeyword of str subclasses that override the methods the
# helper calls, unicodedata.lookup of a 100,000-character name, name() of
# a lone surrogate, fnmatch patterns that would backtrack (fifty stars) or
# nest a thousand brackets, and textwrap with str subclasses, a zero
# width, a huge tabsize and a raising predicate. Each must give CPython's
# answer or its exception, in time linear in the input.
# expect-output: unescape huge numeric -> '� � � � €'
# expect-output: unescape long named -> '&aaaaaaaaa'
# expect-output: escape str subclass -> 'REPLACED'
# expect-output: unicodedata.lookup long KeyError: 'name too long'
# expect-output: unicodedata.name surrogate -> 'none'
# expect-output: unicodedata.normalize bad form ValueError: invalid normalization form
# expect-output: keyword.iskeyword subclass -> True
# expect-output: fnmatch.translate deep brackets -> 3007
# expect-output: fnmatch many stars -> False
# expect-output: fnmatch.filter subclass -> ['ab']
# expect-output: textwrap subclass -> ['EXPAN', 'DED E', 'XPAND', 'ED EX', 'PANDE', 'D']
# expect-output: textwrap width 0 ValueError: invalid width 0 (must be > 0)
# expect-output: textwrap huge tabsize -> 3
# expect-output: textwrap shorten, long placeholder ValueError: placeholder too large for max width
# expect-output: textwrap.dedent mixed -> ' \ta\n\t b'
# expect-output: textwrap.indent predicate raising ZeroDivisionError: division by zero
import fnmatch
import html
import keyword
import textwrap
import unicodedata


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t("unescape huge numeric",
  lambda: html.unescape("&#99999999999999999999; &#x110000; &#0; &#xD800; &#128;"))
t("unescape long named", lambda: html.unescape("&" + "a" * 100000 + ";")[:10])


class S(str):
    def replace(self, *a):
        return "REPLACED"

    def translate(self, *a):
        return "TRANSLATED"


t("escape str subclass", lambda: html.escape(S("<a>")))
t("unicodedata.lookup long", lambda: unicodedata.lookup("A" * 100000))
t("unicodedata.name surrogate", lambda: unicodedata.name("\ud800", "none"))
t("unicodedata.normalize bad form", lambda: unicodedata.normalize("NFX", "a"))
t("keyword.iskeyword subclass", lambda: keyword.iskeyword(S("if")))
t("fnmatch.translate deep brackets", lambda: len(fnmatch.translate("[" * 1000 + "]" * 1000)))
t("fnmatch many stars", lambda: fnmatch.fnmatch("a" * 50, "*a" * 50 + "b"))
t("fnmatch.filter subclass", lambda: fnmatch.filter([S("ab")], "a*"))


class W(str):
    def expandtabs(self, n=8):
        return "EXPANDED " * 3


t("textwrap subclass", lambda: textwrap.wrap(W("a\tb c"), 5))
t("textwrap width 0", lambda: textwrap.wrap("abc", 0))
t("textwrap huge tabsize", lambda: len(textwrap.fill("a\tb", tabsize=10**6, width=5)))
t("textwrap shorten, long placeholder",
  lambda: textwrap.shorten("a b c d e", 3, placeholder="....."))
t("textwrap.dedent mixed", lambda: textwrap.dedent(" \ta\n\t b"))
t("textwrap.indent predicate raising",
  lambda: textwrap.indent("a\nb", "> ", predicate=lambda line: 1 / 0))
