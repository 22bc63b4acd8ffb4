# add_note() while an error travels up through layers; notes print after
# the message in tracebacks, and show in __notes__.
def parse_line(lineno, line):
    try:
        key, value = line.split("=")
        return key.strip(), int(value)
    except ValueError as e:
        e.add_note(f"line {lineno}: {line!r}")
        raise


def parse(text, source):
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        try:
            k, v = parse_line(n, line)
        except ValueError as e:
            e.add_note(f"while reading {source}")
            raise
        out[k] = v
    return out


print(parse("a=1\nb = 2", "good.cfg"))
try:
    parse("a=1\nb=two", "bad.cfg")
except ValueError as e:
    print(type(e).__name__, e)
    print(e.__notes__)
try:
    parse("x", "short.cfg")
except ValueError as e:
    print(e, "|", e.__notes__)
e = KeyError("k")
for bad in (42, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
parse("p=1\nq=2\nr=3.5", "floats.cfg")
