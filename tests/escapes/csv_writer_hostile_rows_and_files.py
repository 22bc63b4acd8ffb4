# csv.writer turns each field into text with str(), which runs the
# script's __str__: one that empties and refills the row being written,
# a file whose write() raises, dialect classes and keyword dialects with
# multi-character delimiters, DictWriter with an unknown extrasaction and
# a reader over bytes lines. moat's csv must write what CPython writes or
# raise its csv.Error/TypeError, never read a row slot a callback freed.
# expect-output: csv writerow mutating -> (291, '1,m,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16')
# expect-output: csv writer raising file OSError: disk full
# expect-output: csv dialect ok -> 6
# expect-output: csv dialect delimiter long TypeError: "delimiter" must be a 1-character string
# expect-output: csv reader non-str lines Error: iterator should return strings, not bytes (the file should be opened in text mode)
# expect-output: csv DictWriter extrasaction ValueError: extrasaction (explode) must be 'raise' or 'ignore'
import csv
import io


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


out = io.StringIO()
row = [1, 2, 3]


class Mut:
    def __str__(self):
        row.clear()
        row.extend(range(100))
        return "m"


row.insert(1, Mut())
t("csv writerow mutating", lambda: (csv.writer(out).writerow(row), out.getvalue()[:40]))


class BadFile:
    def write(self, s):
        raise OSError("disk full")


t("csv writer raising file", lambda: csv.writer(BadFile()).writerow([1]))


class Dial(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


t("csv dialect ok", lambda: (csv.writer(io.StringIO(), Dial).writerow(["a,b"])))
t("csv dialect delimiter long", lambda: csv.writer(io.StringIO(), delimiter="ab"))
t("csv reader non-str lines", lambda: list(csv.reader([b"a,b"])))
t("csv DictWriter extrasaction",
  lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="explode"))
