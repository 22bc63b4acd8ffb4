# Keyword fields and KeyError for missing names.
print("{x}-{y}".format(x=1, y=2), "{name!r}".format(name="n"))
print("{x}{x}".format(x="ab"), "{a_b}".format(a_b=3), "{é}".format(**{"é": "accent"}))
d = {"k": "v", "n": 5}
print("{k}={n}".format(**d))
for fmt, kw in [("{name}", {"nome": 1}), ("{name}", {}), ("{-1}", {}), ("{ a}", {"a": 1}), ("{0x}", {})]:
    try:
        print(fmt.format(**kw))
    except KeyError as e:
        print(type(e).__name__, e)
