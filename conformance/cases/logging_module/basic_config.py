import io
import logging


def reset():
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
    logging.root.setLevel(logging.WARNING)


s = io.StringIO()
logging.basicConfig(stream=s, level=logging.INFO)
logging.info("info %s", "shown")
logging.debug("debug hidden")
print(repr(s.getvalue()))
print(logging.root.level, logging.getLevelName(logging.root.level))

# A second call does nothing while the root has handlers.
s2 = io.StringIO()
logging.basicConfig(stream=s2, format="%(message)s")
logging.warning("to the first stream")
print(repr(s2.getvalue()), repr(s.getvalue()))

# force=True replaces them.
logging.basicConfig(stream=s2, format="[%(levelname)-8s] %(name)s: %(message)s", force=True)
logging.getLogger("x.y").warning("forced")
print(repr(s2.getvalue()))

for style, fmt in (("{", "{levelname}|{name}|{message}"), ("$", "$levelname/${name}/$message"),
                   ("{", None), ("$", None), ("%", None)):
    reset()
    out = io.StringIO()
    if fmt is None:
        logging.basicConfig(stream=out, style=style)
    else:
        logging.basicConfig(stream=out, style=style, format=fmt)
    logging.error("styled %s", style)
    print(style, repr(out.getvalue()))

reset()
a, b = io.StringIO(), io.StringIO()
hb = logging.StreamHandler(b)
hb.setFormatter(logging.Formatter("B:%(message)s"))
logging.basicConfig(handlers=[logging.StreamHandler(a), hb], level="DEBUG",
                    format="A:%(levelname)s:%(message)s")
logging.debug("both")
print(repr(a.getvalue()), repr(b.getvalue()))
print(logging.root.handlers[1].formatter is hb.formatter)

reset()
for kwargs in ({"stream": io.StringIO(), "handlers": []},
               {"style": "x"},
               {"format": "no fields", "stream": io.StringIO()},
               {"format": "{bad", "style": "{", "stream": io.StringIO()},
               {"bogus": 1, "other": 2, "stream": io.StringIO()},
               {"level": "LOUD", "stream": io.StringIO()}):
    reset()
    try:
        logging.basicConfig(**kwargs)
        print("no error", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
reset()
